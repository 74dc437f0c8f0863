package uk.safeguarding.casereview.form;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.springframework.stereotype.Component;

/**
 * Evaluates a form field's "hide if" condition with the FEEL engine that ships with Camunda (form-js writes
 * conditions in FEEL), so the server skips exactly the fields the browser hid.
 */
@Component
public class FeelConditions {

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

  public boolean isHidden(String condition, Map<String, Object> data) {
    if (condition == null || condition.isBlank()) {
      return false;
    }
    String expression = condition.startsWith("=") ? condition.substring(1) : condition;
    EvaluationResult result = feel.evaluateExpression(expression, data);
    // a condition that cannot be evaluated hides nothing: checking a field too many is the safe mistake
    return result.isSuccess() && Boolean.TRUE.equals(result.result());
  }
}
