package uk.safeguarding.casereview.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.benchmark.CaseRunner.Kind;

/**
 * What a whole case costs the database, against a minimal process with the same user tasks, people and forms,
 * with and without the same mail: statements, commits and inserted rows per case, where our statements go, and
 * how many cases four clients at once get through in a minute. The job executor is paused while it runs, so
 * that each case's async steps are run, and counted, by the client driving it.
 */
final class CaseCostBenchmark {

  private static final int CLIENTS = 4;
  private static final int CASES_PER_CLIENT = Integer.getInteger("benchmark.cost.cases-per-client", 5);
  private static final String PASSWORD = "Heron-Quarry-Tinsel-83!";

  private final ConfigurableApplicationContext app;
  private final ProcessEngine engine;
  private final AtomicInteger numbers = new AtomicInteger();

  CaseCostBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
    this.engine = app.getBean(ProcessEngine.class);
  }

  void run(Figures figures, int runs) throws Exception {
    people();
    MinimalProcess.deploy(engine, ShortestCase.steps());
    CaseRunner runner = new CaseRunner(engine);
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    jobExecutor.shutdown();
    try {
      for (Kind kind : Kind.values()) {
        // the first case of each kind fills the engine's caches (definitions, forms): not what a case costs
        runner.run(kind, pseudonym(), new SqlTally());
      }
      costs(figures, runs, runner);
      throughput(figures, runs, runner);
    } finally {
      jobExecutor.start();
    }
  }

  private void costs(Figures figures, int runs, CaseRunner runner) {
    Map<Kind, List<SqlTally>> tallies = new EnumMap<>(Kind.class);
    for (int run = 0; run < runs; run++) {
      for (Kind kind : Kind.values()) {
        SqlTally tally = new SqlTally();
        runner.run(kind, pseudonym(), tally);
        tallies.computeIfAbsent(kind, k -> new ArrayList<>()).add(tally);
        System.out.printf("  cost (%s): %d statements, %d commits, %d rows inserted%n", kind.label,
            tally.statements(), tally.commits(), tally.inserted());
      }
    }
    Figures.Table table = figures.table("A whole case in SQL: the shortest path (12 user tasks), counted per case");
    for (Kind kind : Kind.values()) {
      List<SqlTally> of = tallies.get(kind);
      Figures.figure(table, kind.label + ": statements", "stmts", values(of, SqlTally::statements), null);
      Figures.figure(table, kind.label + ": transactions committed", "commits", values(of, SqlTally::commits), null);
      Figures.figure(table, kind.label + ": rows inserted", "rows", values(of, SqlTally::inserted), null);
    }
    List<Double> ratio = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      ratio.add((double) tallies.get(Kind.OURS).get(run).statements()
          / tallies.get(Kind.MINIMAL_WITH_MAIL).get(run).statements());
    }
    Figures.figure(table, "our case / minimal with mail: statements", "x", ratio, "<= 2");
    table.notes().add(Breakdown.of(tallies.get(Kind.OURS).get(runs - 1),
        tallies.get(Kind.MINIMAL_WITH_MAIL).get(runs - 1), Integer.getInteger("benchmark.cost.breakdown", 15)));
    table.notes().add("Counted on the client's thread only: each form submitted as its person, then the case's"
        + " async steps (job executor paused); finding the task, mail delivery and the engine's polling are not.");
  }

  private void throughput(Figures figures, int runs, CaseRunner runner) throws Exception {
    Figures.Table table = figures.table("Whole cases with " + CLIENTS + " concurrent clients ("
        + CASES_PER_CLIENT + " cases each)");
    for (Kind kind : List.of(Kind.OURS, Kind.MINIMAL_WITH_MAIL, Kind.MINIMAL)) {
      List<Double> perMinute = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        perMinute.add(casesPerMinute(kind, runner));
      }
      Figures.figure(table, kind.label, "cases/min", perMinute, null);
    }
    table.notes().add("Each client walks whole cases one after another, running its case's async steps itself.");
  }

  private double casesPerMinute(Kind kind, CaseRunner runner) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        done.add(clients.submit(() -> {
          for (int i = 0; i < CASES_PER_CLIENT; i++) {
            runner.run(kind, pseudonym(), new SqlTally());
          }
        }));
      }
      for (Future<?> client : done) {
        client.get();
      }
      double minutes = (System.nanoTime() - start) / 60e9;
      double rate = CLIENTS * CASES_PER_CLIENT / minutes;
      System.out.printf("  throughput (%s): %.1f cases/min%n", kind.label, rate);
      return rate;
    } finally {
      clients.shutdownNow();
    }
  }

  private static List<Double> values(List<SqlTally> tallies, java.util.function.ToLongFunction<SqlTally> value) {
    return tallies.stream().map(tally -> (double) value.applyAsLong(tally)).toList();
  }

  private String pseudonym() {
    return "Child Benchmark " + numbers.incrementAndGet();
  }

  /** The people of the case, as an administrator sets them up in production: accounts with mail, and groups. */
  private void people() {
    IdentityService identity = engine.getIdentityService();
    ShortestCase.PEOPLE.forEach((id, groups) -> {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName("Benchmark");
        user.setLastName(id);
        user.setEmail(id + "@benchmark.example.org");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
      }
      for (String group : groups) {
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
          identity.createMembership(id, group);
        }
      }
    });
  }
}
