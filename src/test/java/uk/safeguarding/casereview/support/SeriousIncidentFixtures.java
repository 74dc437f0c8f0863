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
    variables.put("incidentSummary", "Admitted to hospital with injuries that are not explained.");
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
