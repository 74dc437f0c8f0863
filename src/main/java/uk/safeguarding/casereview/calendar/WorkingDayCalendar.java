package uk.safeguarding.casereview.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * Working days for the partnership's region: Monday to Friday except bank holidays, taken from jollyday
 * (substitute days when a holiday falls at a weekend, and one-off days such as the 2022 state funeral and
 * the 2023 coronation included). "Within 5 working days of X" ends on the fifth working day after X.
 */
@Component
public class WorkingDayCalendar {

  private final HolidayManager holidays;
  private final String region;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  @Autowired
  public WorkingDayCalendar(CaseReviewProperties properties) {
    this(properties.getCalendar().getHolidayCountry(), properties.getCalendar().getHolidayRegion());
  }

  public WorkingDayCalendar(String country, String region) {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(country));
    this.region = region;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !bankHolidays(day.getYear()).contains(day);
  }

  /** The n-th working day after {@code from} ({@code from} itself is not counted); n = 0 gives {@code from}. */
  public LocalDate plusWorkingDays(LocalDate from, int days) {
    return step(from, days, 1);
  }

  /** The n-th working day before {@code from}. */
  public LocalDate minusWorkingDays(LocalDate from, int days) {
    return step(from, days, -1);
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  public Set<LocalDate> bankHolidays(int year) {
    return holidaysByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y), region).stream()
        .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
  }

  private LocalDate step(LocalDate from, int days, int direction) {
    if (days < 0) {
      throw new IllegalArgumentException("A number of working days cannot be negative: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
