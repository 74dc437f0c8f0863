package uk.safeguarding.casereview.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  private EvaluationResult evaluate(String expression, Map<String, Object> data) {
    return feel.evaluateExpression(expression.startsWith("=") ? expression.substring(1) : expression, data);
  }
}
