package uk.safeguarding.casereview.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Checks a part of a page with axe-core (npm, installed by {@code npm --prefix tools ci}, as CI does) against
 * WCAG 2.2 A and AA, failing on serious or critical violations: partnerships are public bodies bound by the
 * accessibility regulations. On a developer's machine without tools/node_modules the check is skipped; in CI
 * a missing axe-core fails.
 */
public final class Accessibility {

  static final Path AXE = Path.of("tools", "node_modules", "axe-core", "axe.min.js");

  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document.querySelector(arguments[0]) || document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
        resultTypes: ['violations']
      }).then(result => done(result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
              + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160)).join(', '))))
        .catch(e => done(['axe failed: ' + e]));
      """;

  private Accessibility() {
  }

  /** Fails naming each serious or critical violation inside the first element {@code selector} matches. */
  public static void assertAccessible(Browser browser, String selector, String what) {
    if (!Files.isReadable(AXE)) {
      RequiredInCi.require(!RequiredInCi.inCi(), "axe-core (" + AXE + "; run npm --prefix tools ci)");
      return;
    }
    JavascriptExecutor page = browser.driver();
    if (Boolean.FALSE.equals(page.executeScript("return typeof window.axe !== 'undefined'"))) {
      page.executeScript(axeSource());
    }
    Object violations = page.executeAsyncScript(RUN, selector);
    assertThat(violations).as("accessibility (WCAG 2.2 AA) of %s", what).asList().isEmpty();
  }

  private static String axeSource() {
    try {
      return Files.readString(AXE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
