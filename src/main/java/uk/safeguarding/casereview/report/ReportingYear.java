package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partnership's reporting year, e.g. 2026-27 (1 April 2026 to 31 March 2027) or, when years start in
 * January, 2027. Its label is what people ask for and what the annual report calls it.
 */
public record ReportingYear(String label, LocalDate from, LocalDate to) {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

  /** The reporting year that holds the day. */
  public static ReportingYear containing(LocalDate day, int startMonth) {
    int startYear = day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
    return starting(startYear, startMonth);
  }

  /** The year a label names, e.g. "2026-27"; refuses a label that does not name a year of this partnership. */
  public static ReportingYear parse(String label, int startMonth) {
    Matcher matcher = LABEL.matcher(label == null ? "" : label.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("year must be a reporting year such as "
          + starting(2026, startMonth).label() + " (was \"" + label + "\")");
    }
    ReportingYear year = starting(Integer.parseInt(matcher.group(1)), startMonth);
    if (!year.label().equals(matcher.group(0))) {
      throw new IllegalArgumentException("year must be written " + year.label() + " (was \"" + label + "\")");
    }
    return year;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static ReportingYear starting(int startYear, int startMonth) {
    LocalDate from = LocalDate.of(startYear, startMonth, 1);
    LocalDate to = from.plusYears(1).minusDays(1);
    String label = startMonth == 1 ? String.valueOf(startYear)
        : startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    return new ReportingYear(label, from, to);
  }
}
