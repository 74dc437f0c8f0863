package uk.safeguarding.casereview.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.safeguarding.casereview.form.FormField;

/**
 * A value from history as people read it: an option's label instead of its code, "Yes"/"No", a date as
 * 28/11/2026, a dynamic list as its entries with the labels of their fields. Plain text stays plain text
 * (the page never renders it as markup).
 */
final class ShownValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final CaseVocabulary vocabulary;
  private final ZoneId zone;

  ShownValues(CaseVocabulary vocabulary, ZoneId zone) {
    this.vocabulary = vocabulary;
    this.zone = zone;
  }

  /** The value of a variable as shown, or null when it has none. */
  CaseRecord.Shown of(String variable, Object value) {
    if (value == null) {
      return null;
    }
    Optional<FormField> field = vocabulary.field(variable);
    // a JSON variable (a checklist, a dynamic list) is read as its text, like JSON held in a string
    String text = value instanceof Boolean || value instanceof Date || value instanceof Number ? "" : value.toString();
    if (text.startsWith("[") || text.startsWith("{")) {
      Optional<JsonNode> json = parse(text);
      if (json.isPresent()) {
        return list(variable, field, json.get());
      }
    }
    return new CaseRecord.Shown(text(variable, value), null);
  }

  /** One value as text: a code's label, a yes or no, a UK date. */
  String text(String variable, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean yes) {
      return yes ? "Yes" : "No";
    }
    if (value instanceof Date instant) {
      return UK_TIME.format(instant.toInstant().atZone(zone));
    }
    String text = value.toString();
    if (ISO_DAY.matcher(text).matches()) {
      try {
        return UK_DAY.format(LocalDate.parse(text));
      } catch (DateTimeParseException notADay) {
        return text;
      }
    }
    return vocabulary.optionLabel(variable, text).orElse(text);
  }

  /** A checklist's chosen options as their labels; a dynamic list's entries as rows of labelled fields. */
  private CaseRecord.Shown list(String variable, Optional<FormField> field, JsonNode json) {
    List<JsonNode> items = new ArrayList<>();
    if (json.isArray()) {
      json.forEach(items::add);
    } else {
      items.add(json);
    }
    if (items.stream().noneMatch(JsonNode::isObject)) {
      List<String> chosen = items.stream().map(item -> text(variable, scalar(item))).toList();
      return new CaseRecord.Shown(chosen.isEmpty() ? "(none)" : String.join(", ", chosen), null);
    }
    List<FormField> children = field.map(FormField::children).orElse(List.of());
    List<List<CaseRecord.ShownField>> entries = new ArrayList<>();
    for (JsonNode item : items) {
      List<CaseRecord.ShownField> entry = new ArrayList<>();
      item.fields().forEachRemaining(property -> {
        Optional<FormField> child = children.stream().filter(one -> one.key().equals(property.getKey())).findFirst();
        entry.add(new CaseRecord.ShownField(
            child.map(FormField::label).orElseGet(() -> CaseVocabulary.words(property.getKey())),
            childText(child, property.getKey(), property.getValue())));
      });
      entries.add(entry);
    }
    return new CaseRecord.Shown(null, entries);
  }

  private String childText(Optional<FormField> child, String key, JsonNode value) {
    Object plain = scalar(value);
    if (plain instanceof String code && child.isPresent() && child.get().optionLabels().containsKey(code)) {
      return child.get().optionLabels().get(code);
    }
    return value.isContainerNode() ? value.toString() : text(key, plain);
  }

  private static Object scalar(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.asText();
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(JSON.readTree(text));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
