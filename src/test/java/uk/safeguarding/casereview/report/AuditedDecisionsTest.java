package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The decisions the case history lists are named by their variables, which the forms and diagrams define:
 * a variable renamed there must not silently drop a decision from the auditors' view.
 */
class AuditedDecisionsTest {

  private static String formsAndDiagrams() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms")); Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      return Stream.concat(forms, diagrams).map(path -> {
        try {
          return Files.readString(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
  }

  @Test
  void every_decision_and_its_reason_is_a_variable_a_form_or_diagram_sets() throws IOException {
    String text = formsAndDiagrams();
    for (AuditedDecisions.Kind kind : AuditedDecisions.all()) {
      for (String variable : new String[] {kind.variable(), kind.reasonVariable()}) {
        // a form field's key, or the name of a diagram's output mapping
        assertThat(text).as(kind.label() + ": " + variable)
            .containsPattern("\"key\": ?\"" + variable + "\"|<camunda:outputParameter name=\"" + variable + "\"");
      }
    }
  }
}
