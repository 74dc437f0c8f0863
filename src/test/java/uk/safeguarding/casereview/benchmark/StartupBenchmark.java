package uk.safeguarding.casereview.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeguarding.casereview.support.PostgresDatabase;

/**
 * Start-up time and memory of our application against a minimal Camunda 7.24 web application (Spring Boot,
 * Tasklist, Cockpit, Admin, REST, one trivial process; {@code uk.safeguarding.minimal}), each in a JVM of its own
 * with the same flags and class path (less our classes for the minimal one) and a PostgreSQL database of its own.
 * Both are started once on their empty database first (not counted): the figures are a node restarting.
 */
final class StartupBenchmark {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final List<String> JVM = List.of("-XX:MaxRAMPercentage=75", "-Xss512k");

  private final int smtpPort;

  StartupBenchmark(int smtpPort) {
    this.smtpPort = smtpPort;
  }

  private record Started(double seconds, double residentMiB, double heapUsedMiB) {
  }

  void run(Figures figures, int runs) throws Exception {
    Figures.Table table = figures.table("Start-up and memory against a minimal Camunda 7.24 web application");
    List<Double> oursStart = new ArrayList<>();
    List<Double> minimalStart = new ArrayList<>();
    List<Double> startRatio = new ArrayList<>();
    List<Double> oursResident = new ArrayList<>();
    List<Double> minimalResident = new ArrayList<>();
    List<Double> residentRatio = new ArrayList<>();
    List<Double> oursHeap = new ArrayList<>();
    List<Double> minimalHeap = new ArrayList<>();
    try (PostgresDatabase ourDatabase = PostgresDatabase.create("bench_ours");
         PostgresDatabase minimalDatabase = PostgresDatabase.create("bench_minimal")) {
      Started firstOurs = ours(ourDatabase);
      Started firstMinimal = minimal(minimalDatabase);
      for (int run = 0; run < runs; run++) {
        Started ours = ours(ourDatabase);
        Started minimal = minimal(minimalDatabase);
        oursStart.add(ours.seconds());
        minimalStart.add(minimal.seconds());
        startRatio.add(ours.seconds() / minimal.seconds());
        oursResident.add(ours.residentMiB());
        minimalResident.add(minimal.residentMiB());
        residentRatio.add(ours.residentMiB() / minimal.residentMiB());
        oursHeap.add(ours.heapUsedMiB());
        minimalHeap.add(minimal.heapUsedMiB());
      }
      table.notes().add(String.format("First start on an empty database (not counted above): ours %.1f s, minimal %.1f s.",
          firstOurs.seconds(), firstMinimal.seconds()));
    }
    Figures.figure(table, "start-up to the first answer: ours", "s", oursStart, null);
    Figures.figure(table, "start-up to the first answer: minimal", "s", minimalStart, null);
    Figures.figure(table, "start-up: ours / minimal", "x", startRatio, "<= 1.3");
    Figures.figure(table, "resident memory after start and a full GC: ours", "MiB", oursResident, null);
    Figures.figure(table, "resident memory after start and a full GC: minimal", "MiB", minimalResident, null);
    Figures.figure(table, "resident memory: ours / minimal", "x", residentRatio, "<= 1.3");
    Figures.figure(table, "heap in use after a full GC: ours", "MiB", oursHeap, null);
    Figures.figure(table, "heap in use after a full GC: minimal", "MiB", minimalHeap, null);
    table.notes().add("JVM flags for both: " + String.join(" ", JVM) + " (the container's), production profile for ours.");
  }

  private Started ours(PostgresDatabase database) throws Exception {
    int port = freePort();
    List<String> command = java(System.getProperty("java.class.path"), "uk.safeguarding.casereview.CaseReviewApplication");
    command.add("--spring.profiles.active=production");
    command.addAll(Arrays.asList(BenchmarkApplication.arguments(database, smtpPort, "server.port=" + port)));
    return start(command, port);
  }

  private Started minimal(PostgresDatabase database) throws Exception {
    int port = freePort();
    String withoutOurs = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("target/classes")).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    List<String> command = java(withoutOurs, "uk.safeguarding.minimal.MinimalApplication");
    command.addAll(List.of("--server.port=" + port, "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(), "--spring.datasource.password="));
    return start(command, port);
  }

  private static List<String> java(String classPath, String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM);
    command.addAll(List.of("-cp", classPath, mainClass));
    return command;
  }

  private static Started start(List<String> command, int port) throws Exception {
    Path log = Files.createTempFile("benchmark-start", ".log");
    long spawned = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = spawned + PATIENCE.toNanos();
      while (!answers(port)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          List<String> lines = Files.readAllLines(log);
          throw new IllegalStateException("Did not start: " + command.get(command.size() - 1) + "\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - spawned) / 1e9;
      Thread.sleep(3000);
      jcmd(process.pid(), "GC.run");
      Thread.sleep(1000);
      return new Started(seconds, residentMiB(process.pid()), heapUsedMiB(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
      Files.deleteIfExists(log);
    }
  }

  private static boolean answers(int port) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
          + "/camunda/app/welcome/default/").toURL().openConnection();
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(200);
      connection.setReadTimeout(5000);
      int status = connection.getResponseCode();
      connection.disconnect();
      return status < 500;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static double residentMiB(long pid) throws IOException {
    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
    return rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : Double.NaN;
  }

  private static double heapUsedMiB(long pid) throws Exception {
    Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
    return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
  }

  private static String jcmd(long pid, String what) throws Exception {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(pid), what).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    return out;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
