package uk.safeguarding.casereview.engine.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.access.TasklistFilters;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.RequiredInCi;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The task query with the asker's grants looked up once ({@link TaskGrantsLookup}) finds, for every person and
 * every way of asking, exactly the tasks the engine's own statement finds, on PostgreSQL where it runs: the
 * shared filters, the REST API's kinds of query, paging and sorting (also by a variable, whose parameters come
 * after the grants'), grants on a task, on a process and on every task, a task outside any process, a CMMN
 * task (which the engine shows without a grant), a group id that reads like SQL, and a revoked grant. Both are
 * asked on the same data in one run.
 */
class TaskGrantsLookupIT {

  /** A signed-in person's query may not ask for an unbounded list (the engine's limit). */
  private static final int MAX = 500;
  private static final String CASE_MODEL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions "
      + "xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" targetNamespace=\"casereview-test\">"
      + "<case id=\"checklist\">"
      + "<casePlanModel id=\"plan\"><planItem id=\"item\" definitionRef=\"tick\"/><humanTask id=\"tick\" "
      + "name=\"Tick the checklist\"/></casePlanModel></case></definitions>";
  /** Bound as a parameter like every group id: it must find what the LA notifiers' group finds, nothing more. */
  private static final String SQL_LIKE = "directory.person";
  private static final List<String> SQL_LIKE_GROUPS = List.of(
      "x') AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')) OR 1=1 --?", "la-notifier");
  private static final String YESTERDAY = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();
  private static PostgresDatabase database;
  private static ConfigurableApplicationContext application;
  private static ProcessEngine engine;
  private static TaskGrantsLookup lookup;

  @BeforeAll
  static void casesInEveryState() throws Exception {
    RequiredInCi.require(PostgresDatabase.isReachable(), "PostgreSQL at 127.0.0.1:5432");
    database = PostgresDatabase.create("task_grants");
    application = new SpringApplicationBuilder(CaseReviewApplication.class).properties("server.port=0")
        .run(database.asDataSource());
    engine = application.getBean(ProcessEngine.class);
    lookup = application.getBean(TaskGrantsLookupPlugin.class).lookup();
    // CMMN is on in the engine (not used by the application): its tasks are shown without a grant
    engine.getRepositoryService().createDeployment().addString("checklist.cmmn", CASE_MODEL).deploy();
    engine.getCaseService().createCaseInstanceByKey("checklist");
    List<String> cases = new ArrayList<>();
    for (String child : List.of("Child Scarlet", "Child Heron", "Child Wren")) {
      cases.add(start(child));
    }
    awaitJobs();
    complete("notifier", cases.get(0), "Task_RecordPanelNotification", CaseDriver.form(
        CaseVariables.PANEL_NOTIFICATION_DATE, YESTERDAY, CaseVariables.PANEL_REFERENCE, "PANEL-1"));
    awaitJobs();
    complete("business", cases.get(0), "Task_NameInvolvedAgencies", ReviewForms.involvedAgencies("police", "health"));
    awaitJobs();
    grants();
  }

  @AfterAll
  static void stop() throws Exception {
    if (application != null) {
      application.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** Grants of every kind the join can meet, beyond the ones the application gives its groups. */
  private static void grants() {
    TaskService tasks = engine.getTaskService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    // a task outside any process, for the reviewer alone, read through a grant on its own id
    Task standalone = tasks.newTask();
    standalone.setName("Read the draft report");
    tasks.saveTask(standalone);
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "reviewer", standalone.getId(), Permissions.READ);
    // one case's Panel notification readable by the referrer through a grant on that task only
    Task one = tasks.createTaskQuery().taskDefinitionKey("Task_RecordPanelNotification").listPage(0, 1).get(0);
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "referrer", one.getId(), Permissions.READ);
    // every task, through a grant on '*' for one person
    grant(authorizations, Authorization.AUTH_TYPE_GRANT, "partner.icb", Authorization.ANY, Permissions.READ);
    // every task of one process, through a grant on the process definition's key
    Authorization process = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    process.setUserId("partner.police");
    process.setResource(Resources.PROCESS_DEFINITION);
    process.setResourceId("serious-incident");
    process.addPermission(ProcessDefinitionPermissions.READ_TASK);
    authorizations.saveAuthorization(process);
  }

