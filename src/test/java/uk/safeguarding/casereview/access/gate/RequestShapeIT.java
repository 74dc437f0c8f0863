package uk.safeguarding.casereview.access.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Requests shaped to break the server rather than the case: too large, serialized Java, objects of Java
 * types, JSON nested past the parser's limit, a case reference or a starting point chosen by the sender.
 * Each is a 4xx naming what is wrong, for administrators too, never a 500, and no case starts.
 */
@WebIntegrationTest
class RequestShapeIT {

  private static final String START = "/engine-rest/process-definition/key/serious-incident/";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  private static Map<String, Object> startVariables() {
    return new HashMap<>(SeriousIncidentFixtures.restVariables("Child Plover"));
  }

  private Response start(String user, String endpoint, Map<String, Object> body) {
    return HttpSession.basic(port, user, user).postJson(START + endpoint, body);
  }

  private long cases() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).count();
  }

  @Test
  void a_megabyte_value_is_413_before_anything_reads_it() {
    Map<String, Object> variables = startVariables();
    variables.put("incidentSummary", Map.of("value", "x".repeat(1024 * 1024)));
    for (String user : List.of("notifier", "admin")) {
      Response refused = start(user, "submit-form", Map.of("variables", variables));
      assertThat(refused.status()).as(user).isEqualTo(413);
      assertThat(refused.json().path("message").asText()).contains("at most 256 KB");
    }
    assertThat(cases()).isZero();
  }

  @Test
  void serialized_java_objects_and_objects_of_java_types_are_refused() {
    Map<String, Object> serialized = startVariables();
    serialized.put("incidentSummary", Map.of("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object")));
    for (String user : List.of("notifier", "admin")) {
      Response refused = start(user, "submit-form", Map.of("variables", serialized));
      assertThat(refused.status()).as(user).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).startsWith("Serialized Java objects are not accepted");
    }
    Map<String, Object> javaType = startVariables();
    javaType.put("incidentSummary", Map.of("value", "{}", "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
    Response refused = start("notifier", "submit-form", Map.of("variables", javaType));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("(incidentSummary) must not carry valueInfo");
    assertThat(cases()).isZero();
  }

  @Test
  void json_nested_past_the_limit_and_malformed_json_are_400() {
    String deep = "{\"variables\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    for (String user : List.of("notifier", "admin")) {
      Response nested = HttpSession.basic(port, user, user).postJson(START + "submit-form", deep);
      assertThat(nested.status()).as(user).isEqualTo(400);
      assertThat(nested.json().path("message").asText()).contains("not valid JSON", "nesting depth");
      Response malformed = HttpSession.basic(port, user, user).postJson(START + "submit-form", "{\"variables\": {");
      assertThat(malformed.status()).as(user).isEqualTo(400);
      Response twice = HttpSession.basic(port, user, user).postJson(START + "submit-form",
          "{\"variables\": {}, \"variables\": {}}");
      assertThat(twice.status()).as(user).isEqualTo(400);
      assertThat(twice.json().path("message").asText()).contains("Duplicate field 'variables'");
    }
    assertThat(cases()).isZero();
  }

  @Test
  void a_case_reference_or_a_starting_point_cannot_be_chosen_by_the_sender() {
    Response key = start("notifier", "submit-form", Map.of("variables", startVariables(), "businessKey", "CR-2026-0001"));
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.json().path("message").asText()).contains("not businessKey (the case reference is given by "
        + "the process)");
    Response skipping = start("notifier", "start", Map.of("variables", startVariables(), "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordPanelNotification")),
        "skipCustomListeners", true));
    assertThat(skipping.status()).isEqualTo(400);
    assertThat(skipping.json().path("message").asText()).contains("startInstructions", "skipCustomListeners");

    Map<String, Object> hostile = startVariables();
    hostile.put("caseReference", Map.of("value", "CR-1999-0001"));
    Response administrator = start("admin", "start", Map.of("variables", hostile));
    assertThat(administrator.status()).as("a submission is exactly its form for administrators too").isEqualTo(400);
    assertThat(administrator.json().path("message").asText()).contains("\"caseReference\" is not a field of this form");
    assertThat(cases()).isZero();

    Response overridden = HttpSession.basic(port, "notifier", "notifier")
        .withHeader("X-HTTP-Method-Override", "DELETE").postJson("/engine-rest/task", "{}");
    assertThat(overridden.status()).isEqualTo(400);
  }
}
