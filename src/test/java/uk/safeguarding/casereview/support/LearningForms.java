package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.util.List;
import java.util.Map;

/** What the business unit and the review group type into the learning's forms. */
public final class LearningForms {

  private LearningForms() {
  }

  /** A 7 minute briefing to the health visitors on the day given. */
  public static Map<String, Object> spread(String spreadOn) {
    return form("spreadActivities", CaseDriver.json(List.of(Map.of("activity", "seven-minute-briefing",
        "spreadOn", spreadOn, "audience", "Health visitors", "reached", 120))));
  }

  public static Map<String, Object> practiceChanged() {
    return form("practiceChanged", "yes", "impactEvidence", "A case file audit found the change in every case.");
  }
}
