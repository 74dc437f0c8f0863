package uk.safeguarding.casereview.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.engine.collision.CollisionRetryPlugin;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.RequiredInCi;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The collision people met: the notifier completes the Panel notification while the case's own background
 * step (telling the partners) runs on the same case. Here on PostgreSQL the two are made to overlap exactly:
 * the notifier's completion has read the case and waits while the background step commits, then goes on and
 * collides. The server runs it again and the notifier sees success, not a 500; nothing is done twice.
 */
class CollisionOnPostgresIT {

  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

  private PostgresDatabase database;
  private ConfigurableApplicationContext application;

  @BeforeEach
  void start() throws Exception {
    RequiredInCi.require(PostgresDatabase.isReachable(), "PostgreSQL at 127.0.0.1:5432");
    database = PostgresDatabase.create("collision");
    // the test decides when the background step runs
    application = new SpringApplicationBuilder(CaseReviewApplication.class, PausedCompletion.class)
        .properties("server.port=0", "camunda.bpm.job-execution.enabled=false").run(database.asDataSource());
  }

  @AfterEach
  void stop() throws Exception {
    PausedCompletion.ARMED.set(false);
    if (application != null) {
      application.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void a_completion_that_collides_with_the_case_background_step_is_run_again_and_succeeds() throws Exception {
    int port = ((WebServerApplicationContext) application).getWebServer().getPort();
    HttpSession notifier = HttpSession.basic(port, "notifier", "notifier");
    Response started = notifier.postJson("/engine-rest/process-definition/key/serious-incident/submit-form",
        Map.of("variables", SeriousIncidentFixtures.restVariables("Child Wagtail")));
    String reference = started.json().path("businessKey").asText();
    String instance = started.json().path("id").asText();
    ManagementService management = application.getBean(ManagementService.class);
    Job tellPartners = management.createJobQuery().processInstanceId(instance).activityId("Task_TellPartners")
        .singleResult();
    Response tasks = notifier.get("/engine-rest/task?processInstanceId=" + instance + "&firstResult=0&maxResults=10");
    assertThat(tasks.json().size()).as(started.body() + " / " + tasks.body()).isOne();
    String taskId = tasks.json().get(0).path("id").asText();

    PausedCompletion.ARMED.set(true);
    CompletableFuture<Response> completion = CompletableFuture.supplyAsync(() -> notifier.postJson(
        "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(
            "panelNotificationDate", Map.of("value", TODAY), "panelReference", Map.of("value", "NOT-77")))));
    assertThat(PausedCompletion.PAUSED.await(20, TimeUnit.SECONDS)).as("the completion has read the case").isTrue();
    management.executeJob(tellPartners.getId());
    PausedCompletion.GO_ON.countDown();

    Response answer = completion.get(30, TimeUnit.SECONDS);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(application.getBean(CollisionRetryPlugin.class).retries()).as("it collided and ran again")
        .isPositive();
    HistoryService history = application.getBean(HistoryService.class);
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_RecordPanelNotification").finished().count()).isOne();
    List<OutboxEntry> partnerMail = application.getBean(MailOutbox.class).forCase(reference).stream()
        .filter(row -> row.recipient().startsWith("partner.la")).toList();
    assertThat(partnerMail).as("the partners were told once").hasSize(1);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("panelReference").singleResult().getValue()).isEqualTo("NOT-77");
  }

  /** Test-only: holds the first completion of the Panel notification until the test lets it go on. */
  @Configuration(proxyBeanMethods = false)
  static class PausedCompletion {

    static final AtomicBoolean ARMED = new AtomicBoolean();
    static final CountDownLatch PAUSED = new CountDownLatch(1);
    static final CountDownLatch GO_ON = new CountDownLatch(1);

    @Bean
    AbstractProcessEnginePlugin pauseTheFirstCompletion() {
      TaskListener pause = task -> {
        if (ARMED.compareAndSet(true, false)) {
          PAUSED.countDown();
          try {
            GO_ON.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
              if ("Task_RecordPanelNotification".equals(activity.getId())
                  && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, pause);
              }
            }
          });
        }
      };
    }
  }
}
