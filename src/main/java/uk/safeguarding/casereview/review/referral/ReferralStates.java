package uk.safeguarding.casereview.review.referral;

import java.util.List;
import java.util.Map;

/**
 * Where a referral stands, in the referrer's words, from the step of the case-referral diagram it is at or
 * the end it reached. A step not named here (a moment's service task) reads as received or closed.
 */
final class ReferralStates {

  static final String RECEIVED = "Received";
  static final String CLOSED = "Closed";

  private static final Map<String, String> AT = Map.of(
      "Task_ScreenReferral", "Being screened by the review group",
      "Task_TellReferrerNoAction", "Closed: no further action",
      "Task_StartSeriousIncident", "Became a serious incident case",
      "Task_TellGroupNotNotified", "Closed: not notified as a serious incident",
      "Task_ConsiderNotification", "Being considered as a serious incident",
      "CallActivity_AgencyReview", "Single-agency review or audit under way",
      "CallActivity_LearningReview", "Local learning review under way",
      "CallActivity_ActionPlan", "Learning review finished: action plan under way");

  private static final Map<String, String> ENDED_AT = Map.of(
      "EndEvent_NoFurtherAction", "Closed: no further action",
      "EndEvent_AgencyReviewCompleted", "Closed: single-agency review or audit completed",
      "EndEvent_ActionPlanClosed", "Closed: learning review and action plan completed",
      "EndEvent_NoRecommendations", "Closed: learning review completed",
      "EndEvent_BecameSeriousIncident", "Became a serious incident case",
      "EndEvent_NotNotified", "Closed: not notified as a serious incident");

  private ReferralStates() {
  }

  /** The state of a running referral at these activities. */
  static String running(List<String> activeActivityIds) {
    return activeActivityIds.stream().filter(AT::containsKey).map(AT::get).findFirst().orElse(RECEIVED);
  }

  /** The state of a referral that reached these end events (none when it was cancelled). */
  static String ended(List<String> endEventIds) {
    return endEventIds.stream().filter(ENDED_AT::containsKey).map(ENDED_AT::get).findFirst().orElse(CLOSED);
  }
}
