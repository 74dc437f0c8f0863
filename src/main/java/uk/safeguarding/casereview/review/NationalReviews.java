package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.springframework.stereotype.Component;

/**
 * What the national-review diagram asks of Java: whether a contribution to the Panel is still due, so that the
 * form recording the national report (which ends the review and the task to send it) asks what became of it.
 */
@Component("nationalReviews")
public class NationalReviews {

  /** As the task to send the contribution begins. */
  public void contributionDue(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(CaseVariables.CONTRIBUTION_OUTSTANDING, true);
  }

  /** As it ends: sent. When the national report ends it instead, it stays due in the record, as it was. */
  public void contributionSent(DelegateExecution execution) {
    if (execution instanceof ActivityExecution activity && activity.isCanceled()) {
      return;
    }
    execution.getProcessInstance().setVariable(CaseVariables.CONTRIBUTION_OUTSTANDING, false);
  }
}
