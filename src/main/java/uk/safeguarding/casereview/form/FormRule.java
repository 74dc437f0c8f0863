package uk.safeguarding.casereview.form;

/**
 * A rule of one form that its schema cannot express, such as "not in the future" or "not before another
 * date". Rules are Spring beans; every submission of the form with {@link #formId()} runs them after the
 * schema's own checks.
 */
public interface FormRule {

  String formId();

  void check(FormValues values, Violations violations);
}
