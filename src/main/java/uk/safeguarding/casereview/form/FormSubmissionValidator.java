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
    for (FormField field : schema.fields()) {
      if (field.isInput() && !conditions.isHidden(field.hideCondition(), values.asMap())) {
        check(field, values, violations);
      }
    }
    for (FormRule rule : rules) {
      if (rule.formId().equals(schema.id())) {
        rule.check(values, violations);
      }
    }
    if (!violations.isEmpty()) {
      throw new FormValidationException(formName, violations.problems());
    }
  }

  private void check(FormField field, FormValues values, Violations violations) {
    String key = field.key();
    if ("checkbox".equals(field.type())) {
      checkCheckbox(field, values, violations);
      return;
    }
    if (values.isEmpty(key)) {
      if (field.required()) {
        violations.reject(key, "is required");
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, values.text(key), violations);
      case "number" -> checkNumber(field, values, violations);
      case "datetime" -> checkDateTime(field, values.text(key), violations);
      case "radio", "select" -> checkOption(field, values.raw(key), violations);
      case "checklist", "taglist" -> checkOptions(field, values.raw(key), violations);
      default -> { }
    }
  }

  private void checkCheckbox(FormField field, FormValues values, Violations violations) {
    Object value = values.raw(field.key());
    if (value != null && !(value instanceof Boolean)) {
      violations.reject(field.key(), "must be true or false");
    } else if (field.required() && !values.isTrue(field.key())) {
      violations.reject(field.key(), "must be ticked");
    }
  }

  private void checkText(FormField field, String text, Violations violations) {
    String key = field.key();
    if (field.minLength() != null && text.length() < field.minLength()) {
      violations.reject(key, "needs at least " + field.minLength() + " characters");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      violations.reject(key, "must be at most " + field.maxLength() + " characters");
    }
    if (field.pattern() != null && !field.pattern().isEmpty() && !matches(field.pattern(), text)) {
      violations.reject(key, "is not in the expected format");
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      violations.reject(key, "must be an email address");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      violations.reject(key, "must be a phone number");
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

  private void checkNumber(FormField field, FormValues values, Violations violations) {
    BigDecimal number = values.number(field.key());
    if (number == null) {
      violations.reject(field.key(), "must be a number");
      return;
    }
    if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
      violations.reject(field.key(), "must be at least " + plain(field.min()));
    }
    if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
      violations.reject(field.key(), "must be at most " + plain(field.max()));
    }
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }

  private void checkDateTime(FormField field, String text, Violations violations) {
    String subtype = field.subtype() == null ? "date" : field.subtype();
    try {
      switch (subtype) {
        case "time" -> LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        case "datetime" -> OffsetDateTime.parse(text);
        default -> LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      violations.reject(field.key(), "is not a valid " + ("date".equals(subtype) ? "date (YYYY-MM-DD)" : subtype));
    }
  }

  private void checkOption(FormField field, Object value, Violations violations) {
    if (!field.options().isEmpty() && !field.options().contains(String.valueOf(value))) {
      violations.reject(field.key(), "must be one of " + String.join(", ", field.options()));
    }
  }

  private void checkOptions(FormField field, Object value, Violations violations) {
    if (!(value instanceof Collection<?> chosen)) {
      violations.reject(field.key(), "must be a list");
      return;
    }
    if (field.options().isEmpty()) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    chosen.stream().map(String::valueOf).filter(option -> !field.options().contains(option)).forEach(unknown::add);
    if (!unknown.isEmpty()) {
      violations.reject(field.key(), "has choices that are not offered: " + String.join(", ", unknown));
    }
  }
}
