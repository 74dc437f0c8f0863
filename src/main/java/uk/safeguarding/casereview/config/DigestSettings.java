package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/** The weekly digest of the partnership's cases: when it goes, and to whom. */
public class DigestSettings {

  @NotNull
  private DayOfWeek day = DayOfWeek.MONDAY;

  /** The time of day, in the server's time zone (the job executor's clock). */
  @NotNull
  private LocalTime time = LocalTime.of(8, 0);

  /** Groups or named mailboxes (casereview.mail.mailboxes), comma-separated. */
  @NotBlank
  private String recipients = "business-manager,review-chair";

  /** When the digest goes, as the cron expression of Camunda's timers: seconds minutes hours ? * day. */
  public String cron() {
    return String.format(Locale.ROOT, "0 %d %d ? * %s", time.getMinute(), time.getHour(),
        day.name().substring(0, 3));
  }

  public DayOfWeek getDay() {
    return day;
  }

  public void setDay(DayOfWeek day) {
    this.day = day;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }
}
