package uk.safeguarding.casereview.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Lists kept in a case as JSON variables, the type Camunda Forms use for list fields: Tasklist shows them to
 * forms as they are, and Cockpit shows them as readable JSON (never as serialized Java objects).
 */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariables() {
  }

  /** The list in the variable (empty when it is not set); entries are maps or plain values. */
  public static List<Object> list(VariableScope scope, String name) {
    return list(scope.getVariable(name), name);
  }

  /** The list a variable's value holds, e.g. one read from history. */
  public static List<Object> list(Object value, String name) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    try {
      return JSON.readValue(value.toString(), new TypeReference<List<Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The variable '" + name + "' is not a JSON list: " + e.getMessage(), e);
    }
  }

  public static List<Map<String, Object>> records(VariableScope scope, String name) {
    return records(scope.getVariable(name), name);
  }

  /** The records (maps) of a list value, e.g. one read from history. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> records(Object value, String name) {
    return list(value, name).stream().filter(Map.class::isInstance).map(entry -> (Map<String, Object>) entry)
        .toList();
  }

  public static void set(VariableScope scope, String name, List<?> list) {
    scope.setVariable(name, jsonValue(list));
  }

  public static Object jsonValue(List<?> list) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a JSON list", e);
    }
  }
}
