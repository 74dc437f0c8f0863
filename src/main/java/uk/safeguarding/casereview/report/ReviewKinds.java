package uk.safeguarding.casereview.report;

import java.util.Map;
import uk.safeguarding.casereview.review.CaseVariables;

/** The review a case had, in words, from the group's decision or the referral's screening. */
public final class ReviewKinds {

  private static final Map<String, String> KINDS = Map.of(
      "no-further-review", "Rapid review",
      "learning-review", "Local learning review",
      "lcspr", "LCSPR",
      "national-review", "National review",
      "single-agency-review", "Single-agency review",
      "audit", "Audit");

  private ReviewKinds() {
  }

  /** From a process's variables (reviewDecision, else screeningOutcome); null when neither names a review. */
  public static String of(Map<String, Object> variables) {
    String kind = KINDS.get(String.valueOf(variables.get(CaseVariables.REVIEW_DECISION)));
    return kind != null ? kind : KINDS.get(String.valueOf(variables.get(CaseVariables.SCREENING_OUTCOME)));
  }
}
