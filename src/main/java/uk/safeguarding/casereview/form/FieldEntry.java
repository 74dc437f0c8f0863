package uk.safeguarding.casereview.form;

/**
 * One field to check: its values (the submission, or one entry of a dynamic list), the whole submission
 * (where offered choices live) and where it is: for the message ("Recommendation 2: ") and as a path
 * ("recommendations[1].").
 */
record FieldEntry(FormField field, FormValues values, FormValues submission, String where, String pathPrefix) {

  FieldEntry(FormField field, FormValues values, FormValues submission) {
    this(field, values, submission, "", "");
  }

  /** The same place in the form for another field (a list entry's field as the form offers it). */
  FieldEntry with(FormField other) {
    return new FieldEntry(other, values, submission, where, pathPrefix);
  }

  String key() {
    return field.key();
  }

  void reject(Violations violations, String problem) {
    violations.reject(field, where, problem, pathPrefix + field.key());
  }
}
