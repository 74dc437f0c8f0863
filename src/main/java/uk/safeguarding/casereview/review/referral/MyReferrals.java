package uk.safeguarding.casereview.review.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * The referrals a person made and where each stands. A referrer may read no case (the case is the review
 * group's), so this reads without the engine's read rights, but only the cases the person started themselves
 * and only the columns of {@link MyReferral}.
 */
@Component
public class MyReferrals {

  private final ProcessEngineConfigurationImpl configuration;
  private final HistoryService history;
  private final CaseClock clock;

  public MyReferrals(ProcessEngineConfiguration configuration, HistoryService history, CaseClock clock) {
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
    this.history = history;
    this.clock = clock;
  }

  /** The person's referrals, newest first; none for a blank user id. */
  public List<MyReferral> of(String userId) {
    if (userId == null || userId.isBlank()) {
      return List.of();
    }
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> read(userId)));
  }

  private List<MyReferral> read(String userId) {
    List<HistoricProcessInstance> referrals = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CASE_REFERRAL).startedBy(userId)
        .orderByProcessInstanceStartTime().desc().list();
    if (referrals.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> labels = labelsOf(referrals);
    return referrals.stream().map(referral -> {
      Map<String, Object> own = labels.getOrDefault(referral.getId(), Map.of());
      return new MyReferral(Objects.toString(own.get(CaseVariables.CASE_REFERENCE), referral.getBusinessKey()),
          Objects.toString(own.get(CaseVariables.CHILD_PSEUDONYM), ""),
          LocalDate.ofInstant(referral.getStartTime().toInstant(), clock.zone()).toString(), stateOf(referral));
    }).toList();
  }

  /** The reference and pseudonym of each referral, from the case itself (not the copies on its tasks). */
  private Map<String, Map<String, Object>> labelsOf(List<HistoricProcessInstance> referrals) {
    String[] ids = referrals.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM).list().stream()
        .filter(variable -> variable.getTaskId() == null && variable.getValue() != null)
        .filter(variable -> variable.getProcessInstanceId().equals(variable.getActivityInstanceId())
            || variable.getProcessInstanceId().equals(variable.getExecutionId()))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                (first, second) -> first)));
  }

  private String stateOf(HistoricProcessInstance referral) {
    if (referral.getEndTime() == null) {
      return ReferralStates.running(history.createHistoricActivityInstanceQuery()
          .processInstanceId(referral.getId()).unfinished().list().stream()
          .map(HistoricActivityInstance::getActivityId).toList());
    }
    return ReferralStates.ended(history.createHistoricActivityInstanceQuery()
        .processInstanceId(referral.getId()).activityType("noneEndEvent").finished().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList());
  }
}
