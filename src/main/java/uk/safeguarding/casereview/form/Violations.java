package uk.safeguarding.casereview.form;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one submission, each naming the field by the label people see on the form. */
public class Violations {

  private final FormSchema schema;
  private final List<FieldProblem> problems = new ArrayList<>();

  public Violations(FormSchema schema) {
    this.schema = schema;
  }

  public void reject(String key, String problem) {
    String name = schema.field(key).map(FormField::displayName).orElse(key);
    problems.add(new FieldProblem(key, name, problem));
  }

  /** A problem of a field that the schema's top level does not hold, e.g. one in an entry of a list. */
  public void reject(FormField field, String where, String problem) {
    reject(field, where, problem, field.key());
  }

  void reject(FormField field, String where, String problem, String path) {
    problems.add(new FieldProblem(path, where + field.displayName(), problem));
  }

  /**
   * A problem of one field in one entry of a dynamic list, named as the validator names it:
   * {@code Recommendation 2: "Due by" must be after today}.
   */
  public void rejectInEntry(String listKey, int index, String key, String problem) {
    FormField list = schema.field(listKey).orElse(null);
    String listLabel = list == null || list.label() == null ? listKey : list.label();
    String name = list == null ? key : list.children().stream().filter(child -> child.key().equals(key))
        .findFirst().map(FormField::displayName).orElse(key);
    problems.add(new FieldProblem(listKey + "[" + index + "]." + key, listLabel + " " + (index + 1) + ": " + name,
        problem));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }
}
