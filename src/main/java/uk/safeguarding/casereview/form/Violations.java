package uk.safeguarding.casereview.form;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one submission, each naming the field by its label and key. */
public class Violations {

  private final FormSchema schema;
  private final List<String> problems = new ArrayList<>();
  /** The fields in error by key, for the log: never what was typed. */
  private final List<String> fields = new ArrayList<>();

  public Violations(FormSchema schema) {
    this.schema = schema;
  }

  public void reject(String key, String problem) {
    String name = schema.field(key).map(FormField::displayName).orElse(key);
    problems.add(name + " " + problem);
    fields.add(key);
  }

  /** A problem of a field that the schema's top level does not hold, e.g. one in an entry of a list. */
  public void reject(FormField field, String where, String problem) {
    problems.add(where + field.displayName() + " " + problem);
    fields.add(where.isEmpty() ? field.key() : where.replace(": ", ".") + field.key());
  }

  /**
   * A problem of one field in one entry of a dynamic list, named as the validator names it:
   * {@code Recommendation 2: "Due by" (dueOn) must be after today}.
   */
  public void rejectInEntry(String listKey, int index, String key, String problem) {
    FormField list = schema.field(listKey).orElse(null);
    String listLabel = list == null || list.label() == null ? listKey : list.label();
    String name = list == null ? key : list.children().stream().filter(child -> child.key().equals(key))
        .findFirst().map(FormField::displayName).orElse(key);
    problems.add(listLabel + " " + (index + 1) + ": " + name + " " + problem);
    fields.add(listKey + "[" + (index + 1) + "]." + key);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public List<String> fields() {
    return List.copyOf(fields);
  }
}
