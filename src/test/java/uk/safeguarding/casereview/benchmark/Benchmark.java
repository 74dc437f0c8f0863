package uk.safeguarding.casereview.benchmark;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.SmtpServer;

/**
 * The performance benchmark (README, "Performance"): {@code bash tools/benchmark.sh [runs] [part ...]}. It runs the
 * application in the production profile on a PostgreSQL database of its own (dropped at the end), with a local
 * SMTP server, prints a table and writes target/benchmark/results.json. Not part of {@code ./mvnw verify}: the
 * figures belong to a machine, so they are printed, never asserted.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 3;
    List<String> parts = Arrays.stream(args).filter(arg -> !arg.matches("\\d+")).toList();
    Figures figures = new Figures();
    figures.about("when", LocalDateTime.now().withNano(0).toString());
    figures.about("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    figures.about("runs", runs);
    try (PostgresDatabase database = PostgresDatabase.create("benchmark");
         SmtpServer smtp = SmtpServer.onFreePort().start()) {
      // in JVMs of their own, before this one starts the application, so that they compete with nothing
      if (wanted(parts, "startup")) {
        new StartupBenchmark(smtp.port()).run(figures, runs);
        figures.printNew(System.out);
      }
      if (parts.isEmpty() || !List.of("startup", "cockpit", "tasklist").containsAll(parts)) {
        runInTheApplication(database, smtp, parts, figures, runs);
      }
      // an application of its own: it moves the engine's clock through ten years
      if (wanted(parts, "cockpit")) {
        new CockpitBenchmark().run(figures, runs, smtp.port());
        figures.printNew(System.out);
      }
      // an application of its own, on a database of its own, filled with open cases
      if (wanted(parts, "tasklist")) {
        new TasklistBenchmark(smtp.port()).run(figures);
        figures.printNew(System.out);
      }
    }
    figures.print(System.out);
    Path results = Path.of("target", "benchmark", "results.json");
    figures.write(results);
    System.out.println();
    System.out.println("Written to " + results.toAbsolutePath());
    System.exit(0);
  }

  /** The parts measured inside one running application. */
  private static void runInTheApplication(PostgresDatabase database, SmtpServer smtp, List<String> parts,
                                          Figures figures, int runs) throws Exception {
    try (ConfigurableApplicationContext app = BenchmarkApplication.start(database, smtp.port(),
        List.of(SqlCounter.initializer()))) {
      if (wanted(parts, "outbox")) {
        new OutboxBenchmark(app, smtp).run(figures, runs);
        figures.printNew(System.out);
      }
      if (wanted(parts, "cost")) {
        new CaseCostBenchmark(app).run(figures, runs);
        figures.printNew(System.out);
      }
    }
  }

  private static boolean wanted(List<String> parts, String part) {
    return parts.isEmpty() || parts.contains(part);
  }
}
