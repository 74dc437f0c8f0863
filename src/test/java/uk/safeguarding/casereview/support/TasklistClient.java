package uk.safeguarding.casereview.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person in Tasklist, through the same REST calls Tasklist makes: a webapp login (session cookie and CSRF
 * token), the tasks their groups may see, and forms submitted as Tasklist submits them (lists and entries of
 * dynamic lists as JSON text of type Json, everything else as a plain value).
 */
public final class TasklistClient {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String user;
  private final HttpSession session;

  private TasklistClient(String user, HttpSession session) {
    this.user = user;
    this.session = session;
  }

  /** Logs in to Tasklist with a demo user, whose password is the user id. */
  public static TasklistClient as(int port, String user) {
    return new TasklistClient(user, HttpSession.webapp(port, "tasklist", user, user));
  }

  /** The signed-in session, for calls Tasklist would not make. */
  public HttpSession session() {
    return session;
  }

  /** Tasklist's path to the engine's REST API. */
  public static String engine(String path) {
    return ENGINE + path;
  }

  /** Starts a case from its start form; answers the case reference it was given. */
  public String start(String processKey, Map<String, Object> form) {
    HttpSession.Response started = session.postJson(ENGINE + "/process-definition/key/" + processKey
        + "/submit-form", Map.of("variables", variables(form)));
    assertThat(started.status()).as(user + " starts " + processKey + ": " + started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  /** The tasks of that activity in the case that this person's groups may see, oldest first. */
  public List<JsonNode> tasks(String caseReference, String taskKey) {
    HttpSession.Response found = session.get(ENGINE + "/task?processInstanceBusinessKey="
        + URLEncoder.encode(caseReference, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + taskKey
        + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=50");
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    found.json().forEach(tasks::add);
    return tasks;
  }

  /** The one task of that activity this person may see in the case. */
  public JsonNode task(String caseReference, String taskKey) {
    List<JsonNode> tasks = tasks(caseReference, taskKey);
    assertThat(tasks).as(user + " sees one " + taskKey + " in " + caseReference).hasSize(1);
    return tasks.get(0);
  }

  /** Submits the task's form; the response as the server gave it (204 when accepted). */
  public HttpSession.Response submit(JsonNode task, Map<String, Object> form) {
    return session.postJson(ENGINE + "/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables(form)));
  }

  public void complete(JsonNode task, Map<String, Object> form) {
    HttpSession.Response submitted = submit(task, form);
    assertThat(submitted.status()).as(user + " completes " + task.path("name").asText() + ": " + submitted.body())
        .isEqualTo(204);
  }

  public void complete(String caseReference, String taskKey, Map<String, Object> form) {
    complete(task(caseReference, taskKey), form);
  }

  /** A form as the REST API takes it: {"name": {"value": ...}}. */
  public static Map<String, Object> variables(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, variable(value)));
    return variables;
  }

  private static Map<String, Object> variable(Object value) {
    Object plain = CaseDriver.plain(value);
    if (plain instanceof Collection<?> || plain instanceof Map<?, ?>) {
      try {
        return Map.of("type", "Json", "value", JSON.writeValueAsString(plain));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", plain);
    return variable;
  }
}
