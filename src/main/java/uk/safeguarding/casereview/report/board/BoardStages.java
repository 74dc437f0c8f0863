package uk.safeguarding.casereview.report.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * The stages of a case as the committee names them, each from the processes that run in it. A case is at the
 * latest stage any of its running processes belongs to: a rapid review's agency summaries are the rapid review,
 * and a notice to the regulators running beside it does not take the case back to its notification.
 */
final class BoardStages {

  static final String CLOSED = "closed";

  /** Stage id to its words, in the order a case moves through them. */
  static final Map<String, String> LABELS = labels();

  private static final Map<String, String> STAGE_OF_PROCESS = Map.ofEntries(
      Map.entry(ProcessKeys.SERIOUS_INCIDENT, "notification"),
      Map.entry(ProcessKeys.NOTIFIABLE_DEATH, "notification"),
      Map.entry(ProcessKeys.REGULATOR_NOTIFICATION, "notification"),
      Map.entry(ProcessKeys.OTHER_AREA_NOTICE, "notification"),
      Map.entry(ProcessKeys.CASE_REFERRAL, "screening"),
      Map.entry(ProcessKeys.RAPID_REVIEW, "rapid-review"),
      Map.entry(ProcessKeys.AGENCY_SUMMARY, "rapid-review"),
      Map.entry(ProcessKeys.NATIONAL_REVIEW, "national-review"),
      Map.entry(ProcessKeys.LOCAL_REVIEW, "review"),
      Map.entry(ProcessKeys.CHRONOLOGY_REQUEST, "review"),
      Map.entry(ProcessKeys.AGENCY_REVIEW, "review"),
      Map.entry(ProcessKeys.PUBLICATION, "publication"),
      Map.entry(ProcessKeys.ACTION_PLAN, "action-plan"),
      Map.entry(ProcessKeys.LEARNING_SPREAD, "learning"));

  private BoardStages() {
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("notification", "Notification");
    labels.put("screening", "Screening the referral");
    labels.put("rapid-review", "Rapid review");
    labels.put("national-review", "National review");
    labels.put("review", "Local review");
    labels.put("publication", "Publication");
    // before the action plan: a case whose plan runs is at its plan; its learning shows on its own once closed
    labels.put("learning", "Learning spread and its impact");
    labels.put("action-plan", "Action plan");
    labels.put(CLOSED, "Closed");
    return labels;
  }

  static Optional<String> ofProcess(String processDefinitionKey) {
    return Optional.ofNullable(STAGE_OF_PROCESS.get(processDefinitionKey));
  }

  /** The later of two stages. */
  static String later(String one, String other) {
    List<String> order = List.copyOf(LABELS.keySet());
    return order.indexOf(one) >= order.indexOf(other) ? one : other;
  }
}
