package uk.safeguarding.casereview.form;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission that breaks the form's rules. Thrown without a cause from an execution listener it
 * passes through the engine unwrapped; as the engine's own {@link FormFieldValidationException} the REST API
 * answers 400 to form submissions and task completions ({@link RefusedFormMapper}) with this message and each
 * field's problem, which Tasklist shows beside the field. The transaction rolls back: nothing of the submission
 * is saved.
 */
public class FormValidationException extends FormFieldValidationException {

  private final String formName;
  private final List<FieldProblem> problems;

  public FormValidationException(String formName, List<FieldProblem> problems) {
    super(problems, "Please correct the form \"" + formName + "\": "
        + String.join("; ", problems.stream().map(FieldProblem::sentenceWithKey).toList()) + ".");
    this.formName = formName;
    this.problems = List.copyOf(problems);
  }

  public String getFormName() {
    return formName;
  }

  /** Each problem as a sentence naming the field by its label and key. */
  public List<String> getProblems() {
    return problems.stream().map(FieldProblem::sentenceWithKey).toList();
  }

  public List<FieldProblem> getFieldProblems() {
    return problems;
  }

  /** The keys of the fields in error (e.g. {@code recommendations[2].dueOn}), for the log: never what was typed. */
  public List<String> getFields() {
    return problems.stream().map(FieldProblem::field).toList();
  }
}
