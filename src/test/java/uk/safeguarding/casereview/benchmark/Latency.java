package uk.safeguarding.casereview.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Request latencies: a request repeated after a warm-up, and its percentiles in milliseconds. */
final class Latency {

  private final List<Double> millis = new ArrayList<>();

  /** Runs the request (given its number) {@code warmUp} times unmeasured, then {@code count} times measured. */
  static Latency of(int warmUp, int count, IntConsumer request) {
    for (int i = 0; i < warmUp; i++) {
      request.accept(i);
    }
    Latency latency = new Latency();
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      request.accept(warmUp + i);
      latency.millis.add((System.nanoTime() - start) / 1e6);
    }
    return latency;
  }

  double percentile(int p) {
    List<Double> sorted = millis.stream().sorted().toList();
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
