package uk.safeguarding.casereview.benchmark;

import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;
import static uk.safeguarding.casereview.support.ReviewForms.agreed;
import static uk.safeguarding.casereview.support.ReviewForms.decision;
import static uk.safeguarding.casereview.support.ReviewForms.involvedAgencies;
import static uk.safeguarding.casereview.support.ReviewForms.meeting;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.ReviewForms.response;
import static uk.safeguarding.casereview.support.ReviewForms.submission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The shortest whole case (as {@code support/ClosedCase} walks it): a serious incident started from its form,
 * the Panel told, a rapid review with two agencies, no further review and nothing left to act on, so the case
 * closes. Twelve user tasks, each with the person, the group it is offered to and what the person types.
 */
final class ShortestCase {

  /** One user task: who completes it, the group it is offered to, and the form they submit. */
  record Step(String user, String taskKey, String group, Map<String, Object> form) {
  }

  static final String STARTER = "notifier";

  /** Who works on the case and their groups, as an administrator would set them up. */
  static final Map<String, List<String>> PEOPLE = Map.of(
      "notifier", List.of("la-notifier"),
      "business", List.of("business-unit"),
      "chair", List.of("review-group", "review-chair"),
      "member", List.of("review-group"),
      "partner.la", List.of("partner-la"),
      "partner.icb", List.of("partner-icb"),
      "partner.police", List.of("partner-police"),
      "lead.police", List.of("agency-police"),
      "lead.health", List.of("agency-health"));

  private ShortestCase() {
  }

  /** The start form; the local authority became aware two days ago, so nothing is late. */
  static Map<String, Object> startForm(String pseudonym) {
    LocalDate aware = today().minusDays(2);
    return SeriousIncidentFixtures.startForm(pseudonym, aware.toString(), aware.minusDays(1).toString());
  }

  static List<Step> steps() {
    String today = today().toString();
    return List.of(
        new Step("notifier", "Task_RecordPanelNotification", "la-notifier",
            form(CaseVariables.PANEL_NOTIFICATION_DATE, today, CaseVariables.PANEL_REFERENCE, "NOT-31")),
        new Step("business", "Task_NameInvolvedAgencies", "business-unit", involvedAgencies("police", "health")),
        new Step("lead.police", "Task_SubmitAgencySummary", "agency-police", agencySummary("ongoing")),
        new Step("lead.health", "Task_SubmitAgencySummary", "agency-health", agencySummary("limited")),
        new Step("member", "Task_HoldRapidReviewMeeting", "review-group", meeting(today, "learningAlreadyKnown")),
        new Step("chair", "Task_DecideOnReview", "review-group", decision("no-further-review")),
        new Step("partner.la", "Task_SignOffLocalAuthority", "partner-la", agreed()),
        new Step("partner.icb", "Task_SignOffIcb", "partner-icb", agreed()),
        new Step("partner.police", "Task_SignOffPolice", "partner-police", agreed()),
        new Step("business", "Task_RecordPanelSubmission", "business-unit", submission(today)),
        new Step("business", "Task_RecordPanelResponse", "business-unit", response("agree", today)),
        new Step("chair", "Task_RecordRapidReviewRecommendations", "review-group",
            form(CaseVariables.RECOMMENDATIONS, recommendations())));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }
}
