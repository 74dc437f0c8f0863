package uk.safeguarding.casereview.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its Camunda Form: the constraints in the form's schema, then the form's
 * {@link FormRule}s. Throws {@link FormValidationException} naming every field in error.
 */
@Component
public class FormSubmissionValidator {

  // the same shapes form-js accepts for its "email" and "phone" validation types
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

  private final List<FormRule> rules;
  private final FeelConditions conditions;

  public FormSubmissionValidator(List<FormRule> rules, FeelConditions conditions) {
    this.rules = rules;
    this.conditions = conditions;
  }

  public void validate(FormSchema schema, String formName, Map<String, Object> variables) {
    FormValues values = new FormValues(variables);
    Violations violations = new Violations(schema);
    Set<String> hidden = new HashSet<>();
    for (FormField field : schema.fields()) {
      if (conditions.isHidden(field.hideCondition(), values.asMap())) {
        hidden.add(field.key());
      } else if (field.isInput()) {
        check(new Entry(field, values, values, ""), violations);
      }
    }
    // rules see what the form shows: a hidden field's value, even one left from an earlier round, is not there
    FormValues shown = values.without(hidden);
    for (FormRule rule : rules) {
      if (rule.formId().equals(schema.id())) {
        rule.check(shown, violations);
      }
    }
    if (!violations.isEmpty()) {
      throw new FormValidationException(formName, violations.problems());
    }
  }

  /**
   * One field to check: its values (the submission, or one entry of a dynamic list), the whole submission
   * (where offered choices live) and where it is, for the message ("Recommendation 2: ").
   */
  private record Entry(FormField field, FormValues values, FormValues submission, String where) {

    String key() {
      return field.key();
    }

    void reject(Violations violations, String problem) {
      violations.reject(field, where, problem);
    }
  }

  private void check(Entry entry, Violations violations) {
    FormField field = entry.field();
    if ("checkbox".equals(field.type())) {
      checkCheckbox(entry, violations);
      return;
    }
    if ("dynamiclist".equals(field.type())) {
      checkList(entry, violations);
      return;
    }
    if (entry.values().isEmpty(entry.key())) {
      if (field.required()) {
        entry.reject(violations, "is required");
      }
      return;
    }
    Object value = entry.values().raw(entry.key());
    switch (field.type()) {
      case "textfield", "textarea" -> {
        if (isText(entry, value, violations)) {
          checkText(entry, entry.values().text(entry.key()), violations);
        }
      }
      case "number" -> checkNumber(entry, violations);
      case "datetime" -> {
        if (isText(entry, value, violations)) {
          checkDateTime(entry, entry.values().text(entry.key()), violations);
        }
      }
      case "radio", "select" -> checkOption(entry, value, violations);
      case "checklist", "taglist" -> checkOptions(entry, value, violations);
      default -> { }
    }
  }

  /** Text fields hold text: a list, a number or true/false sent for one is refused, not turned into text. */
  private static boolean isText(Entry entry, Object value, Violations violations) {
    if (value instanceof String) {
      return true;
    }
    entry.reject(violations, "must be text");
    return false;
  }

