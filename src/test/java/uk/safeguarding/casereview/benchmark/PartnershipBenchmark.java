package uk.safeguarding.casereview.benchmark;

import static uk.safeguarding.casereview.benchmark.CockpitBenchmark.API;
import static uk.safeguarding.casereview.benchmark.CockpitBenchmark.ok;

import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.casereview.support.HttpSession;

/**
 * The partnership's views at 10 years of history, measured over HTTP as the people who use them: the
 * recommendations tracker (every agency's, one agency's, the workbook), the case board and the themes by year.
 */
final class PartnershipBenchmark {

  private final int port;
  private final Figures.Table table;
  private final int runs;

  PartnershipBenchmark(int port, Figures.Table table, int runs) {
    this.port = port;
    this.table = table;
    this.runs = runs;
  }

  /** The recommendations tracker: every agency's in Cockpit, one agency's in Tasklist, and the workbook. */
  void tracker(int recommendations) {
    HttpSession business = HttpSession.webapp(port, "cockpit", "business", BenchmarkUsers.PASSWORD);
    HttpSession lead = HttpSession.webapp(port, "tasklist", "lead.police", BenchmarkUsers.PASSWORD);
    String tasklist = "/camunda/api/tasklist/plugin/case-review-tasklist/default/partnership/recommendations";
    List<Double> every50 = new ArrayList<>();
    List<Double> every95 = new ArrayList<>();
    List<Double> own95 = new ArrayList<>();
    List<Double> workbook = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Latency every = Latency.of(3, 30, i -> ok(business.get(API + "/partnership/recommendations")));
      every50.add(every.percentile(50));
      every95.add(every.percentile(95));
      own95.add(Latency.of(3, 30, i -> ok(lead.get(tasklist))).percentile(95));
      workbook.add(Latency.of(1, 5, i -> {
        if (business.download(API + "/partnership/recommendations/export.xlsx").statusCode() != 200) {
          throw new IllegalStateException("The workbook was refused");
        }
      }).percentile(50));
    }
    String all = String.format("%,d", recommendations);
    Figures.figure(table, "recommendations tracker, all " + all + " (business unit): p50", "ms", every50, null);
    Figures.figure(table, "recommendations tracker, all " + all + ": p95", "ms", every95, "< 1,000 ms");
    Figures.figure(table, "recommendations tracker, one agency's (its lead, Tasklist): p95", "ms", own95,
        "< 1,000 ms");
    Figures.figure(table, "recommendations workbook (.xlsx) of all " + all + " (median of 5)", "ms", workbook,
        null);
  }

  /** The case board (open cases, then with a year's closed cases too) and the themes by year. */
  void board(int openCases, String year) {
    HttpSession business = HttpSession.webapp(port, "cockpit", "business", BenchmarkUsers.PASSWORD);
    List<Double> open50 = new ArrayList<>();
    List<Double> open95 = new ArrayList<>();
    List<Double> closed95 = new ArrayList<>();
    List<Double> themes = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Latency open = Latency.of(3, 30, i -> ok(business.get(API + "/partnership/board")));
      open50.add(open.percentile(50));
      open95.add(open.percentile(95));
      closed95.add(Latency.of(3, 30, i -> ok(business.get(API + "/partnership/board?closedIn=" + year)))
          .percentile(95));
      themes.add(Latency.of(1, 5, i -> ok(business.get(API + "/partnership/themes"))).percentile(50));
    }
    Figures.figure(table, "case board, " + openCases + " open cases (business unit): p50", "ms", open50, null);
    Figures.figure(table, "case board: p95", "ms", open95, "< 1,000 ms");
    Figures.figure(table, "case board with the cases closed in " + year + " too: p95", "ms", closed95,
        "< 1,000 ms");
    Figures.figure(table, "learning themes by year, every case of 10 years (median of 5)", "ms", themes, null);
  }
}
