package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The cases one case is linked with: the referral or notifiable death a serious incident began as, and the
 * serious incident either became. Read from both sides, because a case that closed before the other began
 * cannot be given the link afterwards.
 */
@Component
public class CaseLinks {

  static final String BEGAN_AS_REFERRAL = "Began as this referral";
  static final String BEGAN_AS_NOTIFIABLE_DEATH = "Began as this notifiable death";
  static final String BECAME_SERIOUS_INCIDENT = "Became this serious incident";
  /** Queries from the webapps must be bounded; a case has one or two links. */
  static final int MAX_LINKS = 50;

  /** The variables a serious incident names its origin in. */
  private static final Map<String, String> ORIGINS = Map.of(
      CaseVariables.REFERRAL_REFERENCE, BEGAN_AS_REFERRAL,
      CaseVariables.NOTIFIABLE_DEATH_REFERENCE, BEGAN_AS_NOTIFIABLE_DEATH);

  private final HistoryService historyService;

  public CaseLinks(HistoryService historyService) {
    this.historyService = historyService;
  }

  public List<CaseRecord.LinkedCase> of(String reference, Map<String, Object> facts) {
    Map<String, String> links = new LinkedHashMap<>();
    ORIGINS.forEach((variable, relation) -> add(links, facts.get(variable), relation));
    add(links, facts.get(CaseVariables.SERIOUS_INCIDENT_REFERENCE), BECAME_SERIOUS_INCIDENT);
    for (String variable : ORIGINS.keySet()) {
      // the case's own processes hold the same variable: only a case's first process names its origin
      historyService.createHistoricProcessInstanceQuery().rootProcessInstances()
          .variableValueEquals(variable, reference).listPage(0, MAX_LINKS)
          .forEach(incident -> add(links, incident.getBusinessKey(), BECAME_SERIOUS_INCIDENT));
    }
    List<CaseRecord.LinkedCase> list = new ArrayList<>();
    links.forEach((linked, relation) -> list.add(new CaseRecord.LinkedCase(linked, relation)));
    return list;
  }

  private static void add(Map<String, String> links, Object reference, String relation) {
    if (reference != null && !reference.toString().isBlank()) {
      links.putIfAbsent(reference.toString().trim(), relation);
    }
  }
}