  private static void grant(AuthorizationService service, int type, String user, String task, Permissions permission) {
    Authorization authorization = service.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(task);
    authorization.addPermission(permission);
    service.saveAuthorization(authorization);
  }

  @Test
  void every_person_finds_the_same_tasks_either_way_and_the_statements_were_rewritten() {
    long rewrittenBefore = lookup.rewritten();
    long leftAloneBefore = lookup.leftAlone();
    List<String> people = new ArrayList<>(engine.getIdentityService().createUserQuery().list().stream()
        .map(User::getId).toList());
    people.add(SQL_LIKE);
    for (String user : people) {
      for (Map.Entry<String, Function<TaskQuery, List<String>>> question : questions(user).entrySet()) {
        List<String> engineOwn = ask(user, false, question.getValue());
        List<String> lookedUpOnce = ask(user, true, question.getValue());
        assertThat(lookedUpOnce).as(user + " · " + question.getKey()).isEqualTo(engineOwn);
      }
    }
    assertThat(lookup.rewritten() - rewrittenBefore).as("task statements rewritten").isGreaterThan(200);
    assertThat(lookup.leftAlone() - leftAloneBefore).as("task statements of a shape not known").isZero();
    // the comparison means something: people see different tasks, the '*' grant everything; the CMMN task
    // everyone
    assertThat(visible("lead.police")).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_SubmitAgencySummary", "item");
    assertThat(visible("auditor")).extracting(Task::getName).containsExactly("Tick the checklist");
    assertThat(visible(SQL_LIKE)).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(
        ids(visible("notifier")));
    assertThat(visible("partner.police")).filteredOn(task -> task.getCaseExecutionId() == null)
        .hasSize((int) engine.getTaskService().createTaskQuery().processDefinitionKey("serious-incident").count())
        .hasSizeGreaterThan(1);
    assertThat(visible("referrer")).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_RecordPanelNotification", "item");
    assertThat(visible("reviewer")).extracting(Task::getName)
        .containsExactlyInAnyOrder("Read the draft report", "Tick the checklist");
    assertThat(visible("partner.icb")).hasSize((int) engine.getTaskService().createTaskQuery().count());
    assertThat(visible("notifier")).extracting(Task::getTaskDefinitionKey)
        .filteredOn("Task_RecordPanelNotification"::equals).hasSize(2);
  }

