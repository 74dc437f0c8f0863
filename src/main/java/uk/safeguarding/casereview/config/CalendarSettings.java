package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.NotBlank;

/** Whose bank holidays count: jollyday's country and region (England and Wales: gb / eng). */
public class CalendarSettings {

  @NotBlank
  private String holidayCountry = "gb";

  @NotBlank
  private String holidayRegion = "eng";

  public String getHolidayCountry() {
    return holidayCountry;
  }

  public void setHolidayCountry(String holidayCountry) {
    this.holidayCountry = holidayCountry;
  }

  public String getHolidayRegion() {
    return holidayRegion;
  }

  public void setHolidayRegion(String holidayRegion) {
    this.holidayRegion = holidayRegion;
  }
}
