package uk.safeguarding.casereview.support;

import org.camunda.bpm.engine.task.Task;

import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;
import static uk.safeguarding.casereview.support.ReviewForms.agreed;
import static uk.safeguarding.casereview.support.ReviewForms.decision;
import static uk.safeguarding.casereview.support.ReviewForms.involvedAgencies;
import static uk.safeguarding.casereview.support.ReviewForms.meeting;
import static uk.safeguarding.casereview.support.ReviewForms.response;
import static uk.safeguarding.casereview.support.ReviewForms.submission;

/**
 * A rapid review walked from the business unit's first task to the Panel's reply, all on one day: two agencies
 * (police and health) send summaries, the meeting ticks the given criteria, the group decides as recommended
 * and the partners and the Panel agree.
 */
public final class RapidReviewWalk {

  private RapidReviewWalk() {
  }

  public static void toDecision(CaseDriver cases, String caseReference, String today, String... criteria) {
    cases.complete("business", caseReference, "Task_NameInvolvedAgencies", involvedAgencies("police", "health"));
    cases.complete("lead.police", cases.taskFor(caseReference, "Task_SubmitAgencySummary", "agency-police"),
        agencySummary("ongoing"));
    cases.complete("lead.health", cases.taskFor(caseReference, "Task_SubmitAgencySummary", "agency-health"),
        agencySummary("limited"));
    cases.complete("member", caseReference, "Task_HoldRapidReviewMeeting", meeting(today, criteria));
  }

  public static void decideAndSend(CaseDriver cases, String caseReference, String today, String reviewDecision,
                                   String panelResponse) {
    Task decide = cases.task(caseReference, "Task_DecideOnReview");
    // a decision other than the recommendation needs its reason, as the form asks
    boolean departs = !reviewDecision.equals(cases.variable(decide, "recommendedReviewType"));
    cases.complete("chair", decide, departs ? decision(reviewDecision, "The group's reason to depart from it.")
        : decision(reviewDecision));
    cases.complete("partner.la", caseReference, "Task_SignOffLocalAuthority", agreed());
    cases.complete("partner.icb", caseReference, "Task_SignOffIcb", agreed());
    cases.complete("partner.police", caseReference, "Task_SignOffPolice", agreed());
    cases.complete("business", caseReference, "Task_RecordPanelSubmission", submission(today));
    cases.complete("business", caseReference, "Task_RecordPanelResponse", response(panelResponse, today));
  }
}
