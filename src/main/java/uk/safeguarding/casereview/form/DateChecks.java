package uk.safeguarding.casereview.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The date rules forms share; each names the field and says the date it compared with, in UK style. */
public final class DateChecks {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private DateChecks() {
  }

  public static void notInFuture(FormValues values, Violations violations, String key, LocalDate today) {
    LocalDate date = values.date(key);
    if (date != null && date.isAfter(today)) {
      violations.reject(key, "must not be in the future (today is " + UK.format(today) + ")");
    }
  }

  public static void afterToday(FormValues values, Violations violations, String key, LocalDate today) {
    LocalDate date = values.date(key);
    if (date != null && !date.isAfter(today)) {
      violations.reject(key, "must be after today (" + UK.format(today) + ")");
    }
  }

  /** {@code key} must not be before {@code earliest}, which is described as {@code what}. */
  public static void notBefore(FormValues values, Violations violations, String key, LocalDate earliest,
                               String what) {
    LocalDate date = values.date(key);
    if (date != null && earliest != null && date.isBefore(earliest)) {
      violations.reject(key, "must not be before " + what + " (" + UK.format(earliest) + ")");
    }
  }

  /** {@code key} must not be after {@code latest}, which is described as {@code what}. */
  public static void notAfter(FormValues values, Violations violations, String key, LocalDate latest,
                              String what) {
    LocalDate date = values.date(key);
    if (date != null && latest != null && date.isAfter(latest)) {
      violations.reject(key, "must not be after " + what + " (" + UK.format(latest) + ")");
    }
  }
}
