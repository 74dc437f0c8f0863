package uk.safeguarding.casereview.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.ProcessTestBase;

/** Full history less what nobody reads: the case's data and its changes stay, the engine's bookkeeping goes. */
class UnreadHistoryTest extends ProcessTestBase {

  private Deployment deployment;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 16, 9, 0);
  }

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void a_case_keeps_its_data_and_its_changes_but_not_the_engines_counters_task_label_copies_or_job_log() {
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("unread-history.bpmn",
        Bpmn.createExecutableProcess("unread-history").camundaHistoryTimeToLive(30).startEvent()
            .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
            .userTask("Task_Each").camundaCandidateGroups("business-unit").multiInstance()
            .camundaCollection("${agencies}").camundaElementVariable("agencyId").multiInstanceDone()
            .endEvent().done()).deploy();
    ProcessInstance instance = startCase("unread-history", Map.of("agencies", new java.util.ArrayList<>(List.of("police", "health")),
        "panelReference", "NOT-1"));
    String reference = instance.getBusinessKey();
    cases.tasks(reference, "Task_Each").forEach(task -> cases.complete("business", task,
        Map.of("panelReference", "NOT-2")));

    List<String> kept = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list().stream().map(HistoricVariableInstance::getName).toList();
    assertThat(kept).contains(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM, "panelReference",
        "agencyId").doesNotContainAnyElementsOf(UnreadHistory.ENGINE_COUNTERS);
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().list();
    assertThat(details).extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .doesNotContainAnyElementsOf(UnreadHistory.ENGINE_COUNTERS);
    assertThat(details).filteredOn(detail -> "panelReference".equals(((HistoricVariableUpdate) detail)
        .getVariableName())).extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
        .containsExactly("NOT-1", "NOT-2", "NOT-2");
    // the labels copied onto each task for Tasklist's cards have no history of their own
    assertThat(details).filteredOn(detail -> detail.getTaskId() != null).isEmpty();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_Async").finished().count()).isOne();
  }

  @Test
  void a_step_that_fails_keeps_its_failure_in_the_job_log() {
    deployment = engine.getRepositoryService().createDeployment().addModelInstance("unread-failure.bpmn",
        Bpmn.createExecutableProcess("unread-failure").camundaHistoryTimeToLive(30).startEvent()
            .serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
            .endEvent().done()).deploy();
    String instance = runtimeService.startProcessInstanceByKey("unread-failure").getId();
    String job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job)).hasMessageContaining("noSuchBean");

    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count()).isOne();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance).creationLog().count())
        .isZero();
  }

  @Test
  void a_failed_job_is_still_logged() {
    HistoricJobLogEventEntity failure = new HistoricJobLogEventEntity();
    failure.setState(JobState.FAILED.getStateCode());
    HistoricJobLogEventEntity success = new HistoricJobLogEventEntity();
    success.setState(JobState.SUCCESSFUL.getStateCode());

    assertThat(UnreadHistory.kept(failure)).isTrue();
    assertThat(UnreadHistory.kept(success)).isFalse();
  }
}
