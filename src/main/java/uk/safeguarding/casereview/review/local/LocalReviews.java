package uk.safeguarding.casereview.review.local;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.review.Agencies;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.JsonVariables;
import uk.safeguarding.casereview.support.WithoutAuthorization;

/**
 * What the local-review diagram asks of Java: when the review began and, for an LCSPR, its target date (for
 * the forms and the timeliness report); whose tasks the reviewer's are; whom the practitioner event invites.
 */
@Component("localReviews")
public class LocalReviews {

  public static final String LCSPR = "lcspr";
  /** The field of the rapid review meeting's form and of the reviewer's: the same key in both. */
  static final String KEY_PRACTICE_EPISODES = "keyPracticeEpisodes";

  private final CaseClock clock;
  private final Deadlines deadlines;
  private final Agencies agencies;
  private final HistoryService historyService;

  public LocalReviews(CaseClock clock, Deadlines deadlines, Agencies agencies, @Lazy HistoryService historyService) {
    this.historyService = historyService;
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
   * The reviewer starts from the key practice episodes the rapid review's meeting recorded, looked up when the
   * task opens rather than carried in the case, whose later steps every agency's lead reads.
   */
  public void startFromTheRapidReview(DelegateExecution execution) {
    if (execution.getVariable(KEY_PRACTICE_EPISODES) != null) {
      return;
    }
    WithoutAuthorization.query(() -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(execution.getProcessBusinessKey())
            .processDefinitionKey(ProcessKeys.RAPID_REVIEW).orderByProcessInstanceStartTime().desc().listPage(0, 1))
        .stream().findFirst()
        .map(rapidReview -> WithoutAuthorization.query(() -> historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(rapidReview.getId()).variableName(KEY_PRACTICE_EPISODES).singleResult()))
        .ifPresent(episodes -> execution.setVariable(KEY_PRACTICE_EPISODES, episodes.getValue()));
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
