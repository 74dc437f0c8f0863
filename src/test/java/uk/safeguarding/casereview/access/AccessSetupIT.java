package uk.safeguarding.casereview.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/** Identity and access as the demo users meet them, applied from the access table at start-up. */
@WebIntegrationTest
class AccessSetupIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;
  @Autowired AccessSetup accessSetup;

  private boolean may(String user, Permission permission, Resource resource, String resourceId) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    return authorizationService.isUserAuthorized(user, groups, permission, resource, resourceId);
  }

  @Test
  void every_role_has_its_group_and_every_configured_agency_one_of_its_own() {
    assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
        .containsAll(Groups.ROLE_GROUPS)
        .contains("agency-children-social-care", "agency-police", "agency-health", "agency-education",
            "agency-probation");
    assertThat(identityService.createGroupQuery().groupId(Groups.REVIEW_GROUP).singleResult().getName())
        .isEqualTo("Case Review Committee");
  }

  @ParameterizedTest(name = "{0}: tasklist={1} cockpit={2} admin={3}")
  @CsvSource({
      "notifier, true, false, false",
      "member, true, false, false",
      "partner.police, true, false, false",
      "lead.police, true, false, false",
      "auditor, false, true, false",
      "business, true, true, false",
      "admin, true, true, true"})
  void each_role_opens_the_applications_it_needs(String user, boolean tasklist, boolean cockpit, boolean admin) {
    assertThat(may(user, ACCESS, APPLICATION, "tasklist")).isEqualTo(tasklist);
    assertThat(may(user, ACCESS, APPLICATION, "cockpit")).isEqualTo(cockpit);
    assertThat(may(user, ACCESS, APPLICATION, "admin")).isEqualTo(admin);
  }

  @Test
  void only_the_la_notifier_and_administrators_start_a_serious_incident() {
    assertThat(may("notifier", CREATE_INSTANCE, PROCESS_DEFINITION, "serious-incident")).isTrue();
    assertThat(may("admin", CREATE_INSTANCE, PROCESS_DEFINITION, "serious-incident")).isTrue();
    for (String user : List.of("member", "business", "lead.health", "auditor", "referrer")) {
      assertThat(may(user, CREATE_INSTANCE, PROCESS_DEFINITION, "serious-incident")).as(user).isFalse();
    }
  }

  @Test
  void any_professional_may_refer_a_case() {
    for (String user : List.of("referrer", "lead.police", "member", "business", "notifier", "partner.icb")) {
      assertThat(may(user, CREATE_INSTANCE, PROCESS_DEFINITION, "case-referral")).as(user).isTrue();
    }
    assertThat(may("auditor", CREATE_INSTANCE, PROCESS_DEFINITION, "case-referral")).isFalse();
  }

  @Test
  void only_auditors_the_business_unit_and_administrators_read_history_and_auditors_touch_no_task() {
    for (String user : List.of("auditor", "business", "admin")) {
      assertThat(may(user, READ_HISTORY, PROCESS_DEFINITION, "serious-incident")).as(user).isTrue();
      assertThat(may(user, UserOperationLogCategoryPermissions.READ, OPERATION_LOG_CATEGORY, "TaskWorker")).as(user)
          .isTrue();
    }
    for (String user : List.of("notifier", "member", "chair", "lead.police", "partner.la")) {
      assertThat(may(user, READ_HISTORY, PROCESS_DEFINITION, "serious-incident")).as(user).isFalse();
    }
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.AUDITORS).resourceType(TASK)
        .count()).isZero();
  }

  @Test
  void an_agency_lead_sees_only_their_own_agencys_tasks() {
    Task forPolice = taskService.newTask();
    forPolice.setName("Agency summary (police)");
    taskService.saveTask(forPolice);
    taskService.addCandidateGroup(forPolice.getId(), "agency-police");
    try {
      String query = "/engine-rest/task?firstResult=0&maxResults=50";
      assertThat(HttpSession.basic(port, "lead.police", "lead.police").get(query).json().findValuesAsText("id"))
          .contains(forPolice.getId());
      assertThat(HttpSession.basic(port, "lead.health", "lead.health").get(query).json().findValuesAsText("id"))
          .doesNotContain(forPolice.getId());
      assertThat(HttpSession.basic(port, "auditor", "auditor").get(query).json().findValuesAsText("id"))
          .doesNotContain(forPolice.getId());
    } finally {
      taskService.deleteTask(forPolice.getId(), true);
    }
  }

  @Test
  void the_shared_filters_are_readable_by_every_tasklist_group_but_not_by_auditors() {
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE,
        TasklistFilters.DUE_SOON)) {
      String id = filters.find(name).getId();
      for (String user : List.of("notifier", "member", "chair", "business", "partner.icb", "lead.education",
          "reviewer", "referrer")) {
        assertThat(may(user, READ, FILTER, id)).as(user + " reads " + name).isTrue();
      }
      assertThat(may("auditor", READ, FILTER, id)).as("auditor reads " + name).isFalse();
    }
  }

  @Test
  void an_older_deployments_filters_are_sorted_by_due_date_and_show_the_agency_after_the_next_start() {
    // as the filters were stored before issue 12: no order, no agency on the cards
    Filter older = filters.find(TasklistFilters.MY_GROUPS_TASKS);
    older.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks());
    older.setProperties(new java.util.HashMap<>(Map.of("priority", 2, "variables", List.of(
        Map.of("name", "caseReference", "label", "Case")))));
    filterService.saveFilter(older);

    accessSetup.afterSingletonsInstantiated();

    Filter updated = filters.find(TasklistFilters.MY_GROUPS_TASKS);
    assertThat(updated.getId()).isEqualTo(older.getId());
    assertThat(((TaskQueryImpl) updated.getQuery()).getOrderingProperties())
        .extracting(ordering -> ordering.getQueryProperty().getName(), ordering -> ordering.getDirection().getName())
        .containsExactly(tuple("DUE_DATE_", "asc"));
    assertThat(updated.getProperties().get("variables").toString()).contains("agencyName", "Agency");
  }

  @Test
  void applying_the_access_table_again_changes_nothing() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();
    long filterCount = filterService.createFilterQuery().count();

    accessSetup.afterSingletonsInstantiated();
    accessSetup.afterSingletonsInstantiated();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filterCount);
  }

  @Test
  void a_permission_removed_by_hand_is_restored_at_the_next_start() {
    var grant = authorizationService.createAuthorizationQuery().groupIdIn(Groups.AUDITORS)
        .resourceType(PROCESS_DEFINITION).resourceId("*").singleResult();
    grant.removePermission(READ_HISTORY);
    authorizationService.saveAuthorization(grant);
    assertThat(may("auditor", READ_HISTORY, PROCESS_DEFINITION, "serious-incident")).isFalse();

    accessSetup.afterSingletonsInstantiated();

    assertThat(may("auditor", READ_HISTORY, PROCESS_DEFINITION, "serious-incident")).isTrue();
  }
}
