package uk.safeguarding.casereview.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/** {@code casereview.mail.*}: who mail comes from, how the outbox retries, and the shared mailboxes. */
@Validated
@ConfigurationProperties(prefix = "casereview.mail")
public class MailProperties implements Validator {

  @NotBlank
  @Email
  private String from;

  /** Attempts before a mail is marked failed; each waits twice as long as the one before. */
  @Min(1) @Max(50)
  private int maxAttempts = 8;

  @NotNull
  private Duration initialBackoff = Duration.ofMinutes(1);

  @NotNull
  private Duration maxBackoff = Duration.ofHours(6);

  /** How often the outbox is drained. */
  @NotNull
  private Duration pollInterval = Duration.ofSeconds(15);

  @Min(1) @Max(500)
  private int batchSize = 100;

  /** A node that claimed a mail and vanished gives it up after this long. */
  @NotNull
  private Duration claimTimeout = Duration.ofMinutes(5);

  /**
   * Shared mailboxes by name. A name that is a group id is that group's mailbox and receives the group's mail
   * beside its members; other names (e.g. business-manager) are addressed by processes.
   */
  private Map<String, @Email String> mailboxes = new LinkedHashMap<>();

  @Override
  public boolean supports(Class<?> type) {
    return MailProperties.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    MailProperties mail = (MailProperties) target;
    if (isNotPositive(mail.initialBackoff)) {
      errors.rejectValue("initialBackoff", "positive", "must be longer than zero");
    }
    if (isNotPositive(mail.pollInterval)) {
      errors.rejectValue("pollInterval", "positive", "must be longer than zero");
    }
    if (isNotPositive(mail.claimTimeout)) {
      errors.rejectValue("claimTimeout", "positive", "must be longer than zero");
    }
    if (mail.maxBackoff != null && mail.initialBackoff != null && mail.maxBackoff.compareTo(mail.initialBackoff) < 0) {
      errors.rejectValue("maxBackoff", "order", "must not be shorter than casereview.mail.initial-backoff");
    }
  }

  private static boolean isNotPositive(Duration duration) {
    return duration != null && (duration.isZero() || duration.isNegative());
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  public void setInitialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
  }

  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  public void setMaxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
  }

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public Duration getClaimTimeout() {
    return claimTimeout;
  }

  public void setClaimTimeout(Duration claimTimeout) {
    this.claimTimeout = claimTimeout;
  }

  public Map<String, String> getMailboxes() {
    return mailboxes;
  }

  public void setMailboxes(Map<String, String> mailboxes) {
    this.mailboxes = mailboxes;
  }
}
