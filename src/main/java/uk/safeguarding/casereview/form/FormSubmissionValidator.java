package uk.safeguarding.casereview.form;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its Camunda Form: the constraints in the form's schema, then the form's
 * {@link FormRule}s. Throws {@link FormValidationException} naming every field in error.
 */
@Component
public class FormSubmissionValidator {

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
        check(new FieldEntry(offering(field, values), values, values), violations);
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

  private void check(FieldEntry entry, Violations violations) {
    FormField field = entry.field();
    if ("checkbox".equals(field.type())) {
      FieldChecks.checkCheckbox(entry, violations);
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
        if (FieldChecks.isText(entry, value, violations)) {
          FieldChecks.checkText(entry, entry.values().text(entry.key()), violations);
        }
      }
      case "number" -> FieldChecks.checkNumber(entry, violations);
      case "datetime" -> {
        if (FieldChecks.isText(entry, value, violations)) {
          FieldChecks.checkDateTime(entry, entry.values().text(entry.key()), violations);
        }
      }
      case "radio", "select" -> FieldChecks.checkOption(entry, value, violations);
      case "checklist", "taglist" -> FieldChecks.checkOptions(entry, value, violations);
      default -> { }
    }
  }

  /** A field whose choices depend on the case offers those its expression gives for this case, as in the form. */
  private FormField offering(FormField field, FormValues values) {
    return field.valuesExpression() == null ? field
        : field.offering(conditions.choices(field.valuesExpression(), values.asMap()));
  }

  private void checkList(FieldEntry entry, Violations violations) {
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
        FieldEntry inEntry = new FieldEntry(child, itemValues, entry.submission(), label + " " + (i + 1) + ": ",
            entry.key() + "[" + i + "].");
        if (conditions.isHidden(child.hideCondition(), itemValues.asMap())) {
          // Tasklist sends nothing for a field the entry hides, and a value there would go unchecked
          if (!itemValues.isEmpty(child.key())) {
            inEntry.reject(violations, "is hidden by the other answers in this entry; leave it out");
          }
        } else if (child.isInput()) {
          FormField offered = offering(child, entry.submission());
          check(inEntry.with(offered), violations);
        }
      }
    }
  }
}
