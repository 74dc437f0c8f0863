package uk.safeguarding.casereview.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How the auditors' reports count. */
public class ReportingSettings {

  /**
   * The month a reporting year starts in: 4 for April (the partnership's annual report for 2026-27 covers
   * April 2026 to March 2027), 1 for calendar years.
   */
  @Min(1) @Max(12)
  private int yearStartMonth = 4;

  /** A date due within this many calendar days shows as "due soon" in the tracker and on the board. */
  @Min(1) @Max(366)
  private int dueSoonDays = 28;

  @NotNull
  @Valid
  private DigestSettings digest = new DigestSettings();

  public DigestSettings getDigest() {
    return digest;
  }

  public void setDigest(DigestSettings digest) {
    this.digest = digest;
  }

  public int getDueSoonDays() {
    return dueSoonDays;
  }

  public void setDueSoonDays(int dueSoonDays) {
    this.dueSoonDays = dueSoonDays;
  }

  public int getYearStartMonth() {
    return yearStartMonth;
  }

  public void setYearStartMonth(int yearStartMonth) {
    this.yearStartMonth = yearStartMonth;
  }
}
