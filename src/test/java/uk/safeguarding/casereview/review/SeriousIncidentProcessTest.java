package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.startForm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessEngineTest;

/** The first slice of serious-incident: start form, case reference, "Record the Panel notification". */
@ProcessEngineTest
class SeriousIncidentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  @BeforeEach
  void friday_morning_in_london() {
    BpmnAwareTests.init(engine);
    EngineClock.setLondonTime(LocalDateTime.of(2026, 11, 20, 9, 30));
  }

  @AfterEach
  void reset() {
    EngineClock.reset();
  }

  /** As the LA notifier does in Tasklist: with the notifier's rights, through the start form. */
  private ProcessInstance startCase(Map<String, Object> form) {
    return Authentication.as(identityService, "notifier", () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).latestVersion().singleResult().getId();
      return formService.submitStartForm(definitionId, form);
    });
  }

  private void submitAsNotifier(String taskId, Map<String, Object> form) {
    Authentication.as(identityService, "notifier", () -> formService.submitTaskForm(taskId, form));
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }

  @Test
  void a_recorded_incident_gets_a_case_reference_and_waits_for_the_panel_notification() {
    ProcessInstance instance = startCase(startForm("Child Scarlet", "2026-11-18", "2026-11-16"));

    assertThat(instance.getBusinessKey()).matches("CR-2026-\\d{4}");
    assertThat(instance).isWaitingAt("Task_RecordPanelNotification")
        .variables().containsEntry(CaseVariables.CASE_REFERENCE, instance.getBusinessKey())
        .containsEntry(CaseVariables.CHILD_PSEUDONYM, "Child Scarlet")
        .containsEntry("recordedBy", "notifier");

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Record the Panel notification");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("la-notifier");
    // aware on Wednesday 18 November: due at the end of Monday 23 November (5 calendar days for now)
    assertThat(task.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 23, 23, 59, 59)));
  }

  @Test
  void recording_the_notification_ends_this_slice_at_panel_notified() {
    ProcessInstance instance = startCase(startForm("Child Lark", "2026-11-17", "2026-11-17"));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    submitAsNotifier(task.getId(),
        Map.of(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-19", CaseVariables.PANEL_REFERENCE, "NOT-12345"));

    assertThat(instance).isEnded().hasPassedInOrder("StartEvent_IncidentRecorded",
        "Task_RecordPanelNotification", "EndEvent_PanelNotified");
    Map<String, Object> recorded = Map.of(
        CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-19", CaseVariables.PANEL_REFERENCE, "NOT-12345");
    recorded.forEach((name, value) -> assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue()).isEqualTo(value));
  }

  @Test
  void case_references_run_on_within_a_year_and_start_again_at_one_in_a_new_year() {
    String first = startCase(startForm("Child Wren", "2026-11-18", "2026-11-18")).getBusinessKey();
    String second = startCase(startForm("Child Robin", "2026-11-19", "2026-11-18")).getBusinessKey();
    assertThat(number(second)).isEqualTo(number(first) + 1);

    EngineClock.setLondonTime(LocalDateTime.of(2031, 1, 2, 9, 0));
    assertThat(startCase(startForm("Child Finch", "2031-01-01", "2030-12-31")).getBusinessKey())
        .isEqualTo("CR-2031-0001");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      awarenessDate     | 2026-11-21   | "Date the local authority became aware" (awarenessDate) must not be in the future (today is 20 November 2026)
      incidentDate      | 2026-11-19   | "Date of the incident" (incidentDate) must not be after the date the local authority became aware (18 November 2026)
      childPseudonym    | ''           | "Child's pseudonym" (childPseudonym) is required
      incidentType      | accident     | "What happened" (incidentType) must be one of death, serious-harm
      numberOfChildren  | 5            | "Number of children in this notification" (numberOfChildren) must be at most 4
      lookedAfterStatus | fostered     | "Looked-after child or care leaver" (lookedAfterStatus) must be one of no, looked-after, care-leaver
      incidentSummary   | ''           | "Short summary" (incidentSummary) is required
      """)
  void a_start_form_with_a_bad_field_is_refused_and_nothing_is_saved(String field, String value, String message) {
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    String before = startCase(startForm("Child Heron", "2026-11-18", "2026-11-17")).getBusinessKey();
    Map<String, Object> form = startForm("Child Kestrel", "2026-11-18", "2026-11-17");
    form.put(field, field.equals("numberOfChildren") ? Integer.valueOf(value) : value);

    assertThatThrownBy(() -> startCase(form))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining(message);

    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore + 1);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(CaseVariables.CHILD_PSEUDONYM,
        "Child Kestrel").count()).isZero();
    // the refused start gave its case number back
    String after = startCase(startForm("Child Heron", "2026-11-18", "2026-11-17")).getBusinessKey();
    assertThat(number(after)).isEqualTo(number(before) + 1);
  }

  @Test
  void a_notification_dated_before_the_local_authority_knew_is_refused_and_the_task_stays_open() {
    ProcessInstance instance = startCase(startForm("Child Swift", "2026-11-18", "2026-11-18"));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThatThrownBy(() -> submitAsNotifier(task.getId(), Map.of(
        CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-17", CaseVariables.PANEL_REFERENCE, "NOT-1")))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("Please correct the form \"Record the Panel notification\": \"Date the notification was sent"
            + " to the Panel\" (panelNotificationDate) must not be before the date the local authority became"
            + " aware (18 November 2026).");
    assertThatThrownBy(() -> Authentication.as(identityService, "notifier",
        () -> taskService.complete(task.getId(), Map.of())))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(panelNotificationDate) is required")
        .hasMessageContaining("(panelReference) is required");

    assertThat(instance).isWaitingAt("Task_RecordPanelNotification");
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.PANEL_REFERENCE)).isNull();
    List<HistoricActivityInstance> ended = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId("Task_RecordPanelNotification").finished().list();
    assertThat(ended).isEmpty();
  }
}
