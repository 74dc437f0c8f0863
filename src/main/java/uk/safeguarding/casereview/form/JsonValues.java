package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;

/** JSON text inside a submission (a Json variable's value), read with the same limits as the request body. */
final class JsonValues {

  private static final int MAX_DEPTH = 32;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  /** Numbers are the same when their values are, whatever their JSON type (2 and 2.0). */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  private JsonValues() {
  }

  /** A JSON list or object in text, or empty when the text is not one. */
  static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && (node.isArray() || node.isObject()) ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A submitted variable ({value, type}) as the plain Java value the form sees: lists and maps for Json. */
  static Object plain(JsonNode variable) {
    JsonNode value = variable.path("value");
    if ("json".equalsIgnoreCase(variable.path("type").asText()) && value.isTextual()) {
      return parse(value.asText()).map(node -> (Object) JSON.convertValue(node, Object.class)).orElse(null);
    }
    return value.isMissingNode() || value.isNull() ? null : JSON.convertValue(value, Object.class);
  }

  /** Whether a submitted variable leaves its field empty, as form-js sends an untouched field. */
  static boolean isEmpty(JsonNode variable) {
    Object value = variable.isObject() ? plain(variable) : null;
    return value == null || value instanceof String text && text.isEmpty()
        || value instanceof java.util.Collection<?> list && list.isEmpty();
  }

  /** Whether a submitted value repeats the value the case holds. */
  static boolean same(JsonNode submitted, String type, Object current) {
    JsonNode value = "json".equals(type) ? parse(submitted.asText()).orElse(null) : submitted;
    JsonNode held = current == null ? null
        : current.getClass().getName().startsWith("org.camunda.spin") ? parse(current.toString()).orElse(null)
        : JSON.valueToTree(current);
    return value != null && held != null && value.equals(NUMBERS_BY_VALUE, held);
  }
}
