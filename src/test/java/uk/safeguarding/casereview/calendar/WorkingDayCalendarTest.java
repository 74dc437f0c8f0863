package uk.safeguarding.casereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days of England and Wales on real dates, checked against the published bank holidays (gov.uk). */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar england = new WorkingDayCalendar("gb", "eng");

  @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-18 | 5 | 2026-11-25 | an ordinary week: aware on a Wednesday, due the next Wednesday
      2026-11-21 | 5 | 2026-11-27 | aware on a Saturday: counting starts on Monday
      2026-12-24 | 1 | 2026-12-29 | Christmas on Friday; Boxing Day on Saturday is substituted by Monday 28th
      2026-12-30 | 2 | 2027-01-04 | across the year end: New Year's Day on Friday
      2026-12-18 | 15 | 2027-01-13 | a rapid review over Christmas and New Year
      2026-04-02 | 1 | 2026-04-07 | Easter: Good Friday and Easter Monday
      2027-03-25 | 5 | 2027-04-05 | Easter 2027 falls in March
      2022-12-23 | 1 | 2022-12-28 | substitute day: Christmas on Sunday moves to Tuesday 27th
      2021-12-24 | 1 | 2021-12-29 | substitute days: Christmas and Boxing Day at the weekend, Monday and Tuesday off
      2021-12-31 | 1 | 2022-01-04 | substitute day: New Year's Day on Saturday moves to Monday 3rd
      2022-09-16 | 1 | 2022-09-20 | one-off: the state funeral of Queen Elizabeth II on Monday 19 September 2022
      2023-05-05 | 1 | 2023-05-09 | one-off: the coronation of King Charles III on Monday 8 May 2023
      2022-06-01 | 1 | 2022-06-06 | one-off: the Platinum Jubilee on Thursday and Friday 2 and 3 June 2022
      2026-08-28 | 1 | 2026-09-01 | summer bank holiday: last Monday in August (England and Wales)
      """)
  void counts_working_days_past_weekends_and_bank_holidays(LocalDate from, int days, LocalDate expected,
                                                            String why) {
    assertThat(england.plusWorkingDays(from, days)).as(why).isEqualTo(expected);
  }

  @Test
  void counts_back_for_reminders_and_between_two_dates_for_reports() {
    assertThat(england.minusWorkingDays(LocalDate.of(2026, 12, 29), 2)).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(england.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4))).isEqualTo(4);
    assertThat(england.workingDaysBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 24))).isEqualTo(-4);
    assertThat(england.workingDaysBetween(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18))).isZero();
    assertThat(england.plusWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThatThrownBy(() -> england.plusWorkingDays(LocalDate.of(2026, 11, 18), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_region_decides_whose_bank_holidays_count() {
    LocalDate secondOfJanuary = LocalDate.of(2026, 1, 2);
    assertThat(england.isWorkingDay(secondOfJanuary)).isTrue();
    assertThat(new WorkingDayCalendar("gb", "sct").isWorkingDay(secondOfJanuary)).isFalse();
    assertThat(england.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(new WorkingDayCalendar("gb", "sct").isWorkingDay(LocalDate.of(2026, 8, 31))).isTrue();
  }

  @Test
  void lists_the_bank_holidays_of_a_year_with_their_substitute_days() {
    assertThat(england.bankHolidays(2026)).containsExactlyInAnyOrder(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
        LocalDate.of(2026, 12, 28));
  }
}
