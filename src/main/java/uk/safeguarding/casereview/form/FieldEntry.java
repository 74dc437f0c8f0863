package uk.safeguarding.casereview.form;

/**
 * One field to check: its values (the submission, or one entry of a dynamic list), the whole submission
 * (where offered choices live) and where it is, for the message ("Recommendation 2: ").
 */
record FieldEntry(FormField field, FormValues values, FormValues submission, String where) {

  String key() {
    return field.key();
  }

  void reject(Violations violations, String problem) {
    violations.reject(field, where, problem);
  }
}
