package uk.safeguarding.casereview.form;

import java.util.List;
import java.util.Map;

/**
 * An input field of a Camunda Form with the constraints its author set in the form editor. The server
 * enforces the same constraints the browser does, because Tasklist's checks are only in the browser.
 *
 * @param options   the values a radio, select or checklist offers, when they are written in the form
 * @param valuesKey the variable that holds the offered values instead ({@code [{label, value}]})
 * @param valuesExpression the FEEL expression that works the offered values out from the case instead; the
 *                  validator puts its result in {@code options} before checking the field
 * @param decimalDigits how many decimals a number may have (0: a whole number), when the form says
 * @param children  the fields of each entry of a dynamic list (whose key is the list's path)
 * @param optionLabels what people read for each value the form offers (value → label), for showing history
 */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String patternMessage,
    Double min,
    Double max,
    Integer decimalDigits,
    String validationType,
    List<String> options,
    String valuesKey,
    String valuesExpression,
    String hideCondition,
    boolean readonly,
    boolean disabled,
    List<FormField> children,
    Map<String, String> optionLabels) {

  /** What people see in messages: the label they read on the form (keys are for the API's structured answer). */
  public String displayName() {
    return label == null || label.isBlank() ? key : "\"" + label + "\"";
  }

  /** The label and the key, for refusals of calls that only an API client makes (a form never sends them). */
  public String labelAndKey() {
    return label == null || label.isBlank() ? key : "\"" + label + "\" (" + key + ")";
  }

  /** The same field offering the given values, as its {@code valuesExpression} worked them out. */
  public FormField offering(List<String> values) {
    return new FormField(key, label, type, subtype, required, minLength, maxLength, pattern, patternMessage, min, max,
        decimalDigits, validationType, List.copyOf(values), valuesKey, valuesExpression, hideCondition, readonly,
        disabled, children, optionLabels);
  }

  /** Read-only and disabled fields show data; nobody types into them, so nothing they hold is checked. */
  public boolean isInput() {
    return !readonly && !disabled;
  }

  /** Whether Tasklist sends the field's value (form-js leaves out disabled fields). */
  public boolean isSubmitted() {
    return !disabled;
  }

  /**
   * The most characters the field takes: what the form says, else a default, and never more than the
   * engine stores in a text variable (4,000 characters; a longer one fails in the database).
   */
  public int maxTextLength() {
    int stored = 4000;
    int fallback = "textarea".equals(type) ? stored : 500;
    return Math.min(stored, maxLength == null ? fallback : maxLength);
  }
}
