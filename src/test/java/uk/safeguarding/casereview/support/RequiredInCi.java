package uk.safeguarding.casereview.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a real part of the machine (PostgreSQL, Chromium): on a developer's machine without it they
 * are skipped with the reason; in CI ({@code CI=true}) a missing part fails the build instead.
 */
public final class RequiredInCi {

  private RequiredInCi() {
  }

  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public static void require(boolean available, String what) {
    if (available) {
      return;
    }
    if (inCi()) {
      throw new AssertionError(what + " is required in CI (CI=true) but is not available");
    }
    Assumptions.abort(what + " is not available on this machine; skipping (CI=true makes this a failure)");
  }
}
