package uk.safeguarding.casereview.access.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The side doors of the report: a deadline switched off by refused job executions, comments and signals from
 * read-only roles, a task handed to someone it is not for. Each is refused and costs the case nothing.
 */
@WebIntegrationTest
@TestPropertySource(properties = {"camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=500"})
class SideDoorsIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired MailOutbox outbox;

  private CaseDriver watch;
  private String reference;
  private String taskId;

  @BeforeEach
  void aCaseWaitingForItsPanelNotification() {
    EngineClock.setLondonTime(LocalDateTime.of(2027, 3, 1, 9, 0));
    watch = CaseDriver.besideJobExecutor(engine);
    reference = TasklistClient.as(port, "notifier").start(ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Dunnock", "2027-03-01", "2027-02-28"));
    watch.awaitIdle(reference);
    taskId = TasklistClient.as(port, "notifier").task(reference, "Task_RecordPanelNotification").path("id").asText();
  }

  @AfterEach
  void resetTheClock() {
    EngineClock.reset();
  }

  private Job reminder() {
    return managementService.createJobQuery().activityId("Event_PanelNotificationDueSoon").list().stream()
        .filter(job -> taskService.createTaskQuery().taskId(taskId).processInstanceId(job.getProcessInstanceId())
            .count() == 1).findFirst().orElseThrow();
  }

  @Test
  void refused_executions_of_a_reminder_cost_it_nothing_and_it_still_fires_on_its_day() {
    Job reminder = reminder();
    assertThat(reminder.getRetries()).isEqualTo(3);
    for (String user : List.of("auditor", "lead.police")) {
      HttpSession rest = HttpSession.basic(port, user, user);
      HttpSession webapp = HttpSession.webapp(port, "auditor".equals(user) ? "cockpit" : "tasklist", user, user);
      for (int attempt = 0; attempt < 3; attempt++) {
        assertThat(rest.postJson("/engine-rest/job/" + reminder.getId() + "/execute", "{}").status()).isEqualTo(403);
        assertThat(webapp.postJson(TasklistClient.engine("/job/" + reminder.getId() + "/execute"), "{}").status())
            .isEqualTo(403);
      }
      assertThat(rest.putJson("/engine-rest/job/" + reminder.getId() + "/retries", Map.of("retries", 0)).status())
          .isEqualTo(403);
      assertThat(rest.putJson("/engine-rest/job/" + reminder.getId() + "/duedate",
          Map.of("duedate", "2099-01-01T00:00:00.000+0000")).status()).isEqualTo(403);
    }
    Job after = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(3);
    assertThat(after.getDuedate()).isEqualTo(reminder.getDuedate());
    assertThat(managementService.createJobQuery().withException().count()).isZero();

    EngineClock.setLondonTime(LocalDateTime.ofInstant(reminder.getDuedate().toInstant(), ZoneId.of("Europe/London"))
        .plusMinutes(1));
    watch.awaitIdle(reference);
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).count()).as("it fired").isZero();
    assertThat(outbox.forCase(reference)).extracting(OutboxEntry::kind).contains("reminder");
  }

  @Test
  void read_only_roles_and_people_a_task_is_not_for_cannot_comment_signal_or_correlate() {
    HttpSession auditor = HttpSession.basic(port, "auditor", "auditor");
    HttpSession police = HttpSession.basic(port, "lead.police", "lead.police");
    Map<String, String> comment = Map.of("message", "Planted remark");
    assertThat(auditor.postJson("/engine-rest/task/" + taskId + "/comment/create", comment).status()).isEqualTo(403);
    assertThat(police.postJson("/engine-rest/task/" + taskId + "/comment/create", comment).status()).isEqualTo(403);
    assertThat(auditor.postJson("/engine-rest/signal", Map.of("name", "anything")).status()).isEqualTo(403);
    assertThat(auditor.postJson("/engine-rest/message", Map.of("messageName", "anything")).status()).isEqualTo(403);
    assertThat(HttpSession.webapp(port, "cockpit", "auditor", "auditor").putJson(TasklistClient.engine(
        "/process-instance/suspended"), Map.of("suspended", true)).status()).isEqualTo(403);
    assertThat(taskService.getTaskComments(taskId)).isEmpty();

    HttpSession notifier = HttpSession.basic(port, "notifier", "notifier");
    Response own = notifier.postJson("/engine-rest/task/" + taskId + "/comment/create", comment);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/comment/create",
        Map.of("message", "x".repeat(4001))).status()).isEqualTo(400);
    assertThat(taskService.getTaskComments(taskId)).extracting(comment1 -> comment1.getFullMessage())
        .containsExactly("Planted remark");
  }

  @Test
  void a_task_outside_any_case_takes_no_variables_from_anyone() {
    Task loose = taskService.newTask();
    loose.setName("A task outside any case");
    taskService.saveTask(loose);
    taskService.addCandidateGroup(loose.getId(), "la-notifier");
    Map<String, Object> planted = Map.of("variables", Map.of("awarenessDate", Map.of("value", "2026-01-01")));
    for (String user : List.of("notifier", "admin")) {
      Response refused = HttpSession.basic(port, user, user).postJson("/engine-rest/task/" + loose.getId()
          + "/submit-form", planted);
      assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).contains("it has no form, so it takes no variables");
    }
    assertThat(taskService.getVariables(loose.getId())).isEmpty();
  }

  @Test
  void people_change_their_own_password_and_nobody_elses_and_no_profile() {
    HttpSession police = HttpSession.basic(port, "partner.police", "partner.police");
    Map<String, String> change = Map.of("password", "Kestrel-Nest-2027!", "authenticatedUserPassword",
        "partner.police");
    assertThat(police.putJson("/engine-rest/user/lead.police/credentials", change).status()).isEqualTo(403);
    assertThat(police.putJson("/engine-rest/user/partner.police/profile", Map.of("id", "partner.police",
        "firstName", "P", "lastName", "L", "email", "attacker@evil.example")).status()).isEqualTo(403);
    assertThat(police.putJson("/engine-rest/user/partner.police/credentials", change).status()).isEqualTo(204);
    assertThat(HttpSession.basic(port, "partner.police", "Kestrel-Nest-2027!").get("/engine-rest/user/"
        + "partner.police/profile").json().path("email").asText()).isEqualTo("partner.police@demo.example.org");
    assertThat(HttpSession.basic(port, "lead.police", "lead.police").get("/engine-rest/task/count").status())
        .isEqualTo(200);
  }

  @Test
  void a_task_is_claimed_only_for_oneself_and_handed_only_to_a_member_of_its_groups() {
    HttpSession notifier = HttpSession.basic(port, "notifier", "notifier");
    assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "lead.police"))
        .status()).isEqualTo(403);
    assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "lead.police"))
        .status()).isEqualTo(403);
    assertThat(HttpSession.basic(port, "member", "member").postJson("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "member")).status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    for (String body : new String[] {"null", " ", "{}"}) {
      assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/assignee", body).status()).as(body)
          .isEqualTo(400);
    }
    assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "notifier")).status())
        .isEqualTo(204);
    assertThat(notifier.postJson("/engine-rest/task/" + taskId + "/unclaim", "{}").status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }
}
