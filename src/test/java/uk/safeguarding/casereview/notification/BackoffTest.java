package uk.safeguarding.casereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));

  @Test
  void each_wait_is_twice_the_one_before_up_to_the_cap() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(40)).isEqualTo(Duration.ofMinutes(10));
  }
}
