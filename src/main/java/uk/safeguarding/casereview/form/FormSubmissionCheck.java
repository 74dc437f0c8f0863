package uk.safeguarding.casereview.form;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * Checks what a form submitted before the engine goes on: at the start of a process started from a form,
 * and as a user task with a form ends. Added to those elements by {@link FormValidationParseListener}.
 *
 * <p>An execution listener, not a task listener: the engine wraps exceptions from task listeners into a
 * generic error (HTTP 500), while an execution listener's {@link FormValidationException} reaches the REST
 * API as it is (HTTP 400 with the message).
 */
public class FormSubmissionCheck implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionCheck.class);

  private final FormSubmissionValidator validator;
  private final DeployedForms forms;
  private final String formKey;
  private final String binding;
  private final Integer version;
  private final String formName;

  public FormSubmissionCheck(FormSubmissionValidator validator, DeployedForms forms, String formKey,
                             String binding, Integer version, String formName) {
    this.validator = validator;
    this.forms = forms;
    this.formKey = formKey;
    this.binding = binding;
    this.version = version;
    this.formName = formName;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a task ended by a boundary event, a cancellation or a migration was not submitted
    if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
      return;
    }
    String deploymentId = ((PvmExecutionImpl) execution).getProcessDefinition().getDeploymentId();
    FormSchema schema = forms.find(formKey, binding, version, deploymentId);
    try {
      validator.validate(schema, formName, ExecutionVariables.of(execution));
    } catch (FormValidationException refused) {
      // a person's mistake, not a fault: one line that says where, never what was typed (the engine's own
      // stack trace for it is kept out of the log by QuietFormRefusals)
      Object reference = execution.getVariable(CaseVariables.CASE_REFERENCE);
      LOG.info("Form \"{}\" refused for {} at {}: {} in error", formName,
          reference == null ? "a new case (" + execution.getProcessDefinitionId() + ")" : "case " + reference,
          execution.getCurrentActivityId(), String.join(", ", refused.getFields()));
      throw refused;
    }
  }
}
