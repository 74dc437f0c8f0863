package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.notification.Notify;

/**
 * A single-agency review or audit asked for at screening ({@code ${agencyReviews}} in agency-review): the
 * agency is named for its forms, and when it is done the referrer is told and, where the review group
 * considered the agency's learning, the agency is told what the partnership does with it.
 */
@Component("agencyReviews")
public class AgencyReviews {

  static final String LEARNING_DECISION = "agencyLearningDecision";

  private final Agencies agencies;
  private final Notify notify;

  public AgencyReviews(Agencies agencies, Notify notify) {
    this.agencies = agencies;
    this.notify = notify;
  }

  public void begin(DelegateExecution execution) {
    execution.setVariable(CaseVariables.REVIEWING_AGENCY_NAME,
        agencies.nameOf(String.valueOf(execution.getVariable(CaseVariables.REVIEWING_AGENCY))));
  }

  public void tellOutcome(DelegateExecution execution) {
    notify.toAddressIn(execution, "information", CaseVariables.REFERRER_EMAIL,
        "The single-agency review or audit of your referral is complete");
    if (execution.getVariable(LEARNING_DECISION) != null) {
      notify.toGroups(execution, "decision",
          agencies.groupOf(String.valueOf(execution.getVariable(CaseVariables.REVIEWING_AGENCY))),
          "The review group has considered your agency's learning");
    }
  }
}
