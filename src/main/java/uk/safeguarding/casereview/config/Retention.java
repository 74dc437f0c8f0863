package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The partnership's retention schedule for the engine's history ({@code casereview.retention.*}): how long a
 * finished case is kept, and the nightly window in which the engine's history cleanup removes what is older.
 */
public class Retention {

  private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  /** Days a finished case's history (and its mail's record) is kept before the cleanup removes it. */
  @Min(1) @Max(36500)
  private int historyTimeToLiveDays = 2555;

  /** When the nightly cleanup may start and must stop, as hh:mm in the server's time zone. */
  @Pattern(regexp = TIME, message = "must be a time of day as hh:mm, e.g. 22:00")
  private String cleanupWindowStart = "22:00";

  @Pattern(regexp = TIME, message = "must be a time of day as hh:mm, e.g. 06:00")
  private String cleanupWindowEnd = "06:00";

  /** Finished cases' history rows removed per cleanup job run: small enough not to hold locks for long. */
  @Min(1) @Max(500)
  private int cleanupBatchSize = 500;

  public int getHistoryTimeToLiveDays() {
    return historyTimeToLiveDays;
  }

  public void setHistoryTimeToLiveDays(int historyTimeToLiveDays) {
    this.historyTimeToLiveDays = historyTimeToLiveDays;
  }

  public String getCleanupWindowStart() {
    return cleanupWindowStart;
  }

  public void setCleanupWindowStart(String cleanupWindowStart) {
    this.cleanupWindowStart = cleanupWindowStart;
  }

  public String getCleanupWindowEnd() {
    return cleanupWindowEnd;
  }

  public void setCleanupWindowEnd(String cleanupWindowEnd) {
    this.cleanupWindowEnd = cleanupWindowEnd;
  }

  public int getCleanupBatchSize() {
    return cleanupBatchSize;
  }

  public void setCleanupBatchSize(int cleanupBatchSize) {
    this.cleanupBatchSize = cleanupBatchSize;
  }
}
