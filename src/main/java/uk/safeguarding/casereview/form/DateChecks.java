package uk.safeguarding.casereview.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The date rules forms share; each names the field and says the date it compared with, in UK style. */
public final class DateChecks {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private DateChecks() {
  }

  /** A date as messages say it: 20 November 2026. */
  public static String uk(LocalDate date) {
    return UK.format(date);
  }

  /** Each entry's date under {@code key} in the list {@code listKey} must be after today. */
  public static void entriesAfterToday(FormValues values, Violations violations, String listKey, String key,
                                       LocalDate today) {
    eachEntry(values, violations, listKey, key, date -> date.isAfter(today),
        "must be after today (" + UK.format(today) + ")");
  }

  /** Each entry's date under {@code key} in the list {@code listKey} must be today or earlier. */
  public static void entriesNotInFuture(FormValues values, Violations violations, String listKey, String key,
                                        LocalDate today) {
    eachEntry(values, violations, listKey, key, date -> !date.isAfter(today),
        "must not be in the future (today is " + UK.format(today) + ")");
  }

  private static void eachEntry(FormValues values, Violations violations, String listKey, String key,
                                Predicate<LocalDate> allowed, String message) {
    Object list = values.raw(listKey);
    if (!(list instanceof List<?> entries)) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof Map<?, ?> entry) {
        @SuppressWarnings("unchecked")
        LocalDate date = new FormValues((Map<String, Object>) entry).date(key);
        if (date != null && !allowed.test(date)) {
          violations.rejectInEntry(listKey, i, key, message);
        }
      }
    }
  }

  public static void notInFuture(FormValues values, Violations violations, String key, LocalDate today) {
    LocalDate date = values.date(key);
    if (date != null && date.isAfter(today)) {
      violations.reject(key, "must not be in the future (today is " + UK.format(today) + ")");
    }
  }

  public static void afterToday(FormValues values, Violations violations, String key, LocalDate today) {
    after(values, violations, key, today, "today");
  }

  /** {@code key} must be after {@code earliest} (not on it), which is described as {@code what}. */
  public static void after(FormValues values, Violations violations, String key, LocalDate earliest,
                           String what) {
    LocalDate date = values.date(key);
    if (date != null && earliest != null && !date.isAfter(earliest)) {
      violations.reject(key, "must be after " + what + " (" + UK.format(earliest) + ")");
    }
  }

  /** A date of something that has happened: not in the future, and not before {@code earliest}. */
  public static void pastAndNotBefore(FormValues values, Violations violations, String key, LocalDate today,
                                      LocalDate earliest, String what) {
    notInFuture(values, violations, key, today);
    notBefore(values, violations, key, earliest, what);
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
