package uk.safeguarding.casereview.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.TasklistClient;

/**
 * Tasklist's own requests, as a signed-in person's browser sends them: a filter's page of 15 tasks (as HAL,
 * which carries the count and the variables the filter shows on its cards, soonest due first as our
 * task-cards.js asks) and the filter's count (the sidebar's badge), each timed from outside over HTTP.
 */
final class TasklistRequests {

  static final int WARM_UP = 20;
  static final int REQUESTS = 200;
  /** A slow request gets fewer repetitions: at least {@link #AT_LEAST}, stopping once this much time has gone. */
  static final long BUDGET_NANOS = 8_000_000_000L;
  static final int AT_LEAST = 5;

  /** Latencies of one request in milliseconds, sorted. */
  record Timings(List<Double> millis, int items) {

    double percentile(int p) {
      return millis.get(Math.min(millis.size() - 1, (int) Math.ceil(p / 100.0 * millis.size()) - 1));
    }
  }

  private final HttpSession session;

  TasklistRequests(int port, String user, String password) {
    this.session = HttpSession.webapp(port, "tasklist", user, password);
  }

  /** One page request, untimed: for capturing the SQL it causes. */
  void once(String filterId) {
    listRequest(filterId).send();
  }

  Timings list(String filterId) {
    return time(listRequest(filterId));
  }

  private Request listRequest(String filterId) {
    Map<String, Object> body = Map.of("processVariables", List.of(), "taskVariables", List.of(),
        "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")),
        "active", true);
    String path = TasklistClient.engine("/filter/" + filterId + "/list?firstResult=0&maxResults=15");
    return () -> {
      HttpSession.Response response = session.withHeader("Accept", "application/hal+json").postJson(path, body);
      check(response);
      return response.json().path("count").asInt();
    };
  }

  Timings count(String filterId) {
    String path = TasklistClient.engine("/filter/" + filterId + "/count");
    return time(() -> {
      HttpSession.Response response = session.withHeader("Accept", "application/json").get(path);
      check(response);
      return response.json().path("count").asInt();
    });
  }

  private interface Request {
    int send();
  }

  /** A request slower than the client's timeout ends the line: recorded as that timeout, and said so. */
  private static Timings time(Request request) {
    try {
      return timeOrFail(request);
    } catch (java.io.UncheckedIOException timedOut) {
      if (!(timedOut.getCause() instanceof java.net.http.HttpTimeoutException)) {
        throw timedOut;
      }
      return new Timings(List.of(HttpSession.TIMEOUT.toMillis() * 1.0), -1);
    }
  }

  private static Timings timeOrFail(Request request) {
    long begun = System.nanoTime();
    for (int i = 0; i < WARM_UP && (i < 2 || System.nanoTime() - begun < BUDGET_NANOS / 4); i++) {
      request.send();
    }
    List<Double> millis = new ArrayList<>();
    int items = 0;
    begun = System.nanoTime();
    for (int i = 0; i < REQUESTS && (i < AT_LEAST || System.nanoTime() - begun < BUDGET_NANOS); i++) {
      long start = System.nanoTime();
      items = request.send();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Timings(millis.stream().sorted().toList(), items);
  }

  private static void check(HttpSession.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("Tasklist request failed: " + response.status() + " " + response.body());
    }
  }
}
