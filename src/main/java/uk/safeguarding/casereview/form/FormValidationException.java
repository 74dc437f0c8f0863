package uk.safeguarding.casereview.form;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission that breaks the form's rules. Thrown without a cause from an execution listener it
 * passes through the engine unwrapped; as the engine's own {@link FormFieldValidationException} the REST API
 * answers 400 to form submissions and task completions with this message, which Tasklist shows. The
 * transaction rolls back: nothing of the submission is saved.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<String> problems;
  private final List<String> fields;

  public FormValidationException(String formName, List<String> problems) {
    this(formName, problems, List.of());
  }

  public FormValidationException(String formName, List<String> problems, List<String> fields) {
    super(problems, "Please correct the form \"" + formName + "\": " + String.join("; ", problems) + ".");
    this.problems = List.copyOf(problems);
    this.fields = List.copyOf(fields);
  }

  public List<String> getProblems() {
    return problems;
  }

  /** The keys of the fields in error (e.g. {@code recommendations[2].dueOn}), for the log. */
  public List<String> getFields() {
    return fields;
  }
}
