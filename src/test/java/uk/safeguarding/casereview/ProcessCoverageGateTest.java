package uk.safeguarding.casereview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.support.RequiredInCi;

/**
 * The coverage gate: the process tests of this run, taken together, must pass through at least 90 % of the
 * flow nodes and 90 % of the sequence flows of every diagram in processes/. It reads the reports that
 * camunda-process-test-coverage wrote for each test class in this run, and runs after them.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageGateTest {

  static final double MINIMUM = 0.90;
  private static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final Path PROCESSES = Path.of("processes");

  /** What the diagram holds: its flow nodes and its sequence flows. */
  record Elements(Set<String> flowNodes, Set<String> sequenceFlows) {
  }

  @Test
  void every_process_is_covered_by_its_tests() throws IOException {
    List<Path> reports = reportsOfThisRun();
    RequiredInCi.require(!reports.isEmpty(), "process test coverage reports of this run (run the whole suite)");
    Map<String, Elements> covered = covered(reports);

    List<String> shortfalls = new ArrayList<>();
    StringBuilder table = new StringBuilder("\nProcess test coverage (minimum " + percent(MINIMUM) + "):\n");
    for (Map.Entry<String, Elements> diagram : diagrams().entrySet()) {
      Elements all = diagram.getValue();
      Elements hit = covered.getOrDefault(diagram.getKey(), new Elements(Set.of(), Set.of()));
      double nodes = ratio(hit.flowNodes(), all.flowNodes());
      double flows = ratio(hit.sequenceFlows(), all.sequenceFlows());
      table.append(String.format("  %-22s flow nodes %5s of %3d   sequence flows %5s of %3d%n", diagram.getKey(),
          percent(nodes), all.flowNodes().size(), percent(flows), all.sequenceFlows().size()));
      if (nodes < MINIMUM || flows < MINIMUM) {
        Set<String> missed = new java.util.TreeSet<>(all.flowNodes());
        missed.addAll(all.sequenceFlows());
        missed.removeAll(hit.flowNodes());
        missed.removeAll(hit.sequenceFlows());
        shortfalls.add(diagram.getKey() + " never runs " + missed);
      }
    }
    System.out.println(table);
    assertThat(shortfalls).as(table.toString()).isEmpty();
  }

  private static double ratio(Set<String> hit, Set<String> all) {
    if (all.isEmpty()) {
      return 1;
    }
    return (double) all.stream().filter(hit::contains).count() / all.size();
  }

  private static String percent(double ratio) {
    return Math.round(ratio * 1000) / 10.0 + " %";
  }

  private static Map<String, Elements> diagrams() throws IOException {
    Map<String, Elements> diagrams = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> nodes = new HashSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> nodes.add(node.getId()));
        Set<String> flows = new HashSet<>();
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> flows.add(flow.getId()));
        String key = file.getFileName().toString().replace(".bpmn", "");
        diagrams.put(key, new Elements(nodes, flows));
      }
    }
    return diagrams;
  }

  private static List<Path> reportsOfThisRun() throws IOException {
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    if (!Files.isDirectory(REPORTS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(REPORTS, 2)) {
      return files.filter(file -> file.getFileName().toString().equals("report.json"))
          .filter(file -> file.toFile().lastModified() >= started).toList();
    }
  }

  private static Map<String, Elements> covered(List<Path> reports) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Elements> covered = new HashMap<>();
    for (Path report : reports) {
      JsonNode root = json.readTree(report.toFile());
      for (JsonNode suite : root.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            Elements elements = covered.computeIfAbsent(event.path("modelKey").asText(),
                key -> new Elements(new HashSet<>(), new HashSet<>()));
            String id = event.path("definitionKey").asText();
            if ("SEQUENCE_FLOW".equals(event.path("source").asText())) {
              elements.sequenceFlows().add(id);
            } else {
              elements.flowNodes().add(id);
            }
          }
        }
      }
    }
    return covered;
  }
}
