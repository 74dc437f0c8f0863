package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * A refused form is a person's mistake: one INFO line naming the case and the fields, not the value typed and
 * no stack trace. A real fault in the engine is still an ERROR with its stack trace.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedFormLogIT {

  private static final String DEFINITION = "/engine-rest/process-definition/key/serious-incident";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void a_refused_task_form_is_one_info_line_with_the_case_reference_and_no_stack_trace(CapturedOutput output) {
    HttpSession notifier = HttpSession.basic(port, "notifier", "notifier");
    Map<String, Object> variables = SeriousIncidentFixtures.restVariables("Child Linnet");
    variables.put(CaseVariables.AWARENESS_DATE, Map.of("value", TODAY.minusDays(1).toString()));
    Response started = notifier.postJson(DEFINITION + "/start", Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseId = started.json().path("id").asText();
    String reference = (String) engine.getRuntimeService().getVariable(caseId, CaseVariables.CASE_REFERENCE);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey("Task_RecordPanelNotification").singleResult();
    int before = output.getAll().length();

    Response refused = notifier.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of(
            CaseVariables.PANEL_NOTIFICATION_DATE, Map.of("value", TODAY.minusDays(2).toString()),
            CaseVariables.PANEL_REFERENCE, Map.of("value", "PANEL-TYPED-7"))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    String logged = output.getAll().substring(before);
    List<String> lines = logged.lines().filter(line -> line.contains("FormSubmissionCheck")).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains(" INFO ").contains("case " + reference)
        .contains("Task_RecordPanelNotification").contains("panelNotificationDate")
        .doesNotContain(TODAY.minusDays(2).toString()).doesNotContain("PANEL-TYPED-7");
    assertThat(logged).doesNotContain("ENGINE-16004").doesNotContain(" ERROR ")
        .doesNotContain("FormValidationException").doesNotContainPattern("(?m)^\\s+at ");
  }

  @Test
  void an_unexpected_failure_in_the_engine_is_still_an_error_with_its_stack_trace(CapturedOutput output) {
    int before = output.getAll().length();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
      throw new IllegalStateException("A fault made on purpose by this test");
    })).isInstanceOf(IllegalStateException.class);

    String logged = output.getAll().substring(before);
    assertThat(logged).containsPattern("ERROR .*ENGINE-16004")
        .contains("java.lang.IllegalStateException: A fault made on purpose by this test")
        .containsPattern("(?m)^\\s+at ");
  }
}
