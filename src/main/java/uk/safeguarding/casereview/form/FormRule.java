package uk.safeguarding.casereview.form;

import java.util.function.BiConsumer;

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
}
