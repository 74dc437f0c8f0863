package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a submission as the rules need them. Camunda Forms submit dates as ISO text ("2026-11-20"),
 * numbers as numbers and lists as JSON; this reads each the one way, and answers null for anything absent or
 * unreadable (the schema checks have already named those). A value is read from its source only when asked
 * for: a case holds dozens of JSON variables, each a database read, and a form's checks need a few.
 */
public class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;

  public FormValues(Map<String, Object> variables) {
    this.values = new PlainValues(variables, Set.of());
  }

  private FormValues(PlainValues values) {
    this.values = values;
  }

  /** The same values without the given ones. */
  public FormValues without(Collection<String> keys) {
    return new FormValues(((PlainValues) values).without(keys));
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

  /** A read-only view of the source that turns each value plain when it is first asked for. */
  private static final class PlainValues extends AbstractMap<String, Object> {

    private final Map<String, Object> source;
    private final Set<String> left;
    private final Map<String, Optional<Object>> read = new HashMap<>();

    PlainValues(Map<String, Object> source, Set<String> left) {
      this.source = source;
      this.left = left;
    }

    PlainValues without(Collection<String> keys) {
      Set<String> more = new HashSet<>(left);
      more.addAll(keys);
      return new PlainValues(source, more);
    }

    @Override
    public boolean containsKey(Object key) {
      return !left.contains(key) && source.containsKey(key);
    }

    @Override
    public Object get(Object key) {
      if (!(key instanceof String name) || left.contains(name)) {
        return null;
      }
      return read.computeIfAbsent(name, k -> Optional.ofNullable(plain(source.get(k)))).orElse(null);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      Map<String, Object> all = new HashMap<>();
      source.keySet().stream().filter(key -> !left.contains(key)).forEach(key -> all.put(key, get(key)));
      return all.entrySet();
    }
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
