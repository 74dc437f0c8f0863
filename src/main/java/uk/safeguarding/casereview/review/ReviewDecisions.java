package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Decisions the process records itself, rather than a person on a form. */
@Component("reviewDecisions")
public class ReviewDecisions {

  public static final String NATIONAL_REVIEW = "national-review";

  /** The Panel decided to take a national review: that, not the group's choice, is the case's decision now. */
  public void nationalReviewByPanel(DelegateExecution execution) {
    execution.setVariable(CaseVariables.REVIEW_DECISION, NATIONAL_REVIEW);
    execution.setVariable(CaseVariables.DECISION_RATIONALE, "The Child Safeguarding Practice Review Panel decided"
        + " to undertake a national review.");
  }
}
