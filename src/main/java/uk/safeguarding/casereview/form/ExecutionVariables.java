package uk.safeguarding.casereview.form;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A running case's variables as a map whose values are read one at a time when asked for: a JSON value is a
 * database read of its own, and a form's checks need a few of the dozens a case holds.
 */
final class ExecutionVariables extends AbstractMap<String, Object> {

  private final VariableScope scope;

  ExecutionVariables(VariableScope scope) {
    this.scope = scope;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && scope.hasVariable(name);
  }

  @Override
  public Object get(Object key) {
    return key instanceof String name ? scope.getVariable(name) : null;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return scope.getVariables().entrySet();
  }

  @Override
  public Set<String> keySet() {
    return scope.getVariableNames();
  }

  /** The variables of the scope, read lazily. */
  static Map<String, Object> of(VariableScope scope) {
    return new ExecutionVariables(scope);
  }
}
