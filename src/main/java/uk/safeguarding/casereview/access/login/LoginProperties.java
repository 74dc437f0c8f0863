package uk.safeguarding.casereview.access.login;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * {@code casereview.login.*}: how wrong passwords slow further attempts. A wrong password makes the next
 * attempt for the same user from the same address wait {@code first-delay}, doubling with each further wrong
 * password up to {@code max-delay}; nothing ever locks an account for good.
 */
@Validated
@ConfigurationProperties(prefix = "casereview.login")
public class LoginProperties implements Validator {

  @NotNull
  private Duration firstDelay = Duration.ofSeconds(1);

  /** The bound: the right password always gets in at most this long after the last wrong one. */
  @NotNull
  private Duration maxDelay = Duration.ofMinutes(1);

  /** Wrong passwords older than this are forgotten. */
  @NotNull
  private Duration forgetAfter = Duration.ofMinutes(15);

  /** How many users and addresses are remembered; the oldest are forgotten first. */
  @Min(100) @Max(10_000_000)
  private int maxTracked = 100_000;

  @Override
  public boolean supports(Class<?> type) {
    return LoginProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    LoginProperties login = (LoginProperties) target;
    if (login.firstDelay != null && (login.firstDelay.isNegative() || login.firstDelay.isZero())) {
      errors.rejectValue("firstDelay", "positive", "must be longer than zero");
    }
    if (login.maxDelay != null && login.firstDelay != null && login.maxDelay.compareTo(login.firstDelay) < 0) {
      errors.rejectValue("maxDelay", "bound", "must not be shorter than first-delay");
    }
    if (login.maxDelay != null && login.maxDelay.compareTo(Duration.ofHours(1)) > 0) {
      errors.rejectValue("maxDelay", "bound", "must be at most 1h: a longer wait is a lockout in all but name");
    }
    if (login.forgetAfter != null && login.maxDelay != null && login.forgetAfter.compareTo(login.maxDelay) < 0) {
      errors.rejectValue("forgetAfter", "bound", "must not be shorter than max-delay");
    }
  }

  public Duration getFirstDelay() {
    return firstDelay;
  }

  public void setFirstDelay(Duration firstDelay) {
    this.firstDelay = firstDelay;
  }

  public Duration getMaxDelay() {
    return maxDelay;
  }

  public void setMaxDelay(Duration maxDelay) {
    this.maxDelay = maxDelay;
  }

  public Duration getForgetAfter() {
    return forgetAfter;
  }

  public void setForgetAfter(Duration forgetAfter) {
    this.forgetAfter = forgetAfter;
  }

  public int getMaxTracked() {
    return maxTracked;
  }

  public void setMaxTracked(int maxTracked) {
    this.maxTracked = maxTracked;
  }
}
