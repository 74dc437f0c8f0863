package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a Camunda Form show what people typed as text, never as markup. form-js renders a text component by
 * filling its {@code {{...}}} templates with case data, then reading the result as Markdown and HTML: a
 * pseudonym {@code <a href="https://evil.example">Sign in again</a>} (or {@code [Sign in](https://...)}) became
 * a live link in the next person's form. Each template's value is given a backslash before every ASCII
 * punctuation character, Markdown's own escape, inside the template itself ({@code replace} in FEEL), so
 * Markdown shows those characters as they are and no tag, link or heading can form. The form's own
 * Markdown around the templates renders as before. Other components never render markup: form-js shows
 * labels, tables and fields as text.
 */
public final class TemplateEscaping {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final String PUNCTUATION = "([!-/:-@\\[-`{-~])";

  private TemplateEscaping() {
  }

  /** The schema with every text component's templates escaped; changes the given tree. */
  public static JsonNode escape(JsonNode schema) {
    for (JsonNode component : schema.path("components")) {
      if ("text".equals(component.path("type").asText()) && component.path("text").isTextual()
          && component instanceof ObjectNode text) {
        text.put("text", escapeTemplates(component.path("text").asText()));
      }
      escape(component);
    }
    return schema;
  }

  static String escapeTemplates(String text) {
    if (text.startsWith("=")) {
      // the whole text is one FEEL expression, whose result form-js reads as Markdown
      return "=" + escaped(text.substring(1).trim());
    }
    Matcher template = TEMPLATE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (template.find()) {
      String expression = template.group(1).trim();
      // {{#if ...}}, {{#loop ...}} and their ends are structure, not values
      String replacement = expression.startsWith("#") || expression.startsWith("/") ? template.group()
          : "{{" + escaped(expression) + "}}";
      template.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    template.appendTail(result);
    return result.toString();
  }

  /** The FEEL expression's value as text with a backslash before each ASCII punctuation character. */
  private static String escaped(String expression) {
    return "if (" + expression + ") = null then \"\" else replace(string(" + expression + "), \"" + PUNCTUATION
        + "\", \"\\\\$1\")";
  }
}
