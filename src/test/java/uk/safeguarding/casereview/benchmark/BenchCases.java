package uk.safeguarding.casereview.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * Synthetic open cases made through the engine's own API, as people make them: serious incidents started from
 * their start form by an LA notifier, some walked on by the business unit and the agencies, so that the
 * runtime rows, identity links, authorizations and history are the engine's own. Pseudonyms only.
 */
final class BenchCases {

  static final String PASSWORD = BenchmarkApplication.ADMIN_PASSWORD;
  static final String NOTIFIER = "bench.notifier";
  static final String MEMBER = "bench.member";
  static final String POLICE_LEAD = "bench.police";
  private static final String BUSINESS = "bench.business";
  private static final String HEALTH_LEAD = "bench.health";
  private static final int THREADS = 4;

  private final ProcessEngine engine;
  private final String[] references = new String[100_000];
  private int made;

  BenchCases(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The people of the benchmark, made as an administrator makes them in Admin (production has no demo users). */
  void createUsers() {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(BenchmarkApplication.ADMIN, List.of(Groups.ADMINISTRATORS));
    try {
      for (String[] person : new String[][] {{NOTIFIER, Groups.LA_NOTIFIERS}, {MEMBER, Groups.REVIEW_GROUP},
          {POLICE_LEAD, "agency-police"}, {BUSINESS, Groups.BUSINESS_UNIT}, {HEALTH_LEAD, "agency-health"}}) {
        User user = identity.newUser(person[0]);
        user.setFirstName("Bench");
        user.setLastName(person[0].substring(6));
        user.setEmail(person[0] + "@bench.example.org");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(person[0], person[1]);
      }
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Grows the open cases to {@code total}: every case is started by the LA notifier (a Panel notification task
   * for la-notifier); every 10th has its notification recorded and police and health named by the business unit
   * (an agency summary task each); every 20th has both summaries in (the rapid review meeting for review-group).
   */
  void growTo(int total) throws Exception {
    int from = made;
    parallel(from, total, i -> start(i));
    awaitJobs();
    parallel(from, total, i -> {
      if (i % 10 == 0) {
        complete(NOTIFIER, "Task_RecordPanelNotification", i, null, CaseDriver.form(
            CaseVariables.PANEL_NOTIFICATION_DATE, yesterday(), CaseVariables.PANEL_REFERENCE, "BENCH-" + i));
      }
    });
    awaitJobs();
    parallel(from, total, i -> {
      if (i % 10 == 0) {
        complete(BUSINESS, "Task_NameInvolvedAgencies", i, null, ReviewForms.involvedAgencies("police", "health"));
      }
    });
    awaitJobs();
    parallel(from, total, i -> {
      if (i % 20 == 0) {
        complete(POLICE_LEAD, "Task_SubmitAgencySummary", i, "agency-police", ReviewForms.agencySummary("ongoing"));
        complete(HEALTH_LEAD, "Task_SubmitAgencySummary", i, "agency-health", ReviewForms.agencySummary("limited"));
      }
    });
    awaitJobs();
    made = total;
  }

  private static String yesterday() {
    return LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();
  }

  static String pseudonym(int i) {
    return String.format("Child Bench-%05d", i + 1);
  }

  private void start(int i) {
    String yesterday = yesterday();
    FormService forms = engine.getFormService();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("serious-incident").latestVersion().singleResult().getId();
    references[i] = Authentication.as(engine.getIdentityService(), NOTIFIER, () -> forms.submitStartForm(definition,
        SeriousIncidentFixtures.startForm(pseudonym(i), yesterday, yesterday))).getBusinessKey();
  }

  private void complete(String user, String taskKey, int i, String group, Map<String, Object> form) {
    TaskService tasks = engine.getTaskService();
    var query = tasks.createTaskQuery().taskDefinitionKey(taskKey).processInstanceBusinessKey(references[i]);
    if (group != null) {
      query.taskCandidateGroup(group);
    }
    Task task = query.singleResult();
    if (task == null) {
      throw new IllegalStateException("No " + taskKey + " for " + pseudonym(i));
    }
    Authentication.as(engine.getIdentityService(), user, () -> engine.getFormService()
        .submitTaskForm(task.getId(), form));
  }

  /** The engine's async steps (recording summaries) run by the application's job executor. */
  private void awaitJobs() throws InterruptedException {
    ManagementService management = engine.getManagementService();
    while (management.createJobQuery().executable().count() > 0) {
      Thread.sleep(200);
    }
  }

  private static void parallel(int from, int to, IntConsumer work) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = from + t;
        done.add(threads.submit(() -> {
          for (int i = first; i < to; i += THREADS) {
            work.accept(i);
          }
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdown();
    }
  }
}
