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

  public FormValidationException(String formName, List<String> problems) {
    super(problems, "Please correct the form \"" + formName + "\": " + String.join("; ", problems) + ".");
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
