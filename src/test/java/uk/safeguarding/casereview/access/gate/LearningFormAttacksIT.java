package uk.safeguarding.casereview.access.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The learning's forms over Tasklist's own API, as an attacker with a login would try them: extra keys, wrong
 * types, dates to come, huge values, another group's task. Each is refused naming the field and nothing is
 * saved; the business unit's own answer, markup and all, is then kept as the text it is.
 */
@WebIntegrationTest
class LearningFormAttacksIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private static Map<String, Object> activity(Object spreadOn, Object audience, Object reached) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("activity", "learning-event");
    entry.put("spreadOn", spreadOn);
    entry.put("audience", audience);
    entry.put("reached", reached);
    return entry;
  }

  @Test
  void the_learning_spread_is_recorded_only_by_the_business_unit_and_only_as_its_form_asks() {
    String reference = "CR-LEARN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Map<String, Object> plan = new HashMap<>(CaseDriver.caseLabels(reference, "Child Stonechat"));
    plan.put(CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(ReviewForms.recommendation(
        "Follow up missed appointments.", "police", "partner-police", TODAY.plusMonths(3).toString())));
    engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, reference, plan);
    TasklistClient business = TasklistClient.as(port, "business");
    JsonNode task = business.task(reference, "Task_RecordLearningSpread");
    String today = TODAY.toString();

    Map<String, Map<String, Object>> attempts = new LinkedHashMap<>();
    attempts.put("\"actionPlan\" is not a field", form("spreadActivities",
        CaseDriver.json(List.of(activity(today, "Teams", 5))), "actionPlan", "[]"));
    attempts.put("reached", form("spreadActivities", CaseDriver.json(List.of(activity(today, "Teams", "many")))));
    attempts.put("must not be in the future", form("spreadActivities",
        CaseDriver.json(List.of(activity(TODAY.plusDays(1).toString(), "Teams", 5)))));
    attempts.put("audience", form("spreadActivities",
        CaseDriver.json(List.of(activity(today, "x".repeat(300), 5)))));
    attempts.put("(spreadActivities) must be at most", form("spreadActivities",
        CaseDriver.json(List.of(activity(today, "x".repeat(5000), 5)))));
    attempts.put("spreadActivities", form("spreadActivities", "a briefing"));
    for (Map.Entry<String, Map<String, Object>> attempt : attempts.entrySet()) {
      HttpSession.Response refused = business.submit(task, attempt.getValue());
      assertThat(refused.status()).as(attempt.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).as(attempt.getKey()).contains(attempt.getKey());
    }
    // the review group's member, an agency's lead and the auditor may not record it for the business unit
    Map<String, Object> fair = form("spreadActivities", CaseDriver.json(List.of(activity(today, "Teams", 5))));
    assertThat(TasklistClient.as(port, "member").submit(task, fair).status()).isIn(403, 404);
    for (String outsider : List.of("lead.police", "auditor")) {
      assertThat(HttpSession.basic(port, outsider, outsider).postJson("/engine-rest/task/"
          + task.path("id").asText() + "/submit-form", Map.of("variables", TasklistClient.variables(fair)))
          .status()).as(outsider).isIn(403, 404);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.path("id").asText()).count()).isOne();
    String learning = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.LEARNING_SPREAD).singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(learning, "spreadActivities")).isNull();

    business.complete(task, form("spreadActivities", CaseDriver.json(List.of(
        activity(today, "<b>Health visitors</b>", 40)))));
    assertThat(engine.getRuntimeService().getVariable(learning, "spreadActivities").toString())
        .contains("<b>Health visitors</b>").contains("40");
  }
}
