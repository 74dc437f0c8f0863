package uk.safeguarding.casereview.support;

import java.util.HashMap;
import java.util.Map;

/** A serious incident as the start form submits it. Pseudonyms only: no child's data anywhere in tests. */
public final class SeriousIncidentFixtures {

  private SeriousIncidentFixtures() {
  }

  public static Map<String, Object> startForm(String pseudonym, String awarenessDate, String incidentDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childPseudonym", pseudonym);
    variables.put("localAuthorityArea", "Exampleshire Council");
    variables.put("awarenessDate", awarenessDate);
    variables.put("incidentDate", incidentDate);
    variables.put("incidentType", "serious-harm");
    variables.put("abuseOrNeglect", "suspected");
    variables.put("lookedAfterStatus", "no");
    variables.put("numberOfChildren", 1);
    variables.put("otherAreaConnection", "none");
    variables.put("incidentSummary", "Admitted to hospital with injuries that are not explained.");
    return variables;
  }

  /**
   * A looked-after child's death, abuse or neglect not suspected, as the notifiable death's start form
   * submits it.
   */
  public static Map<String, Object> notifiableDeath(String pseudonym, String awarenessDate, String dateOfDeath) {
    Map<String, Object> variables = startForm(pseudonym, awarenessDate, dateOfDeath);
    // a death is what the form records: it asks neither what happened nor how many children
    variables.remove("incidentType");
    variables.remove("numberOfChildren");
    variables.put("lookedAfterStatus", "looked-after");
    variables.put("abuseOrNeglect", "not-suspected");
    variables.put("incidentSummary", "Died in hospital after a short illness; no concerns about care are known.");
    return variables;
  }


  /**
   * The same start form as the REST API takes it ({"name": {"value": ...}}), as Tasklist submits it, for a
   * real application: the local authority became aware yesterday, so no deadline has passed yet.
   */
  public static Map<String, Object> restVariables(String pseudonym) {
    Map<String, Object> variables = new HashMap<>();
    String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
    startForm(pseudonym, yesterday, yesterday).forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
