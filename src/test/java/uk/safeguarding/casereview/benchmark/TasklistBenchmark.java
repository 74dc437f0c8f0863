package uk.safeguarding.casereview.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.casereview.access.TasklistFilters;
import uk.safeguarding.casereview.engine.query.TaskGrantsLookup;
import uk.safeguarding.casereview.engine.query.TaskGrantsLookupPlugin;
import uk.safeguarding.casereview.support.PostgresDatabase;

/**
 * Tasklist at scale: the shared filters' page and count as an LA notifier (whose group has a task in every case),
 * a committee member and an agency's safeguarding lead, at 1,000 and 10,000 open cases and then with 1,000,000
 * historic task rows; at the largest size side by side without our indices, with them, and with the asker's
 * grants looked up once as well, with the plans of each.
 */
final class TasklistBenchmark {

  private static final String[] FILTERS = {TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
      TasklistFilters.OVERDUE, TasklistFilters.DUE_SOON};
  private static final Map<String, String> USERS = new LinkedHashMap<>();

  static {
    USERS.put("LA notifier", BenchCases.NOTIFIER);
    USERS.put("committee member", BenchCases.MEMBER);
    USERS.put("police lead", BenchCases.POLICE_LEAD);
  }

  // sizes as the issue asks; smaller ones (-Dtasklist.sizes=1000,3000,100000) for trying the benchmark out
  private static final int[] SIZES = java.util.Arrays.stream(System.getProperty("tasklist.sizes",
      "1000,10000,1000000").split(",")).mapToInt(Integer::parseInt).toArray();

  // the data of an earlier run kept with -Dbenchmark.keep=true: only the side-by-side comparison at full size
  private static final String REUSE = System.getProperty("tasklist.reuse");

  private final int smtpPort;

  TasklistBenchmark(int smtpPort) {
    this.smtpPort = smtpPort;
  }

