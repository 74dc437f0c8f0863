package uk.safeguarding.casereview.report.recommendations;

import java.util.Map;

/** The tracker's codes in the words the forms use for them. */
final class Words {

  private static final Map<String, String> RAG = Map.of("not-started", "Not started", "red", "Red",
      "amber", "Amber", "green", "Green", "complete", "Complete");
  private static final Map<String, String> STATES = Map.of("open", "Open",
      "awaiting-verification", "Complete, awaiting verification", "returned", "Returned for more evidence",
      "closed", "Closed");

  /** The strategic lead as record-recommendations offers it: the partner answerable for it. */
  private static final Map<String, String> STRATEGIC_LEADS = Map.of("partner-la", "Local authority",
      "partner-icb", "Integrated Care Board", "partner-police", "Police");

  private Words() {
  }

  static String rag(String code) {
    return code == null ? null : RAG.getOrDefault(code, code);
  }

  static String strategicLead(String group) {
    return group == null ? null : STRATEGIC_LEADS.getOrDefault(group, group);
  }

  static String state(String code) {
    return code == null ? null : STATES.getOrDefault(code, code);
  }
}
