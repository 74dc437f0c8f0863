package uk.safeguarding.casereview.access.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;
import static uk.safeguarding.casereview.support.ReviewForms.involvedAgencies;
import static uk.safeguarding.casereview.support.TasklistClient.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * What was done to a case past its forms, tried again through Tasklist's own API: each is refused with a
 * message naming the field, and the case is as it was.
 */
@WebIntegrationTest
class SubmissionAttacksIT {

  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private CaseDriver watch;
  private String reference;

  @BeforeEach
  void aCaseWithAgencySummariesDue() {
    watch = CaseDriver.besideJobExecutor(engine);
    reference = TasklistClient.as(port, "notifier").start(ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Linnet", TODAY, TODAY));
    watch.awaitIdle(reference);
  }

  private static Map<String, Object> withExtra(Map<String, Object> form, String key, Object variable) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put(key, variable);
    return Map.of("variables", variables);
  }

  private Object caseVariable(String name) {
    return runtimeService.getVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult().getId(), name);
  }

  @Test
  void the_notifier_cannot_rewrite_the_awareness_date_through_its_own_task() {
    TasklistClient notifier = TasklistClient.as(port, "notifier");
    JsonNode task = notifier.task(reference, "Task_RecordPanelNotification");
    Response refused = notifier.session().postJson(engine("/task/" + task.path("id").asText() + "/submit-form"),
        withExtra(form("panelNotificationDate", TODAY, "panelReference", "NOT-1"), CaseVariables.AWARENESS_DATE,
            Map.of("value", "2026-99-99")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).isEqualTo("Please correct the form \"Record the Panel "
        + "notification\": \"awarenessDate\" is not a field of this form.");
    assertThat(caseVariable(CaseVariables.AWARENESS_DATE)).isEqualTo(TODAY);
    assertThat(taskService.createTaskQuery().taskId(task.path("id").asText()).count()).as("still open").isOne();
  }

  @Test
  void an_agency_lead_cannot_make_its_summary_count_as_another_agencys_and_then_submits_its_own() {
    TasklistClient.as(port, "notifier").complete(reference, "Task_RecordPanelNotification",
        form("panelNotificationDate", TODAY, "panelReference", "NOT-2"));
    watch.awaitIdle(reference);
    TasklistClient.as(port, "business").complete(reference, "Task_NameInvolvedAgencies",
        involvedAgencies("police", "health"));
    watch.awaitIdle(reference);
    TasklistClient police = TasklistClient.as(port, "lead.police");
    JsonNode task = police.task(reference, "Task_SubmitAgencySummary");
    String taskId = task.path("id").asText();

    Response refused = police.session().postJson(engine("/task/" + taskId + "/submit-form"),
        withExtra(agencySummary("ongoing"), CaseVariables.AGENCY_ID, Map.of("value", "health")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("\"agencyId\" is not a field of this form");
    assertThat(taskService.getVariable(taskId, CaseVariables.AGENCY_ID)).isEqualTo("police");

    police.complete(task, agencySummary("ongoing"));
    watch.awaitIdle(reference);
    assertThat(TasklistClient.as(port, "lead.health").tasks(reference, "Task_SubmitAgencySummary")).hasSize(1);
  }

  /** A referral waiting for the review group's screening, and a member of the group who may screen it. */
  private record Screening(String referral, TasklistClient member, JsonNode task) {
  }

  private Screening referralAtScreening() {
    String referral = TasklistClient.as(port, "referrer").start(ProcessKeys.CASE_REFERRAL, ReviewForms.referral());
    watch.awaitIdle(referral);
    TasklistClient member = TasklistClient.as(port, "member");
    return new Screening(referral, member, member.task(referral, "Task_ScreenReferral"));
  }

  @Test
  void a_field_the_form_hides_cannot_be_filled_in_past_it() {
    Screening screening = referralAtScreening();
    TasklistClient member = screening.member();
    JsonNode task = screening.task();
    Response refused = member.session().postJson(engine("/task/" + task.path("id").asText() + "/submit-form"),
        Map.of("variables", Map.of("screeningOutcome", Map.of("value", "learning-review"),
            "screeningRationale", Map.of("value", "Learning about information sharing."),
            "reviewingAgency", Map.of("value", "<img src=x> not-an-agency"),
            "agencyReviewDueOn", Map.of("value", "not-a-date"))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains(
        "(reviewingAgency) is hidden by the other answers; leave it out",
        "(agencyReviewDueOn) is hidden by the other answers; leave it out");
    assertThat(taskService.createTaskQuery().taskId(task.path("id").asText()).count()).as("still open").isOne();
  }

  @Test
  void learning_themes_are_only_the_configured_ones_as_a_list_and_only_where_the_form_asks_for_them() {
    Screening screening = referralAtScreening();
    TasklistClient member = screening.member();
    JsonNode task = screening.task();
    String submit = engine("/task/" + task.path("id").asText() + "/submit-form");
    Map<String, Object> review = Map.of("screeningOutcome", Map.of("value", "learning-review"),
        "screeningRationale", Map.of("value", "Learning about attendance."));
    Map<String, Object[]> attempts = new LinkedHashMap<>();
    attempts.put("one theme as text", new Object[] {review, Map.of("value", "neglect"), "(learningThemes) must be"});
    attempts.put("marked up", new Object[] {review, Map.of("type", "Json", "value", "[\"<img src=x>neglect\"]"),
        "(learningThemes) has choices that are not offered: <img src=x>neglect"});
    attempts.put("thousands", new Object[] {review, Map.of("type", "Json", "value", "[\"" + "x".repeat(5000) + "\"]"),
        "(learningThemes)"});
    attempts.put("no review", new Object[] {Map.of("screeningOutcome", Map.of("value", "no-action"),
        "screeningRationale", Map.of("value", "Known learning.")), Map.of("type", "Json", "value", "[\"neglect\"]"),
        "(learningThemes) is hidden by the other answers; leave it out"});
    for (Map.Entry<String, Object[]> attempt : attempts.entrySet()) {
      Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) attempt.getValue()[0]);
      variables.put(CaseVariables.LEARNING_THEMES, attempt.getValue()[1]);
      Response refused = member.session().postJson(submit, Map.of("variables", variables));
      assertThat(refused.status()).as(attempt.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).as(attempt.getKey())
          .contains((String) attempt.getValue()[2]);
    }
    // neither the auditor (kept out of Tasklist, so over the REST API) nor an agency lead may tag a review
    for (String outsider : List.of("auditor", "lead.police")) {
      Map<String, Object> variables = new LinkedHashMap<>(review);
      variables.put(CaseVariables.LEARNING_THEMES, Map.of("type", "Json", "value", "[\"neglect\"]"));
      assertThat(HttpSession.basic(port, outsider, outsider).postJson("/engine-rest/task/"
          + task.path("id").asText() + "/submit-form", Map.of("variables", variables)).status()).as(outsider)
          .isIn(403, 404);
    }

    assertThat(taskService.createTaskQuery().taskId(task.path("id").asText()).count()).as("still open").isOne();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(screening.referral())
        .singleResult().getId();
    assertThat(runtimeService.getVariable(instance, CaseVariables.LEARNING_THEMES)).isNull();
    member.complete(task, Map.of("screeningOutcome", "learning-review", "screeningRationale", "Learning.",
        CaseVariables.LEARNING_THEMES, ReviewForms.themes("neglect")));
    assertThat(runtimeService.getVariable(instance, CaseVariables.LEARNING_THEMES).toString())
        .isEqualTo("[\"neglect\"]");
  }

  @Test
  void writing_a_variable_past_the_form_is_refused_by_every_path_and_nothing_is_saved() {
    TasklistClient notifier = TasklistClient.as(port, "notifier");
    String taskId = notifier.task(reference, "Task_RecordPanelNotification").path("id").asText();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult().getId();
    Map<String, Object> longReference = Map.of("modifications",
        Map.of("panelReference", Map.of("value", "N".repeat(500))));
    Map<String, Object> notADate = Map.of("value", "not a date", "type", "String");

    for (Response response : new Response[] {
        notifier.session().postJson(engine("/task/" + taskId + "/variables"), longReference),
        notifier.session().postJson(engine("/task/" + taskId + "/localVariables"), longReference),
        notifier.session().putJson(engine("/task/" + taskId + "/variables/awarenessDate"), notADate),
        notifier.session().postJson(engine("/process-instance/" + instance + "/variables"), longReference),
        notifier.session().putJson(engine("/process-instance/" + instance + "/variables/awarenessDate"), notADate),
        notifier.session().putJson(engine("/execution/" + instance + "/localVariables/awarenessDate"), notADate)}) {
      assertThat(response.status()).as(response.body()).isEqualTo(403);
    }
    assertThat(caseVariable(CaseVariables.AWARENESS_DATE)).isEqualTo(TODAY);
    assertThat(caseVariable("panelReference")).isNull();
  }

  @Test
  void values_of_the_wrong_type_are_refused_naming_the_field_and_no_case_starts() {
    TasklistClient notifier = TasklistClient.as(port, "notifier");
    long cases = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).count();
    Map<String, Object[]> wrong = new LinkedHashMap<>();
    wrong.put("childPseudonym", new Object[] {Map.of("value", "[\"Child\"]", "type", "Json"), "must be text"});
    wrong.put("incidentSummary", new Object[] {Map.of("value", true), "must be text"});
    wrong.put("localAuthorityArea", new Object[] {Map.of("value", 12), "must be text"});
    wrong.put("numberOfChildren", new Object[] {Map.of("value", 1.5), "must be a whole number"});
    wrong.put("awarenessDate", new Object[] {Map.of("value", "{\"day\": 1}", "type", "Json"), "must be text"});
    for (Map.Entry<String, Object[]> attempt : wrong.entrySet()) {
      Map<String, Object> variables = new HashMap<>();
      SeriousIncidentFixtures.startForm("Child Linnet", TODAY, TODAY)
          .forEach((name, value) -> variables.put(name, Map.of("value", value)));
      variables.put(attempt.getKey(), attempt.getValue()[0]);
      Response refused = notifier.session().postJson(engine("/process-definition/key/serious-incident/submit-form"),
          Map.of("variables", variables));
      assertThat(refused.status()).as(attempt.getKey()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).as(attempt.getKey())
          .contains("(" + attempt.getKey() + ") " + attempt.getValue()[1]);
    }
    Map<String, Object> variables = new HashMap<>();
    SeriousIncidentFixtures.startForm("Child Linnet", TODAY, TODAY)
        .forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("numberOfChildren", Map.of("value", "2"));
    assertThat(notifier.session().postJson(engine("/process-definition/key/serious-incident/submit-form"),
        Map.of("variables", variables)).json().path("message").asText())
        .contains("(numberOfChildren) must be a number");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).count())
        .isEqualTo(cases);
  }
}
