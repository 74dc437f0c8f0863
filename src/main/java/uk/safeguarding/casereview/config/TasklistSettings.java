package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Settings of the shared Tasklist filters. */
public class TasklistSettings {

  /** "Due soon" shows tasks due within this many calendar days. */
  @Min(1) @Max(60)
  private int dueSoonDays = 5;

  public int getDueSoonDays() {
    return dueSoonDays;
  }

  public void setDueSoonDays(int dueSoonDays) {
    this.dueSoonDays = dueSoonDays;
  }
}
