package uk.safeguarding.casereview.review.notifiable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.WithoutAuthorization;

/**
 * A notifiable death that becomes a serious incident when abuse or neglect comes to be suspected: the serious
 * incident names the death's case reference, takes the child's facts from it (so they are not typed twice
 * and cannot differ), and the two cases point at each other ({@code ${notifiableDeaths}} in the diagram).
 */
@Component("notifiableDeaths")
public class NotifiableDeaths {

  /** What the death case already recorded, carried over to the serious incident. */
  static final List<String> CARRIED_FACTS = List.of(CaseVariables.CHILD_PSEUDONYM,
      CaseVariables.LOCAL_AUTHORITY_AREA, CaseVariables.INCIDENT_DATE, CaseVariables.LOOKED_AFTER_STATUS,
      CaseVariables.OTHER_AREA_CONNECTION, CaseVariables.OTHER_AREA);
  static final String DEATH = "death";

  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  public NotifiableDeaths(@Lazy HistoryService historyService, @Lazy RuntimeService runtimeService) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  /** The notifiable death recorded under that reference, if there is one. */
  public Optional<HistoricProcessInstance> find(String reference) {
    return Optional.ofNullable(WithoutAuthorization.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).processDefinitionKey(ProcessKeys.NOTIFIABLE_DEATH)
        .rootProcessInstances().singleResult()));
  }

  /** The serious incident a notifiable death already became, if it did. */
  public Optional<String> seriousIncidentOf(String reference) {
    return WithoutAuthorization.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).rootProcessInstances()
        .variableValueEquals(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, reference).listPage(0, 1).stream()
        .map(HistoricProcessInstance::getBusinessKey).findFirst());
  }

  /** The facts of the death case as it last recorded them. */
  public Map<String, Object> factsOf(HistoricProcessInstance death) {
    Map<String, Object> facts = new HashMap<>();
    for (HistoricVariableInstance variable : WithoutAuthorization.query(() -> historyService
        .createHistoricVariableInstanceQuery().processInstanceId(death.getId())
        .variableNameIn(CARRIED_FACTS.toArray(String[]::new)).listPage(0, CARRIED_FACTS.size()))) {
      facts.put(variable.getName(), variable.getValue());
    }
    return facts;
  }

  /** Start listener of the serious incident, after its start form was checked (which checked the reference). */
  public void carryOver(DelegateExecution incident) {
    String reference = referenceOf(incident);
    if (reference == null) {
      return;
    }
    HistoricProcessInstance death = find(reference)
        .orElseThrow(() -> new ProcessEngineException("No notifiable death " + reference));
    incident.setVariables(factsOf(death));
    incident.setVariable(CaseVariables.INCIDENT_TYPE, DEATH);
  }

  /** Start listener, once the serious incident has its reference: a death case still open points back to it. */
  public void linkBack(DelegateExecution incident) {
    String reference = referenceOf(incident);
    if (reference == null) {
      return;
    }
    find(reference).filter(death -> death.getEndTime() == null).ifPresent(death -> WithoutAuthorization.query(() -> {
      runtimeService.setVariable(death.getId(), CaseVariables.SERIOUS_INCIDENT_REFERENCE,
          incident.getProcessBusinessKey());
      return null;
    }));
  }

  /**
   * Whether this serious incident notifies the Secretary of State and Ofsted itself: a looked-after child's
   * or care leaver's death, unless the notifiable death it began as does (it is still open) or did (it
   * recorded both). A death's case that ended without recording them, cancelled say, leaves it to this one.
   */
  public boolean regulatorsToNotify(VariableScope scope) {
    if (!lookedAfterDeath(scope::getVariable)) {
      return false;
    }
    String reference = referenceOf(scope);
    return reference == null || find(reference).map(death -> death.getEndTime() != null && !notified(death))
        .orElse(true);
  }

  /**
   * A looked-after child's or care leaver's death recorded as a serious incident from the start, from the
   * facts history holds: its own notification of the Secretary of State and Ofsted is due.
   */
  public static boolean regulatorsToNotify(Function<String, Object> facts) {
    return lookedAfterDeath(facts) && referenceOf(facts) == null;
  }

  private static boolean lookedAfterDeath(Function<String, Object> facts) {
    Object status = facts.apply(CaseVariables.LOOKED_AFTER_STATUS);
    return DEATH.equals(facts.apply(CaseVariables.INCIDENT_TYPE)) && status != null && !"no".equals(status);
  }

  private boolean notified(HistoricProcessInstance death) {
    return WithoutAuthorization.query(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(death.getId())
        .variableNameIn(CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, CaseVariables.OFSTED_NOTIFIED_ON)
        .listPage(0, 2)).stream().filter(variable -> variable.getValue() != null).count() == 2;
  }

  private static String referenceOf(VariableScope scope) {
    return referenceOf(scope::getVariable);
  }

  private static String referenceOf(Function<String, Object> facts) {
    Object reference = facts.apply(CaseVariables.NOTIFIABLE_DEATH_REFERENCE);
    return reference == null || reference.toString().isBlank() ? null : reference.toString().trim();
  }
}