  void run(Figures figures) throws Exception {
    try (PostgresDatabase database = REUSE == null ? PostgresDatabase.create("benchmark-tasklist")
        : PostgresDatabase.existing(REUSE);
         // plain HTTP on loopback: cookies marked Secure would never come back, the server's work is the same
         ConfigurableApplicationContext app = BenchmarkApplication.start(database, smtpPort,
             "server.servlet.session.cookie.secure=false", "camunda.bpm.webapp.csrf.enable-secure-cookie=false",
             "camunda.bpm.webapp.session-cookie.enable-secure-cookie=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      DataSource dataSource = app.getBean(DataSource.class);
      SqlCapture capture = SqlCapture.install((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
      QueryPlans plans = new QueryPlans(dataSource);
      long historic = REUSE == null ? makeData(figures, app, plans) : new JdbcTemplate(dataSource)
          .queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null", Long.class);
      // side by side on the same data: the engine's own task statements without and with our indices, then
      // with the asker's grants looked up once as well (as the application runs)
      TaskGrantsLookup lookup = app.getBean(TaskGrantsLookupPlugin.class).lookup();
      lookup.enabled(false);
      plans.drop();
      String largest = String.format(Locale.UK, "Tasklist at %,d open cases + %,d historic tasks", SIZES[1], historic);
      Figures.Table without = figures.table(largest + ", the engine's own task statements, WITHOUT "
          + String.join(", ", plans.names()));
      without.notes().addAll(explainAll(capture, app));
      measure(without, app);
      plans.create();
      Figures.Table indexed = figures.table(largest + ", the engine's own task statements, with our indices and "
          + "statistics (db/engine)");
      indexed.notes().addAll(explainAll(capture, app));
      measure(indexed, app);
      lookup.enabled(true);
      Figures.Table shipped = figures.table(largest + ", with our indices and statistics and the asker's grants "
          + "looked up once (TaskGrantsLookup): as the application runs");
      shipped.notes().addAll(explainAll(capture, app));
      measure(shipped, app);
    }
  }

  /** The open cases at each size, measured as they grow, then the historic task rows; how many of those. */
  private long makeData(Figures figures, ConfigurableApplicationContext app, QueryPlans plans) throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    DataSource dataSource = app.getBean(DataSource.class);
    BenchCases cases = new BenchCases(engine);
    cases.createUsers();
    Figures.Table generation = figures.table("Tasklist: making the data");

    long start = System.nanoTime();
    cases.growTo(SIZES[0]);
    plans.analyze();
    seconds(generation, String.format(Locale.UK, "%,d open cases through the engine's API (4 threads)",
        SIZES[0]), start);
    measure(figures.table(String.format(Locale.UK, "Tasklist at %,d open cases", SIZES[0])), app);

    start = System.nanoTime();
    cases.growTo(SIZES[1]);
    plans.analyze();
    seconds(generation, String.format(Locale.UK, "%,d more open cases (4 threads)", SIZES[1] - SIZES[0]), start);
    measure(figures.table(String.format(Locale.UK, "Tasklist at %,d open cases", SIZES[1])), app);

    start = System.nanoTime();
    int added = HistoricTasks.add(dataSource, SIZES[2]);
    plans.analyze();
    seconds(generation, String.format(Locale.UK, "%,d historic task rows (bulk SQL copy)", added), start);
    generation.notes().add("Open cases are real: started from the start form as the LA notifier, every 10th "
        + "walked to the agency summaries, every 20th to the rapid review meeting. The historic task "
        + "rows are copies of the engine's own ACT_HI_TASKINST rows with new ids, completed, dated up to 3 "
        + "years back (bulk SQL). This machine's PostgreSQL runs without autovacuum, so the benchmark runs "
        + "ANALYZE after each step, as autovacuum would.");
    return added;
  }

  private void measure(Figures.Table table, ConfigurableApplicationContext app) {
    int port = BenchmarkApplication.port(app);
    TasklistFilters filters = app.getBean(TasklistFilters.class);
    for (Map.Entry<String, String> user : USERS.entrySet()) {
      TasklistRequests requests = new TasklistRequests(port, user.getValue(), BenchCases.PASSWORD);
      for (String filter : FILTERS) {
        String id = filters.find(filter).getId();
        add(table, user.getKey() + " · " + filter + " · page", requests.list(id));
        add(table, user.getKey() + " · " + filter + " · count", requests.count(id));
      }
    }
    table.notes().add("Each line: " + TasklistRequests.REQUESTS + " requests after " + TasklistRequests.WARM_UP
        + " to warm up (a slow one fewer: n= says how many, at least " + TasklistRequests.AT_LEAST + " or "
        + TasklistRequests.BUDGET_NANOS / 1_000_000_000 + " s), one after another over HTTP with a webapp login; "
        + "page = POST filter/{id}/list (15 tasks, HAL with count and card variables, due date ascending), "
        + "count = GET filter/{id}/count. (n) = tasks.");
  }

  private static void add(Figures.Table table, String name, TasklistRequests.Timings timings) {
    String label = name + " (" + (timings.items() < 0 ? "TIMED OUT after " + timings.millis().get(0) / 1000 + " s"
        : timings.items()) + (timings.millis().size() < TasklistRequests.REQUESTS
        ? ", n=" + timings.millis().size() : "") + ")";
    System.out.printf("  tasklist: %s p50 %.0f p95 %.0f ms%n", label, timings.percentile(50), timings.percentile(95));
    Figures.figure(table, label + " p50", "ms", List.of(round(timings.percentile(50))), null);
    Figures.figure(table, label + " p95", "ms", List.of(round(timings.percentile(95))), "<= 100 ms");
    Figures.figure(table, label + " p99", "ms", List.of(round(timings.percentile(99))), null);
  }

  /** The plans of the task query and count the engine sent for the LA notifier's and the member's filters. */
  private List<String> explainAll(SqlCapture capture, ConfigurableApplicationContext app) throws Exception {
    int port = BenchmarkApplication.port(app);
    TasklistFilters filters = app.getBean(TasklistFilters.class);
    QueryPlans plans = new QueryPlans(app.getBean(DataSource.class));
    List<String> notes = new ArrayList<>();
    for (String user : List.of(BenchCases.NOTIFIER, BenchCases.MEMBER)) {
      TasklistRequests requests = new TasklistRequests(port, user, BenchCases.PASSWORD);
      for (String filter : FILTERS) {
        capture.on(true);
        requests.once(filters.find(filter).getId());
        capture.on(false);
        for (String statement : List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
          String sql = capture.last(statement);
          if (sql != null) {
            notes.add("-- " + user + " · " + filter + " · " + statement + ":\n" + sql + "\n"
                + String.join("\n", plans.explain(sql)));
          }
        }
      }
    }
    return notes;
  }

  private static void seconds(Figures.Table table, String name, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("  tasklist: %s in %.1f s%n", name, seconds);
    Figures.figure(table, name, "s", List.of(Math.round(seconds * 10) / 10.0), null);
  }

  private static double round(double millis) {
    return Math.round(millis * 10) / 10.0;
  }
}
