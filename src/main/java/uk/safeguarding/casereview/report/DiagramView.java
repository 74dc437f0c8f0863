package uk.safeguarding.casereview.report;

import java.util.List;
import java.util.Map;

/**
 * A process's diagram as deployed for the version it ran, with the path it took: how often each step ran
 * (passed: finished or left; active: running now) and the sequence flows taken.
 */
public record DiagramView(String xml, Map<String, Counts> activities, List<String> flows) {

  public record Counts(long passed, long active) {
  }
}
