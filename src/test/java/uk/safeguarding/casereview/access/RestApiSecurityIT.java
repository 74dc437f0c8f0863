package uk.safeguarding.casereview.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractMap.SimpleEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/** The REST API and the webapps' API as an attacker, Camunda Modeler and Tasklist use them. */
@WebIntegrationTest
class RestApiSecurityIT {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String INJECTION = "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass()}\"}]}";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;
  @Autowired AccessSetup accessSetup;

  @Test
  void the_rest_api_answers_401_without_credentials_or_with_a_wrong_password() {
    Response anonymous = HttpSession.anonymous(port).get("/engine-rest/process-definition/count");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

    // a wrong password delays that user's next login from this address (LoginThrottle), so use another user
    assertThat(HttpSession.basic(port, "referrer", "wrong").get("/engine-rest/process-definition/count").status())
        .isEqualTo(401);
    assertThat(HttpSession.basic(port, "member", "member").get("/engine-rest/process-definition/count").status())
        .isEqualTo(200);
  }

  private Response deployAsModelerDoes(HttpSession session, String name) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", name);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("deploy-changed-only", "false");
    Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
    files.put("modeler-check.bpmn", new SimpleEntry<>("modeler-check.bpmn", resource("modeler/modeler-check.bpmn")));
    files.put("modeler-check.form", new SimpleEntry<>("modeler-check.form", resource("modeler/modeler-check.form")));
    return session.postMultipart("/engine-rest/deployment/create", fields, files);
  }

  @Test
  void an_administrator_deploys_a_diagram_and_its_form_as_camunda_modeler_does() throws IOException {
    Response response = deployAsModelerDoes(HttpSession.basic(port, "admin", "admin"), "modeler-admin");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode deployment = response.json();
    assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
    assertThat(deployment.path("deployedProcessDefinitions").toString()).contains("\"key\":\"modeler-check\"");
    List<String> resources = repositoryService.getDeploymentResourceNames(deployment.path("id").asText());
    assertThat(resources).containsExactlyInAnyOrder("modeler-check.bpmn", "modeler-check.form");

    repositoryService.deleteDeployment(deployment.path("id").asText(), true);
  }

  @Test
  void a_committee_member_cannot_deploy_and_nothing_is_deployed() throws IOException {
    Response response = deployAsModelerDoes(HttpSession.basic(port, "member", "member"), "modeler-member");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("type").asText()).isEqualTo("Forbidden");
    assertThat(response.json().path("message").asText()).contains("POST /deployment/create",
        "Everything else is for administrators");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("modeler-member").count()).isZero();
  }

  @Test
  void the_engine_itself_would_evaluate_an_expression_in_an_or_query() {
    // why the guard exists: 7.24.0 checks only the top level of an ad hoc query for expressions
    List<Task> tasks = Authentication.as(identityService, "member", () -> taskService.createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").endOr().listPage(0, 10));
    assertThat(tasks).isNotNull();
  }

  @Test
  void an_expression_in_or_queries_is_refused_on_the_rest_api_for_every_user() {
    for (String user : List.of("member", "admin")) {
      Response response = HttpSession.basic(port, user, user).postJson("/engine-rest/task", INJECTION);
      assertThat(response.status()).as(user).isEqualTo(400);
      assertThat(response.json().path("message").asText())
          .isEqualTo("Expressions are not allowed in orQueries (found at orQueries[0].assigneeExpression).");
    }
    Response count = HttpSession.basic(port, "member", "member").postJson("/engine-rest/task/count",
        "{\"orQueries\":[{\"candidateGroupExpression\":\"${currentUserGroups()}\"}]}");
    assertThat(count.status()).isEqualTo(400);
  }

  @Test
  void an_expression_in_or_queries_is_refused_on_the_webapps_engine_api_while_tasklist_filters_work() {
    HttpSession tasklist = HttpSession.webapp(port, "tasklist", "member", "member");
    String filterId = filters.find(TasklistFilters.MY_GROUPS_TASKS).getId();

    Response direct = tasklist.postJson(ENGINE_API + "/task?firstResult=0&maxResults=15", INJECTION);
    assertThat(direct.status()).isEqualTo(400);
    Response throughFilter = tasklist.postJson(ENGINE_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        INJECTION);
    assertThat(throughFilter.status()).isEqualTo(400);
    assertThat(throughFilter.json().path("message").asText()).contains("orQueries[0].assigneeExpression");

    // what Tasklist itself sends: the filter list in pages of 2000, then a filter's tasks with sorting and paging
    Response listed = tasklist.get(ENGINE_API + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().findValuesAsText("name")).contains(TasklistFilters.MY_TASKS,
        TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE, TasklistFilters.DUE_SOON);
    Response tasks = tasklist.postJson(ENGINE_API + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}");
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
  }

  @Test
  void only_administrators_may_create_filters_because_stored_queries_run_expressions() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"Mine\",\"owner\":\"member\","
        + "\"query\":{\"assigneeExpression\":\"${currentUser()}\"},\"properties\":{}}";
    Response member = HttpSession.basic(port, "member", "member").postJson("/engine-rest/filter/create", filter);
    assertThat(member.status()).isEqualTo(403);

    Response admin = HttpSession.basic(port, "admin", "admin").postJson("/engine-rest/filter/create", filter);
    assertThat(admin.status()).isEqualTo(200);
    assertThat(filters.find("Mine")).isNull(); // owned by member: not a shared filter
  }

  @Test
  void the_first_run_setup_endpoint_is_blocked_even_when_camunda_admin_has_no_direct_member() {
    String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":"
        + "\"i@example.org\"},\"credentials\":{\"password\":\"Intrude-r-42!\"}}";
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).userId("admin").count())
        .isOne();

    // the vulnerable state: nobody is a direct member of camunda-admin
    identityService.deleteMembership("admin", Groups.ADMINISTRATORS);
    try {
      Response attack = HttpSession.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create",
          intruder);
      assertThat(attack.status()).isEqualTo(403);
      assertThat(attack.json().path("message").asText()).contains("first-run setup is disabled");
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      // the next start (here: the same setup run again) makes the administrator a direct member again
      accessSetup.afterSingletonsInstantiated();
    }
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).userId("admin").count())
        .isOne();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RestApiSecurityIT.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
