package uk.safeguarding.casereview.form;

import java.util.List;

/**
 * An input field of a Camunda Form with the constraints its author set in the form editor. The server
 * enforces the same constraints the browser does, because Tasklist's checks are only in the browser.
 *
 * @param options   the values a radio, select or checklist offers, when they are written in the form
 * @param valuesKey the variable that holds the offered values instead ({@code [{label, value}]})
 * @param children  the fields of each entry of a dynamic list (whose key is the list's path)
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
    Double min,
    Double max,
    String validationType,
    List<String> options,
    String valuesKey,
    String hideCondition,
    boolean readonly,
    boolean disabled,
    List<FormField> children) {

  /** What people see in messages: the label they read on the form, then the key that names the variable. */
  public String displayName() {
    return label == null || label.isBlank() ? key : "\"" + label + "\" (" + key + ")";
  }

  /** Read-only and disabled fields show data; nobody types into them, so nothing they hold is checked. */
  public boolean isInput() {
    return !readonly && !disabled;
  }
}
