package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates in form texts are served escaped. The escaping itself is FEEL that form-js evaluates; the browser
 * test {@code MarkupBrowserIT} sees the result in Tasklist.
 */
class TemplateEscapingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_value_template_becomes_its_value_with_markdown_punctuation_escaped_and_nothing_else_changes() {
    assertThat(TemplateEscaping.escapeTemplates("#### {{caseReference}} – **{{ childPseudonym }}**"))
        .isEqualTo("#### {{if (caseReference) = null then \"\" else replace(string(caseReference), "
            + "\"([!-/:-@\\[-`{-~])\", \"\\\\$1\")}} – **{{if (childPseudonym) = null then \"\" else "
            + "replace(string(childPseudonym), \"([!-/:-@\\[-`{-~])\", \"\\\\$1\")}}**");
  }

  @Test
  void a_text_that_is_one_feel_expression_is_escaped_as_a_whole() {
    assertThat(TemplateEscaping.escapeTemplates("=whyLearning")).isEqualTo("=if (whyLearning) = null then \"\" "
        + "else replace(string(whyLearning), \"([!-/:-@\\[-`{-~])\", \"\\\\$1\")");
  }

  @Test
  void conditional_and_loop_tags_stay_as_they_are() {
    assertThat(TemplateEscaping.escapeTemplates("{{#if shown}}Yes{{/if}} {{#loop items}}-{{/loop}}"))
        .isEqualTo("{{#if shown}}Yes{{/if}} {{#loop items}}-{{/loop}}");
  }

  @Test
  void every_template_of_every_form_text_is_escaped_and_other_components_are_untouched() throws IOException {
    List<String> unescaped = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode original;
        try (InputStream in = Files.newInputStream(form)) {
          original = JSON.readTree(in);
        }
        JsonNode served = TemplateEscaping.escape(original.deepCopy());
        collect(served.path("components"), form.getFileName().toString(), unescaped);
        assertThat(served.path("components").size()).isEqualTo(original.path("components").size());
      }
    }
    assertThat(unescaped).isEmpty();
  }

  private static void collect(JsonNode components, String form, List<String> unescaped) {
    Matcher template = Pattern.compile("\\{\\{(.*?)}}").matcher("");
    for (JsonNode component : components) {
      if ("text".equals(component.path("type").asText())) {
        template.reset(component.path("text").asText());
        while (template.find()) {
          String expression = template.group(1);
          if (!expression.startsWith("#") && !expression.startsWith("/") && !expression.contains("replace(string(")) {
            unescaped.add(form + ": " + template.group());
          }
        }
      }
      collect(component.path("components"), form, unescaped);
    }
  }
}