  private void checkList(Entry entry, Violations violations) {
    Object value = entry.values().raw(entry.key());
    if (value == null) {
      return;
    }
    if (!(value instanceof List<?> items)) {
      entry.reject(violations, "must be a list");
      return;
    }
    String label = entry.field().label() == null ? entry.key() : entry.field().label();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        entry.reject(violations, "entry " + (i + 1) + " is not a set of fields");
        continue;
      }
      List<String> unknown = item.keySet().stream().map(String::valueOf)
          .filter(key -> entry.field().children().stream().noneMatch(child -> child.key().equals(key))).toList();
      if (!unknown.isEmpty()) {
        entry.reject(violations, "entry " + (i + 1) + " has fields the form does not have: "
            + String.join(", ", unknown));
        continue;
      }
      @SuppressWarnings("unchecked")
      FormValues itemValues = new FormValues((Map<String, Object>) item);
      for (FormField child : entry.field().children()) {
        if (child.isInput() && !conditions.isHidden(child.hideCondition(), itemValues.asMap())) {
          check(new Entry(child, itemValues, entry.submission(), label + " " + (i + 1) + ": "), violations);
        }
      }
    }
  }

  private void checkCheckbox(Entry entry, Violations violations) {
    Object value = entry.values().raw(entry.key());
    if (value != null && !(value instanceof Boolean)) {
      entry.reject(violations, "must be true or false");
    } else if (entry.field().required() && !entry.values().isTrue(entry.key())) {
      entry.reject(violations, "must be ticked");
    }
  }

  private void checkText(Entry entry, String text, Violations violations) {
    FormField field = entry.field();
    if (field.minLength() != null && text.length() < field.minLength()) {
      entry.reject(violations, "needs at least " + field.minLength() + " characters");
    }
    if (text.length() > field.maxTextLength()) {
      entry.reject(violations, "must be at most " + field.maxTextLength() + " characters (it has "
          + text.length() + ")");
    }
    if (field.pattern() != null && !field.pattern().isEmpty() && !matches(field.pattern(), text)) {
      entry.reject(violations, "is not in the expected format");
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      entry.reject(violations, "must be an email address");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      entry.reject(violations, "must be a phone number");
    }
  }

  private static boolean matches(String pattern, String text) {
    try {
      // form-js tests the pattern anywhere in the value (RegExp.test), so find() rather than matches()
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private void checkNumber(Entry entry, Violations violations) {
    FormField field = entry.field();
    if (!(entry.values().raw(entry.key()) instanceof Number)) {
      // "2" is text, not a number: Tasklist sends numbers as numbers
      entry.reject(violations, "must be a number");
      return;
    }
    BigDecimal number = entry.values().number(entry.key());
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      entry.reject(violations, field.decimalDigits() == 0 ? "must be a whole number"
          : "must have at most " + field.decimalDigits() + " decimal places");
      return;
    }
    if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
      entry.reject(violations, "must be at least " + plain(field.min()));
    }
    if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
      entry.reject(violations, "must be at most " + plain(field.max()));
    }
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  private void checkDateTime(Entry entry, String text, Violations violations) {
    String subtype = entry.field().subtype() == null ? "date" : entry.field().subtype();
    try {
      switch (subtype) {
        case "time" -> LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        case "datetime" -> OffsetDateTime.parse(text);
        default -> LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      entry.reject(violations, "is not a valid " + ("date".equals(subtype) ? "date (YYYY-MM-DD)" : subtype));
    }
  }

  private void checkOption(Entry entry, Object value, Violations violations) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      entry.reject(violations, "must be one choice");
      return;
    }
    List<String> offered = offered(entry);
    if (!offered.isEmpty() && !offered.contains(String.valueOf(value))) {
      entry.reject(violations, "must be one of " + String.join(", ", offered));
    }
  }

  private void checkOptions(Entry entry, Object value, Violations violations) {
    if (!(value instanceof Collection<?> chosen)) {
      entry.reject(violations, "must be a list");
      return;
    }
    if (entry.field().required() && chosen.isEmpty()) {
      entry.reject(violations, "is required");
      return;
    }
    if (chosen.stream().anyMatch(option -> option instanceof Collection<?> || option instanceof Map<?, ?>)) {
      entry.reject(violations, "must be a list of choices");
      return;
    }
    List<String> offered = offered(entry);
    if (offered.isEmpty()) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    chosen.stream().map(String::valueOf).filter(option -> !offered.contains(option)).forEach(unknown::add);
    if (!unknown.isEmpty()) {
      entry.reject(violations, "has choices that are not offered: " + String.join(", ", unknown));
    }
  }

  /** The values written in the form, or those of the variable it takes its choices from. */
  private static List<String> offered(Entry entry) {
    FormField field = entry.field();
    if (!field.options().isEmpty() || field.valuesKey() == null) {
      return field.options();
    }
    Object options = entry.submission().raw(field.valuesKey());
    if (!(options instanceof Collection<?> list)) {
      return List.of();
    }
    return list.stream().map(option -> option instanceof Map<?, ?> map ? String.valueOf(map.get("value"))
        : String.valueOf(option)).toList();
  }
}
