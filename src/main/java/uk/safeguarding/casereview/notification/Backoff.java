package uk.safeguarding.casereview.notification;

import java.time.Duration;

/** Exponential backoff: the first retry after the initial wait, each next one twice as late, up to a cap. */
public record Backoff(Duration initial, Duration max) {

  /** The wait before the next attempt, after {@code failedAttempts} attempts have failed (1 or more). */
  public Duration after(int failedAttempts) {
    Duration wait = initial;
    for (int i = 1; i < failedAttempts; i++) {
      wait = wait.multipliedBy(2);
      if (wait.compareTo(max) >= 0) {
        return max;
      }
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
