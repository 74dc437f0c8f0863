package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a form submission carries, checked as it arrives over HTTP and before the engine reads it: a variable
 * for each field the deployed form has and nothing else, each in a type the field can hold. Values the process
 * works out itself (the case reference, the agency a task is for, the dates it derived) are never fields of a
 * form, so no submission can set them. The engine then checks each value against its field
 * ({@link FormSubmissionValidator}).
 */
public final class SubmittedVariables {

  /** Camunda's variable types a form field's value may arrive as; Tasklist sends lists as Json. */
  private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "json", "null");
  private static final Set<String> ENTRY_KEYS = Set.of("value", "type", "valueInfo");
  /** What the engine stores as text; lists (Json) are kept as bytes and bounded by the request's size. */
  private static final int MAX_TEXT = 4000;

  private SubmittedVariables() {
  }

  /**
   * @param variables    the submission's {@code variables} object (missing when there is none)
   * @param currentValue the value a read-only field shows now, which a submission may repeat but not change
   * @return the problems, each naming the field by its label and key
   */
  public static List<String> problems(FormSchema schema, JsonNode variables, Function<String, Object> currentValue) {
    List<String> problems = new ArrayList<>();
    if (variables.isMissingNode() || variables.isNull()) {
      return problems;
    }
    if (!variables.isObject()) {
      problems.add("variables must be a JSON object of variables");
      return problems;
    }
    Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      Optional<FormField> field = schema.field(entry.getKey()).filter(FormField::isSubmitted);
      if (field.isEmpty()) {
        problems.add("\"" + entry.getKey() + "\" is not a field of this form");
        continue;
      }
      problemOf(field.get(), entry.getValue(), currentValue).ifPresent(problem ->
          problems.add(field.get().labelAndKey() + " " + problem));
    }
    return problems;
  }

  /**
   * The fields sent although the form hides them, given what was sent and what the case holds: Tasklist never
   * sends a hidden field, and the engine does not check one, so a value in it would be kept unchecked (a
   * publication held though no proceedings exist, a link that is not https).
   *
   * @param current the case's values as the form sees them (plain Java values)
   */
  public static List<String> sentWhileHidden(FormSchema schema, JsonNode variables, Map<String, Object> current,
                                             FeelConditions conditions) {
    Map<String, Object> shown = new HashMap<>(current);
    variables.fields().forEachRemaining(entry -> shown.put(entry.getKey(), JsonValues.plain(entry.getValue())));
    List<String> problems = new ArrayList<>();
    variables.fieldNames().forEachRemaining(key -> schema.field(key)
        .filter(field -> !JsonValues.isEmpty(variables.get(key)) && conditions.isHidden(field.hideCondition(), shown))
        .ifPresent(field -> problems.add(field.labelAndKey() + " is hidden by the other answers; leave it out")));
    return problems;
  }

  private static Optional<String> problemOf(FormField field, JsonNode entry, Function<String, Object> currentValue) {
    if (!entry.isObject()) {
      return Optional.of("must be sent as {\"value\": ..., \"type\": ...}");
    }
    List<String> unknown = new ArrayList<>();
    entry.fieldNames().forEachRemaining(name -> {
      if (!ENTRY_KEYS.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      return Optional.of("has keys a variable does not have: " + String.join(", ", unknown));
    }
    JsonNode info = entry.path("valueInfo");
    if (!info.isMissingNode() && !info.isNull() && !(info.isObject() && info.isEmpty())) {
      return Optional.of("must not carry valueInfo (serialization settings are not accepted)");
    }
    String type = entry.path("type").isTextual() ? entry.path("type").asText().toLowerCase(Locale.ROOT) : null;
    if (entry.has("type") && !entry.path("type").isNull() && type == null || type != null && !TYPES.contains(type)) {
      return Optional.of("must not be of type " + entry.path("type").asText() + " (objects and files are not accepted)");
    }
    JsonNode value = entry.path("value");
    if (value.isTextual() && value.asText().length() > MAX_TEXT) {
      return Optional.of("must be at most " + MAX_TEXT + " characters (it has " + value.asText().length() + ")");
    }
    Optional<String> problem = valueProblem(type, value);
    if (problem.isPresent()) {
      return problem;
    }
    if (field.readonly() && !value.isMissingNode() && !value.isNull()
        && !JsonValues.same(value, type, currentValue.apply(field.key()))) {
      return Optional.of("is read-only: it shows what the case holds and cannot be changed here");
    }
    return Optional.empty();
  }

  /** The value must be what its declared type says; untyped values must be plain text, numbers or booleans. */
  private static Optional<String> valueProblem(String type, JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    boolean fits = switch (type == null ? "untyped" : type) {
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer", "long", "short" -> value.isIntegralNumber();
      case "double" -> value.isNumber();
      case "json" -> value.isTextual() && JsonValues.parse(value.asText()).isPresent();
      case "null" -> false;
      default -> value.isTextual() || value.isNumber() || value.isBoolean();
    };
    if (fits) {
      return Optional.empty();
    }
    return Optional.of("json".equals(type) ? "must hold a JSON list or object as text"
        : type == null ? "must be text, a number or true/false (send lists as type Json)"
        : "does not hold a value of type " + type);
  }
}
