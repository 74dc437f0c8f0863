package uk.safeguarding.casereview.form;

/**
 * One field's problem in a refused submission. People in Tasklist read {@link #sentence()}, which names the
 * field by the label on the form; {@code field} is the variable's key (with the entry's index in a dynamic
 * list, e.g. {@code recommendations[1].dueOn}) so that Tasklist can show the problem beside the field. The
 * REST answer's message, read by API clients and Modeler's users, also names the key
 * ({@link #sentenceWithKey()}).
 *
 * @param field the key, or the list's key, entry index and key; {@code null} for a problem of the whole form
 * @param label what the field is called on the form, e.g. {@code Recommendation 2: "Due by"}
 * @param problem what is wrong, e.g. {@code must be after today (01/12/2026)}
 */
public record FieldProblem(String field, String label, String problem) {

  public String sentence() {
    return label == null || label.isEmpty() ? problem : label + " " + problem;
  }

  public String sentenceWithKey() {
    if (field == null || label == null || !label.endsWith("\"")) {
      return sentence();
    }
    return label + " (" + field.substring(field.lastIndexOf('.') + 1) + ") " + problem;
  }
}
