package uk.safeguarding.casereview.form;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.springframework.stereotype.Component;

/**
 * Evaluates a form field's "hide if" condition and the expression that works out its choices with the FEEL
 * engine that ships with Camunda (form-js writes both in FEEL), so the server skips exactly the fields the
 * browser hid and accepts exactly the choices it offered.
 */
@Component
public class FeelConditions {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  public boolean isHidden(String condition, Map<String, Object> data) {
    if (condition == null || condition.isBlank()) {
      return false;
    }
    EvaluationResult result = evaluate(condition, data);
    // a condition that cannot be evaluated hides nothing: checking a field too many is the safe mistake
    return result.isSuccess() && Boolean.TRUE.equals(result.result());
  }

  /**
   * The values of the choices a {@code valuesExpression} offers ({@code [{label, value}]} or plain values);
   * none when it cannot be evaluated, as the browser then offers none.
   */
  public List<String> choices(String valuesExpression, Map<String, Object> data) {
    EvaluationResult result = evaluate(valuesExpression, data);
    if (!result.isSuccess() || !(result.result() instanceof Collection<?> options)) {
      return List.of();
    }
    return options.stream().map(option -> option instanceof Map<?, ?> map ? String.valueOf(map.get("value"))
        : String.valueOf(option)).toList();
  }

  /**
   * Only the names the expression mentions go to FEEL: it would read every value it is given, and each of a
   * case's JSON values is a database read.
   */
  private EvaluationResult evaluate(String expression, Map<String, Object> data) {
    String feelText = expression.startsWith("=") ? expression.substring(1) : expression;
    Map<String, Object> used = new HashMap<>();
    Matcher name = NAME.matcher(feelText);
    while (name.find()) {
      if (data.containsKey(name.group())) {
        used.put(name.group(), data.get(name.group()));
      }
    }
    return feel.evaluateExpression(feelText, used);
  }
}
