package uk.safeguarding.casereview.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The checks of one field's value against what its form says: its type, length, format, range or choices. */
final class FieldChecks {

  // the same shapes form-js accepts for its "email" and "phone" validation types
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

  private FieldChecks() {
  }

  /** Text fields hold text: a list, a number or true/false sent for one is refused, not turned into text. */
  static boolean isText(FieldEntry entry, Object value, Violations violations) {
    if (value instanceof String) {
      return true;
    }
    entry.reject(violations, "must be text");
    return false;
  }

  static void checkCheckbox(FieldEntry entry, Violations violations) {
    Object value = entry.values().raw(entry.key());
    if (value != null && !(value instanceof Boolean)) {
      entry.reject(violations, "must be true or false");
    } else if (entry.field().required() && !entry.values().isTrue(entry.key())) {
      entry.reject(violations, "must be ticked");
    }
  }

  static void checkText(FieldEntry entry, String text, Violations violations) {
    FormField field = entry.field();
    if (field.minLength() != null && text.length() < field.minLength()) {
      entry.reject(violations, "needs at least " + field.minLength() + " characters");
    }
    if (text.length() > field.maxTextLength()) {
      entry.reject(violations, "must be at most " + field.maxTextLength() + " characters (it has "
          + text.length() + ")");
    }
    if (field.pattern() != null && !field.pattern().isEmpty() && !matches(field.pattern(), text)) {
      entry.reject(violations, field.patternMessage() == null ? "is not in the expected format"
          : "is not in the expected format: " + field.patternMessage());
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

  static void checkNumber(FieldEntry entry, Violations violations) {
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

  static void checkDateTime(FieldEntry entry, String text, Violations violations) {
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

  static void checkOption(FieldEntry entry, Object value, Violations violations) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      entry.reject(violations, "must be one choice");
      return;
    }
    List<String> offered = offered(entry);
    if (restricts(entry, offered) && !offered.contains(String.valueOf(value))) {
      entry.reject(violations, "must be one of " + String.join(", ", offered));
    }
  }

  static void checkOptions(FieldEntry entry, Object value, Violations violations) {
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
    if (!restricts(entry, offered)) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    chosen.stream().map(String::valueOf).filter(option -> !offered.contains(option)).forEach(unknown::add);
    if (!unknown.isEmpty()) {
      entry.reject(violations, "has choices that are not offered: " + String.join(", ", unknown));
    }
  }

  /**
   * A field without choices takes any value, unless an expression works its choices out: then offering none
   * means that nothing may be chosen.
   */
  private static boolean restricts(FieldEntry entry, List<String> offered) {
    return !offered.isEmpty() || entry.field().valuesExpression() != null;
  }

  /** The values written in the form (or worked out by its expression), or those of the variable it names. */
  private static List<String> offered(FieldEntry entry) {
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
