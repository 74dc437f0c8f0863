package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.util.Map;

/** What an agency's lead and the review group type into the action plan's forms. */
public final class ActionPlanForms {

  private ActionPlanForms() {
  }

  public static Map<String, Object> progress(String rag, String nextUpdateOn) {
    return form("ragStatus", rag, "progressNote", "Progress since the last update.", "nextUpdateOn", nextUpdateOn);
  }

  /** Complete, with the evidence in the secure store dated as given. */
  public static Map<String, Object> completeWithEvidence(String evidenceDated) {
    return form("ragStatus", "complete", "progressNote", "The procedure is revised and the staff are trained.",
        "evidenceLink", "https://documents.partnership.example.org/action-plan/evidence", "evidenceVersion", "1",
        "evidenceDate", evidenceDated);
  }

  public static Map<String, Object> returned() {
    return form("verification", "return", "verificationNote", "Please add the audit of practice since the change.");
  }

  public static Map<String, Object> closed() {
    return form("verification", "close");
  }
}
