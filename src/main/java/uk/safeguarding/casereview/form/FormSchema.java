package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parts of a Camunda Form (form-js schema) that say what a valid submission is. */
public record FormSchema(String id, List<FormField> fields) {

  /** The form-js component types that hold a value the user submits. */
  static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
      "checklist", "radio", "select", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormSchema parse(byte[] json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form (invalid JSON): " + e.getMessage(), e);
    }
  }

  public static FormSchema parse(JsonNode root) {
    List<FormField> fields = new ArrayList<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(null), List.copyOf(fields));
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("dynamiclist".equals(type)) {
        // a list of entries held under its path, each entry with the list's own fields
        List<FormField> entryFields = new ArrayList<>();
        collect(component.path("components"), entryFields);
        fields.add(new FormField(component.path("path").asText(), label(component), type, null, false, null, null,
            null, null, null, null, null, null, List.of(), null, null,
            component.path("conditional").path("hide").asText(null), false, false, List.copyOf(entryFields),
            Map.of()));
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        fields.add(field(component, type));
      }
    }
  }

  private static FormField field(JsonNode component, String type) {
    JsonNode validate = component.path("validate");
    List<String> options = new ArrayList<>();
    Map<String, String> optionLabels = new LinkedHashMap<>();
    component.path("values").forEach(option -> {
      options.add(option.path("value").asText());
      optionLabels.putIfAbsent(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
    });
    return new FormField(
        component.path("key").asText(),
        label(component),
        type,
        component.path("subtype").asText(null),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        validate.path("pattern").asText(null),
        component.path("properties").path("patternMessage").asText(null),
        number(validate, "min"),
        number(validate, "max"),
        integer(component, "decimalDigits"),
        validate.path("validationType").asText(null),
        List.copyOf(options),
        component.path("valuesKey").asText(null),
        component.path("valuesExpression").asText(null),
        component.path("conditional").path("hide").asText(null),
        component.path("readonly").asBoolean(false),
        component.path("disabled").asBoolean(false),
        List.of(),
        Collections.unmodifiableMap(optionLabels));
  }

  /** Date and time fields carry their label as dateLabel / timeLabel. */
  private static String label(JsonNode component) {
    for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
      if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
        return component.get(name).asText();
      }
    }
    return null;
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) && node.get(name).canConvertToInt() ? node.get(name).asInt() : null;
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) && node.get(name).isNumber() ? node.get(name).asDouble() : null;
  }
}
