package uk.safeguarding.casereview.access.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords slow the next attempt, doubling up to a bound, and never lock anyone out. */
class LoginThrottleTest {

  private static final String ATTACKER = "10.0.0.66";
  private static final String OFFICE = "10.0.0.10";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(properties(), clock);

  private static LoginProperties properties() {
    LoginProperties properties = new LoginProperties();
    properties.setFirstDelay(Duration.ofSeconds(1));
    properties.setMaxDelay(Duration.ofSeconds(60));
    properties.setForgetAfter(Duration.ofMinutes(15));
    return properties;
  }

  @Test
  void each_wrong_password_doubles_the_wait_up_to_the_bound() {
    assertThat(throttle.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(32));
    assertThat(throttle.delayAfter(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(throttle.delayAfter(10_000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void after_a_wrong_password_the_same_user_from_the_same_address_waits_then_may_try_again() {
    assertThat(throttle.waitBefore("lead.police", ATTACKER)).isEmpty();
    throttle.failed("lead.police", ATTACKER);
    throttle.failed("lead.police", ATTACKER);

    assertThat(throttle.waitBefore("lead.police", ATTACKER)).contains(Duration.ofSeconds(2));
    clock.pass(Duration.ofSeconds(2));
    assertThat(throttle.waitBefore("lead.police", ATTACKER)).isEmpty();
  }

  @Test
  void however_often_a_name_is_hammered_the_wait_never_exceeds_the_bound() {
    for (int i = 0; i < 500; i++) {
      throttle.failed("admin", ATTACKER);
    }
    assertThat(throttle.waitBefore("admin", ATTACKER).orElseThrow()).isLessThanOrEqualTo(Duration.ofSeconds(60));
    clock.pass(Duration.ofSeconds(60));
    assertThat(throttle.waitBefore("admin", ATTACKER)).isEmpty();
  }

  @Test
  void someone_hammering_a_name_from_elsewhere_does_not_slow_its_owner() {
    for (int i = 0; i < 15; i++) {
      throttle.failed("Admin", ATTACKER);
    }
    assertThat(throttle.waitBefore("admin", ATTACKER)).as("user ids compared without case").isPresent();
    assertThat(throttle.waitBefore("admin", OFFICE)).isEmpty();
  }

  @Test
  void many_users_failing_from_one_shared_address_never_keep_another_user_of_it_out() {
    for (int i = 0; i < 500; i++) {
      throttle.failed("nosuchuser" + i, OFFICE);
    }
    assertThat(throttle.waitBefore("chair", OFFICE)).isEmpty();
  }

  @Test
  void the_right_password_ends_the_wait_and_old_failures_are_forgotten() {
    throttle.failed("member", OFFICE);
    throttle.failed("member", OFFICE);
    clock.pass(Duration.ofSeconds(2));
    throttle.succeeded("member", OFFICE);
    throttle.failed("member", OFFICE);
    assertThat(throttle.waitBefore("member", OFFICE)).as("counted afresh").contains(Duration.ofSeconds(1));

    throttle.failed("member", OFFICE);
    clock.pass(Duration.ofMinutes(16));
    throttle.failed("member", OFFICE);
    assertThat(throttle.waitBefore("member", OFFICE)).as("older than 15 minutes").contains(Duration.ofSeconds(1));
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
