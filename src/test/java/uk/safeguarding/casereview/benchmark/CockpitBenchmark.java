package uk.safeguarding.casereview.benchmark;

import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ClosedCase;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The auditors' Cockpit pages at 10 years of history of a large partnership: that many years of closed cases are
 * walked through the engine day by day on its clock (serious incidents through a rapid review to no further
 * review, referrals screened to no further action), so every history row is real. Then, as the auditor over
 * HTTP: the case search, a whole case's history, and the timeliness report of one year. Its own application,
 * with the job executor off: the benchmark runs each case's jobs on the moved clock itself.
 */
final class CockpitBenchmark {

  static final String API = "/camunda/api/cockpit/plugin/case-review/default";
  private static final int YEARS = 10;
  private static final int FIRST_YEAR = 2016;

  private final int incidentsPerYear = Integer.getInteger("benchmark.incidentsPerYear", 40);
  private final int referralsPerYear = Integer.getInteger("benchmark.referralsPerYear", 80);
  private final int openCases = Integer.getInteger("benchmark.openCases", 50);
  private final List<String> incidents = new ArrayList<>();
  private final List<String> pseudonyms = new ArrayList<>();
  private int recommendations;

  void run(Figures figures, int runs, int smtpPort) throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create("bench_cockpit");
         ConfigurableApplicationContext app = BenchmarkApplication.start(database, smtpPort,
             "camunda.bpm.job-execution.enabled=false")) {
      BenchmarkUsers.ensure(app);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      long emptyBytes = databaseBytes(jdbc);
      long start = System.nanoTime();
      generate(app.getBean(ProcessEngine.class));
      double minutes = (System.nanoTime() - start) / 60e9;
      long caseBytes = databaseBytes(jdbc) - emptyBytes;
      Figures.Table table = figures.table(String.format("Cockpit plugin as the auditor, at %d years of history "
          + "(%,d serious incidents with %,d recommendations, and %,d referrals, closed; %d cases open)", YEARS,
          incidents.size(), recommendations, pseudonyms.size() - incidents.size(), openCases));
      table.notes().add(String.format("History generated through the engine in %.1f minutes.", minutes));
      table.notes().add(String.format("Database growth (PostgreSQL, after VACUUM ANALYZE): %.1f MiB for these %,d cases,"
          + " %.0f KiB per case on average; largest tables: %s", caseBytes / 1048576.0,
          pseudonyms.size(), caseBytes / 1024.0 / pseudonyms.size(), largestTables(jdbc)));
      measure(app, table, runs);
    } finally {
      ClockUtil.reset();
    }
  }

  private void generate(ProcessEngine engine) {
    CaseDriver cases = new CaseDriver(engine);
    int number = 0;
    for (int year = 0; year < YEARS; year++) {
      int perYear = incidentsPerYear + referralsPerYear;
      for (int i = 0; i < perYear; i++) {
        // spread over the reporting year from April, on weekdays at ten in the morning
        LocalDate day = LocalDate.of(FIRST_YEAR + year, 4, 1).plusDays(i * 360L / perYear);
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.plusDays(1);
        }
        EngineClock.setLondonTime(LocalDateTime.of(day, LocalTime.of(10, 0)));
        String pseudonym = String.format("Child Bench %05d", ++number);
        pseudonyms.add(pseudonym);
        // the year's incidents spread evenly among its referrals
        if (i * incidentsPerYear / perYear != (i + 1) * incidentsPerYear / perYear) {
          String reference = ClosedCase.withoutFurtherReview(cases, pseudonym, day.minusDays(2), day);
          incidents.add(reference);
          recommendations += BenchPlans.agree(cases, engine, reference, pseudonym, day);
        } else {
          Map<String, Object> referral = ReviewForms.referral();
          referral.put("childPseudonym", pseudonym);
          String reference = cases.startByForm("referrer", ProcessKeys.CASE_REFERRAL, referral).getBusinessKey();
          cases.runJobs();
          cases.complete("member", reference, "Task_ScreenReferral",
              form("screeningOutcome", "no-action", "screeningRationale", "The group's reasons."));
        }
      }
      System.out.printf("  cockpit: year %d of %d generated (%,d cases)%n", year + 1, YEARS, number);
    }
    ClockUtil.reset();
    // the cases open now, for the case board: each in its rapid review, one agency's summary in of two
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    for (int i = 0; i < openCases; i++) {
      String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures
          .startForm(String.format("Child Bench Open %03d", i), today.minusDays(3).toString(),
              today.minusDays(4).toString())).getBusinessKey();
      cases.runJobs();
      cases.complete("notifier", reference, "Task_RecordPanelNotification", form(
          CaseVariables.PANEL_NOTIFICATION_DATE, today.minusDays(1).toString(), CaseVariables.PANEL_REFERENCE, "B"));
      cases.complete("business", reference, "Task_NameInvolvedAgencies",
          ReviewForms.involvedAgencies("police", "health"));
      cases.complete("lead.police", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-police"),
          ReviewForms.agencySummary("ongoing"));
    }
  }

  private static long databaseBytes(JdbcTemplate jdbc) {
    jdbc.execute("VACUUM ANALYZE");
    return jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
  }

  private static String largestTables(JdbcTemplate jdbc) {
    return String.join(", ", jdbc.queryForList("""
        SELECT relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6
        """, String.class));
  }

  private void measure(ConfigurableApplicationContext app, Figures.Table table, int runs) {
    int port = BenchmarkApplication.port(app);
    HttpSession auditor = HttpSession.webapp(port, "cockpit", "auditor", BenchmarkUsers.PASSWORD);
    int yearStartMonth = app.getBean(CaseReviewProperties.class).getReporting().getYearStartMonth();
    String year = ReportingYear.containing(LocalDate.of(FIRST_YEAR + YEARS / 2, 6, 1), yearStartMonth).label();
    Random random = new Random(42);
    List<Double> search50 = new ArrayList<>();
    List<Double> search95 = new ArrayList<>();
    List<Double> search99 = new ArrayList<>();
    List<Double> history50 = new ArrayList<>();
    List<Double> history95 = new ArrayList<>();
    List<Double> history99 = new ArrayList<>();
    List<Double> report = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Latency search = Latency.of(20, 200, i -> ok(auditor.get(API + "/cases?search="
          + searchTerm(random).replace(" ", "%20"))));
      search50.add(search.percentile(50));
      search95.add(search.percentile(95));
      search99.add(search.percentile(99));
      Latency history = Latency.of(5, 50, i -> ok(auditor.get(API + "/cases/"
          + incidents.get(random.nextInt(incidents.size())))));
      history50.add(history.percentile(50));
      history95.add(history.percentile(95));
      history99.add(history.percentile(99));
      ok(auditor.get(API + "/timeliness?year=" + year));
      report.add(Latency.of(0, 5, i -> ok(auditor.get(API + "/timeliness?year=" + year))).percentile(50));
    }
    Figures.figure(table, "case search (reference, pseudonym or part of one): p50", "ms", search50, null);
    Figures.figure(table, "case search: p95", "ms", search95, "<= 300 ms");
    Figures.figure(table, "case search: p99", "ms", search99, null);
    Figures.figure(table, "a whole serious incident's history: p50", "ms", history50, null);
    Figures.figure(table, "a whole serious incident's history: p95", "ms", history95, "<= 300 ms");
    Figures.figure(table, "a whole serious incident's history: p99", "ms", history99, null);
    Figures.figure(table, "timeliness report of the year " + year + " (median of 5)", "ms", report, "<= 1,000 ms");
    PartnershipBenchmark partnership = new PartnershipBenchmark(port, table, runs);
    partnership.tracker(recommendations);
    partnership.board(openCases, year);
  }

  private String searchTerm(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> incidents.get(random.nextInt(incidents.size()));
      case 1 -> pseudonyms.get(random.nextInt(pseudonyms.size()));
      default -> pseudonyms.get(random.nextInt(pseudonyms.size())).substring(6, 13);
    };
  }

  static void ok(HttpSession.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("Cockpit answered " + response.status() + ": " + response.body());
    }
  }
}
