package uk.safeguarding.casereview.form;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A rule of one form that its schema cannot express, such as "not in the future" or "not before another
 * date". Rules are Spring beans; every submission of the form with {@link #formId()} runs them after the
 * schema's own checks.
 */
public interface FormRule {

  String formId();

  void check(FormValues values, Violations violations);

  /** A rule for one form, written as a lambda. */
  static FormRule of(String formId, BiConsumer<FormValues, Violations> check) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public void check(FormValues values, Violations violations) {
        check.accept(values, violations);
      }
    };
  }

  /** A form whose only rule is that the given dates are not after today, e.g. the date a document is dated. */
  static FormRule notInFuture(String formId, Supplier<LocalDate> today, String... keys) {
    return of(formId, (values, violations) -> {
      for (String key : keys) {
        DateChecks.notInFuture(values, violations, key, today.get());
      }
    });
  }

  /** A form whose only rule is that the given dates lie ahead, e.g. a date to send something by. */
  static FormRule afterToday(String formId, Supplier<LocalDate> today, String... keys) {
    return of(formId, (values, violations) -> {
      for (String key : keys) {
        DateChecks.afterToday(values, violations, key, today.get());
      }
    });
  }
}
