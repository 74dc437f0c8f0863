package uk.safeguarding.casereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.safeguarding.casereview.config.Targets;

/**
 * Every user task of every diagram has a due date (issue 12: Tasklist sorts and flags by it), and every
 * partnership target a diagram names exists in {@code casereview.targets}, so a typing mistake in Modeler fails
 * here rather than when a case reaches the task.
 */
class EveryTaskIsDueTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern TARGET = Pattern.compile("\\$\\{targets\\.due\\('([^']*)'\\)}");

  private static List<Element> userTasks() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    List<Element> tasks = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        NodeList found = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(BPMN, "userTask");
        for (int i = 0; i < found.getLength(); i++) {
          tasks.add((Element) found.item(i));
        }
      }
    }
    return tasks;
  }

  @Test
  void every_user_task_has_a_due_date() throws Exception {
    List<Element> tasks = userTasks();
    assertThat(tasks).hasSizeGreaterThan(40);
    assertThat(tasks).allSatisfy(task -> assertThat(task.getAttributeNS(CAMUNDA, "dueDate"))
        .as(task.getAttribute("id")).startsWith("${"));
  }

  @Test
  void every_target_a_diagram_names_is_configured() throws Exception {
    List<String> configured = Arrays.stream(Targets.class.getRecordComponents()).map(c -> c.getName()).toList();
    List<String> named = new ArrayList<>();
    for (Element task : userTasks()) {
      Matcher matcher = TARGET.matcher(task.getAttributeNS(CAMUNDA, "dueDate"));
      if (matcher.matches()) {
        named.add(matcher.group(1));
      }
    }
    assertThat(named).hasSizeGreaterThan(20);
    assertThat(configured).containsAll(named);
  }

  @Test
  void every_configured_target_is_in_application_yaml() throws IOException {
    String yaml = Files.readString(Path.of("src/main/resources/application.yaml"));
    for (var component : Targets.class.getRecordComponents()) {
      String key = component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
      assertThat(yaml).as(key).containsPattern("\\n    " + Pattern.quote(key) + ": \\d+\\n");
    }
  }
}
