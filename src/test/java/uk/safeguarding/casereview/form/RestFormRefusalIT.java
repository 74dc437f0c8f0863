package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * A form's values refused on every REST call that carries them, as 400 naming the field, with nothing saved:
 * Tasklist's submit-form, Camunda Modeler's start and a plain task completion.
 */
@WebIntegrationTest
class RestFormRefusalIT {

  private static final String DEFINITION = "/engine-rest/process-definition/key/serious-incident";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  private HttpSession notifier() {
    return HttpSession.basic(port, "notifier", "notifier");
  }

  private static Map<String, Object> startVariables(String pseudonym, LocalDate awareness) {
    Map<String, Object> variables = SeriousIncidentFixtures.restVariables(pseudonym);
    variables.put(CaseVariables.AWARENESS_DATE, Map.of("value", awareness.toString()));
    return variables;
  }

  private long casesOf(String pseudonym) {
    return historyService.createHistoricProcessInstanceQuery()
        .variableValueEquals(CaseVariables.CHILD_PSEUDONYM, pseudonym).count();
  }

  @Test
  void a_start_refused_by_the_form_is_a_bad_request_on_start_as_on_submit_form_and_nothing_starts() {
    Map<String, Object> body = Map.of("variables", startVariables("Child Wren", TODAY.plusDays(1)));

    for (String call : new String[] {"/submit-form", "/start"}) {
      Response refused = notifier().postJson(DEFINITION + call, body);
      assertThat(refused.status()).as(call + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("type").asText()).isEqualTo("FormRefused");
      // the form's own words, without Camunda's prefix naming the process definition by its id
      assertThat(refused.json().path("message").asText()).as(call)
          .startsWith("Please correct the form \"")
          .contains("\"Date the local authority became aware\" (awarenessDate) must not be in the future")
          .doesNotContain("serious-incident:");
      // each problem for Tasklist to show beside its field: the key, the label people see, what is wrong
      assertThat(refused.json().path("problems")).hasSize(1);
      assertThat(refused.json().path("problems").path(0).path("field").asText()).isEqualTo("awarenessDate");
      assertThat(refused.json().path("problems").path(0).path("label").asText())
          .isEqualTo("\"Date the local authority became aware\"");
      assertThat(refused.json().path("problems").path(0).path("message").asText())
          .startsWith("must not be in the future");
    }
    assertThat(casesOf("Child Wren")).isZero();

    Response started = notifier().postJson(DEFINITION + "/start",
        Map.of("variables", startVariables("Child Wren", TODAY.minusDays(1))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(casesOf("Child Wren")).isOne();
  }

  @Test
  void a_task_completion_refused_by_the_form_is_a_bad_request_and_the_task_stays_open_unchanged() {
    Response started = notifier().postJson(DEFINITION + "/start",
        Map.of("variables", startVariables("Child Robin", TODAY.minusDays(1))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseId = started.json().path("id").asText();
    Task task = taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey("Task_RecordPanelNotification").singleResult();

    Response refused = notifier().postJson("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", Map.of(
            CaseVariables.PANEL_NOTIFICATION_DATE, Map.of("value", TODAY.minusDays(2).toString()),
            CaseVariables.PANEL_REFERENCE, Map.of("value", "NOT-7"))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .contains("(panelNotificationDate) must not be before the date the local authority became aware");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(caseId, CaseVariables.PANEL_REFERENCE)).isNull();
  }

  @Test
  void other_errors_keep_camundas_own_answer() {
    Response unknown = notifier().postJson("/engine-rest/process-definition/key/no-such-process/start",
        Map.of("variables", Map.of()));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);

    Response badType = notifier().postJson(DEFINITION + "/start", Map.of("variables",
        Map.of(CaseVariables.AWARENESS_DATE, Map.of("value", "x", "type", "NoSuchType"))));
    assertThat(badType.status()).as(badType.body()).isEqualTo(400);
    assertThat(badType.json().path("type").asText()).isEqualTo("InvalidRequestException");
  }
}
