package uk.safeguarding.casereview.access.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.access.DemoUsers;
import uk.safeguarding.casereview.access.DemoUsers.DemoUser;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.access.gate.RestOperations.Operation;
import uk.safeguarding.casereview.support.DatabaseSnapshot;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Every write operation that Camunda's REST API describes, sent by every role but the administrator, over
 * HTTP Basic to {@code /engine-rest} and through a webapp session to {@code /camunda/api/engine}, aimed at a
 * real running case. A write that is not on the allow-list is refused with 403; one that is (a form
 * submission, a claim, a comment) is sent the way its role may not send it and is refused too; the queries
 * sent as POST answer without error. After each operation, by everyone, every table is as it was.
 */
@WebIntegrationTest
class WriteAllowListIT {

  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Map<String, Object> HOSTILE_FORM = Map.of("variables",
      Map.of("caseReference", Map.of("value", "CR-HACKED")));

  @LocalServerPort int port;
  @Autowired DemoUsers demoUsers;
  @Autowired WriteAllowList allowList;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;
  @Autowired DataSource dataSource;

  private final Map<String, String> targets = new LinkedHashMap<>();
  private String guardTask;

  @BeforeEach
  void aRunningCase() throws InterruptedException {
    Response started = HttpSession.basic(port, "notifier", "notifier").postJson(
        "/engine-rest/process-definition/key/serious-incident/submit-form",
        Map.of("variables", SeriousIncidentFixtures.restVariables("Child Heron")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(started.json().path("businessKey").asText())
        .processDefinitionKey("serious-incident").singleResult();
    for (int i = 0; i < 100 && managementService.createJobQuery().executable().count() > 0; i++) {
      Thread.sleep(100);
    }
    Task caseTask = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_RecordPanelNotification").singleResult();
    // a task for nobody in any role: what a claim, a hand-over or a comment by someone it is not for aims at
    Task guard = taskService.newTask();
    guard.setName("Nobody's task");
    guard.setAssignee("admin");
    taskService.saveTask(guard);
    taskService.addCandidateGroup(guard.getId(), Groups.ADMINISTRATORS);
    guardTask = guard.getId();

    targets.put("task", caseTask.getId());
    targets.put("process-instance", instance.getId());
    targets.put("execution", instance.getId());
    targets.put("job", managementService.createJobQuery().processInstanceId(instance.getId()).list().get(0).getId());
    targets.put("job-definition", managementService.createJobDefinitionQuery().list().get(0).getId());
    targets.put("process-definition", instance.getProcessDefinitionId());
    targets.put("deployment", repositoryService.getProcessDefinition(instance.getProcessDefinitionId())
        .getDeploymentId());
    targets.put("decision-definition", repositoryService.createDecisionDefinitionQuery().list().get(0).getId());
    targets.put("filter", filterService.createFilterQuery().list().get(0).getId());
    targets.put("user", "admin");
    targets.put("group", Groups.ADMINISTRATORS);
  }

  @Test
  void every_write_camunda_describes_is_refused_to_every_role_but_the_administrator_and_changes_nothing() {
    List<Operation> operations = RestOperations.writes();
    assertThat(operations).as("the OpenAPI description lists Camunda's writes").hasSizeGreaterThan(150);
    List<DemoUser> roles = demoUsers.users().stream().filter(user -> !user.groups().contains(Groups.ADMINISTRATORS))
        .toList();
    assertThat(roles).hasSize(15);
    Map<String, HttpSession> rest = new LinkedHashMap<>();
    Map<String, HttpSession> webapp = new LinkedHashMap<>();
    for (DemoUser role : roles) {
      rest.put(role.id(), HttpSession.basic(port, role.id(), role.id()));
      webapp.put(role.id(), HttpSession.webapp(port, role.groups().contains(Groups.AUDITORS) ? "cockpit" : "tasklist",
          role.id(), role.id()));
    }

    List<String> wrong = new ArrayList<>();
    int refused = 0;
    int queries = 0;
    for (Operation operation : operations) {
      String path = concrete(operation);
      WriteCheck check = allowList.find(new ApiCall(Api.ENGINE, operation.method(), path, Caller.ANONYMOUS, null))
          .map(match -> match.entry().check()).orElse(null);
      Object body = bodyFor(path);
      DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
      for (DemoUser role : roles) {
        for (Response response : List.of(rest.get(role.id()).json(operation.method(), "/engine-rest" + path, body),
            webapp.get(role.id()).json(operation.method(), WEBAPP_ENGINE + path, body))) {
          String problem = check == null
              ? response.status() == 403 && response.body().contains("\"Forbidden\"") ? null : "not refused with 403"
              : check == WriteCheck.QUERY ? response.status() < 500 ? null : "a query failed"
              : response.status() >= 400 && response.status() < 500 ? null : "not refused";
          if (problem != null) {
            wrong.add(operation + " as " + role.id() + ": " + problem + " (" + response.status() + " "
                + response.body().substring(0, Math.min(160, response.body().length())) + ")");
          }
          if (check == null) {
            refused++;
          } else if (check == WriteCheck.QUERY) {
            queries++;
          }
        }
      }
      List<String> changed = DatabaseSnapshot.of(dataSource).changedSince(before);
      if (!changed.isEmpty()) {
        wrong.add(operation + " changed " + changed);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(refused).as("refusals").isGreaterThan(operations.size() * roles.size());
    assertThat(queries).as("queries answered").isPositive();
  }

  /** The path with each parameter set to a real target: the running case, its task, its job, ... */
  private String concrete(Operation operation) {
    String resource = operation.path().split("/")[1];
    boolean work = operation.path().matches("/task/\\{id}/(claim|unclaim|assignee|comment/create)");
    Matcher parameter = PARAMETER.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String name = parameter.group(1);
      String value = switch (name) {
        case "id" -> work ? guardTask : targets.getOrDefault(resource, "unknown-" + resource);
        case "key" -> resource.startsWith("decision") ? "review-type-recommendation" : "serious-incident";
        case "varName" -> "awarenessDate";
        case "userId" -> "admin";
        case "groupId" -> Groups.ADMINISTRATORS;
        default -> "x";
      };
      parameter.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  private static Object bodyFor(String path) {
    if (path.endsWith("/submit-form") || path.endsWith("/complete") || path.endsWith("/start")) {
      return HOSTILE_FORM;
    }
    if (path.endsWith("/claim") || path.endsWith("/assignee")) {
      return Map.of("userId", "admin");
    }
    if (path.endsWith("/comment/create")) {
      return Map.of("message", "Planted");
    }
    if (path.endsWith("/credentials")) {
      return Map.of("password", "Hijacked-Pass-42!", "authenticatedUserPassword", "x");
    }
    return Map.of();
  }
}