  @Test
  void a_revoked_grant_is_honoured_and_the_engine_statement_for_revokes_goes_as_it_was() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Task standalone = engine.getTaskService().createTaskQuery().taskName("Read the draft report").singleResult();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("partner.icb");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(standalone.getId());
    revoke.addPermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);
    try {
      long rewrittenBefore = lookup.rewritten();
      long leftAloneBefore = lookup.leftAlone();
      List<String> engineOwn = ask("partner.icb", false, query -> ids(query.listPage(0, MAX)));
      List<String> lookedUpOnce = ask("partner.icb", true, query -> ids(query.listPage(0, MAX)));
      assertThat(lookedUpOnce).isEqualTo(engineOwn).isNotEmpty();
      // with a revoke anywhere the engine checks grants in its WHERE clause instead: nothing of ours to do
      assertThat(lookup.rewritten()).isEqualTo(rewrittenBefore);
      assertThat(lookup.leftAlone()).isEqualTo(leftAloneBefore + 1);
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
    }
  }

  /** The ways Tasklist, the REST API and our code ask for tasks; each answer as ids in the order given. */
  private static Map<String, Function<TaskQuery, List<String>>> questions(String user) {
    Map<String, Function<TaskQuery, List<String>>> questions = new LinkedHashMap<>();
    FilterService filters = engine.getFilterService();
    TasklistFilters shared = application.getBean(TasklistFilters.class);
    for (String filter : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.OVERDUE, TasklistFilters.DUE_SOON)) {
      String id = shared.find(filter).getId();
      // the shared filters sort by due date alone: equal dates may come in either order (fewer than 15 here)
      questions.put(filter + " page", query -> ids(filters.listPage(id, 0, 15)).stream().sorted().toList());
      questions.put(filter + " count", query -> List.of(String.valueOf(filters.count(id))));
    }
    questions.put("all", query -> ids(query.orderByTaskId().asc().listPage(0, MAX)));
    questions.put("count", query -> List.of(String.valueOf(query.count())));
    questions.put("second page by due date", query -> ids(query.orderByDueDate().asc().orderByTaskId().asc()
        .listPage(1, 2)));
    List<String> groups = groups(user);
    questions.put("my groups'", query -> ids(query.taskCandidateGroupIn(groups).orderByTaskId().asc()
        .listPage(0, MAX)));
    questions.put("mine or my groups'", query -> ids(query.or().taskAssignee(user).taskCandidateUser(user)
        .endOr().orderByTaskId().asc().listPage(0, MAX)));
    questions.put("one process", query -> ids(query.processDefinitionKey("serious-incident").orderByTaskId().asc()
        .listPage(0, MAX)));
    questions.put("by name", query -> ids(query.taskNameLike("%Panel%").orderByTaskId().asc().listPage(0, MAX)));
    questions.put("by name, case-insensitive", query -> ids(query.orderByTaskNameCaseInsensitive().asc()
        .orderByTaskId().asc().listPage(0, MAX)));
    questions.put("sorted by a variable", query -> ids(query.orderByProcessVariable(CaseVariables.CASE_REFERENCE,
        ValueType.STRING).asc().orderByTaskId().asc().listPage(0, MAX)));
    questions.put("a variable like", query -> ids(query.processVariableValueLike(CaseVariables.CASE_REFERENCE, "%")
        .orderByTaskId().asc().listPage(0, MAX)));
    questions.put("a variable not '?'", query -> List.of(String.valueOf(query.processVariableValueNotEquals(
        CaseVariables.CASE_REFERENCE, "?").count())));
    questions.put("process or groups or name", query -> ids(query.or().processDefinitionKey("serious-incident")
        .taskCandidateGroupIn(groups).taskName("Tick the checklist").endOr().orderByTaskId().asc().listPage(0, MAX)));
    questions.put("a case reference like", query -> ids(query.processInstanceBusinessKeyLike("CR-%")
        .orderByTaskId().asc().listPage(0, MAX)));
    questions.put("no candidate groups", query -> ids(query.withoutCandidateGroups().orderByTaskId().asc()
        .listPage(0, MAX)));
    questions.put("the CMMN case's", query -> ids(query.caseDefinitionKey("checklist").listPage(0, MAX)));
    questions.put("involving me", query -> ids(query.taskInvolvedUser(user).orderByTaskId().asc().listPage(0, MAX)));
    return questions;
  }

  private static List<String> ask(String user, boolean lookedUpOnce, Function<TaskQuery, List<String>> question) {
    lookup.enabled(lookedUpOnce);
    try {
      return as(user, () -> question.apply(engine.getTaskService().createTaskQuery()));
    } catch (AuthorizationException refused) {
      // a filter the person may not use (the auditor has no Tasklist): refused the same either way
      return List.of("refused: " + refused.getMessage());
    } finally {
      lookup.enabled(true);
    }
  }

  private static List<Task> visible(String user) {
    return as(user, () -> engine.getTaskService().createTaskQuery().listPage(0, MAX));
  }

  /** As the person, with their groups; the made-up person with groups a directory could send. */
  private static <T> T as(String user, Supplier<T> action) {
    if (!SQL_LIKE.equals(user)) {
      return Authentication.as(engine.getIdentityService(), user, action);
    }
    engine.getIdentityService().setAuthentication(SQL_LIKE, SQL_LIKE_GROUPS);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static List<String> groups(String user) {
    if (SQL_LIKE.equals(user)) {
      return SQL_LIKE_GROUPS;
    }
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    return groups.isEmpty() ? List.of("no-group") : groups;
  }

  private static List<String> ids(List<?> items) {
    return items.stream().map(item -> ((Task) item).getId()).toList();
  }

  private static String start(String child) {
    FormService forms = engine.getFormService();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("serious-incident").latestVersion().singleResult().getId();
    return Authentication.as(engine.getIdentityService(), "notifier", () -> forms.submitStartForm(definition,
        SeriousIncidentFixtures.startForm(child, YESTERDAY, YESTERDAY))).getBusinessKey();
  }

  private static void complete(String user, String reference, String taskKey, Map<String, Object> form) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(taskKey).singleResult();
    IdentityService identity = engine.getIdentityService();
    Authentication.as(identity, user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private static void awaitJobs() throws InterruptedException {
    ManagementService management = engine.getManagementService();
    for (int i = 0; i < 300 && management.createJobQuery().executable().count() > 0; i++) {
      Thread.sleep(100);
    }
  }
}
