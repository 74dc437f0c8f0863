package uk.safeguarding.casereview.review.local;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.review.Agencies;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * What the local-review diagram asks of Java: when the review began and, for an LCSPR, its target date (for
 * the forms and the timeliness report); whose tasks the reviewer's are; whom the practitioner event invites.
 */
@Component("localReviews")
public class LocalReviews {

  public static final String LCSPR = "lcspr";

  private final CaseClock clock;
  private final Deadlines deadlines;
  private final Agencies agencies;

  public LocalReviews(CaseClock clock, Deadlines deadlines, Agencies agencies) {
    this.clock = clock;
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  public void begin(DelegateExecution execution) {
    execution.setVariable(CaseVariables.REVIEW_STARTED_ON, clock.today().toString());
    if (isLcspr(execution)) {
      execution.setVariable(CaseVariables.LCSPR_TARGET_DATE, deadlines.lcsprTargetDate(
          CaseDates.required(execution, CaseVariables.REVIEW_DECISION_DATE)).toString());
    }
  }

  /** An LCSPR's reviewer is independent of the area; a learning review's is a member of the review group. */
  public String reviewerGroup(VariableScope scope) {
    return isLcspr(scope) ? Groups.INDEPENDENT_REVIEWERS : Groups.REVIEW_GROUP;
  }

  /** The invited agencies' groups (their leads pass the invitation to their practitioners) and the reviewer. */
  public String invitees(VariableScope scope) {
    Set<String> groups = new LinkedHashSet<>();
    JsonVariables.list(scope, CaseVariables.INVITED_AGENCIES)
        .forEach(agencyId -> groups.add(agencies.groupOf(String.valueOf(agencyId))));
    groups.add(reviewerGroup(scope));
    return String.join(",", groups);
  }

  /**
   * The invitation starts with the agencies the terms of reference named; the business unit adds or takes
   * away. A re-planned event keeps the invitation as it was last sent.
   */
  public void inviteTheTermsAgencies(DelegateExecution execution) {
    if (execution.getVariable(CaseVariables.INVITED_AGENCIES) == null
        && execution.getVariable(CaseVariables.INVOLVED_AGENCIES) != null) {
      execution.setVariable(CaseVariables.INVITED_AGENCIES, execution.getVariableTyped(CaseVariables.INVOLVED_AGENCIES));
    }
  }

  private static boolean isLcspr(VariableScope scope) {
    return LCSPR.equals(scope.getVariable(CaseVariables.REVIEW_DECISION));
  }
}
