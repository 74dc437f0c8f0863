package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a submission as the rules need them. Camunda Forms submit dates as ISO text ("2026-11-20"),
 * numbers as numbers and lists as JSON; this reads each the one way, and answers null for anything absent or
 * unreadable (the schema checks have already named those).
 */
public class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;

  public FormValues(Map<String, Object> variables) {
    this.values = new HashMap<>();
    variables.forEach((name, value) -> values.put(name, plain(value)));
  }

  /** The same values without the given ones. */
  public FormValues without(Collection<String> keys) {
    Map<String, Object> remaining = new HashMap<>(values);
    keys.forEach(remaining::remove);
    return new FormValues(remaining);
  }

  /** All values as plain Java (strings, numbers, booleans, lists, maps), e.g. for FEEL conditions. */
  public Map<String, Object> asMap() {
    return values;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public boolean isEmpty(String key) {
    Object value = values.get(key);
    return value == null
        || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> collection && collection.isEmpty();
  }

  public String text(String key) {
    return isEmpty(key) ? null : values.get(key).toString().trim();
  }

  public LocalDate date(String key) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public BigDecimal number(String key) {
    Object value = values.get(key);
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = text(key);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether a list value (a checklist's choices) holds the given choice. */
  public boolean has(String key, String choice) {
    return values.get(key) instanceof Collection<?> chosen && chosen.stream().map(String::valueOf)
        .anyMatch(choice::equals);
  }

  public boolean isTrue(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** Spin's JSON values (what Tasklist submits for lists) become plain lists and maps. */
  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return value;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().toString();
    }
    if (value.getClass().getName().startsWith("org.camunda.spin")) {
      try {
        return JSON.readValue(value.toString(), Object.class);
      } catch (JsonProcessingException e) {
        return value.toString();
      }
    }
    return value;
  }
}
