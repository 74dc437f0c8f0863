package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The server's copy of the browser's checks, driven by a form schema as the form editor writes it. */
class FormSubmissionValidatorTest {

  private static final String FORM = """
      {
        "id": "sample-form",
        "type": "default",
        "components": [
          {"type": "text", "id": "Text_1", "text": "Intro"},
          {"type": "textfield", "id": "F1", "key": "pseudonym", "label": "Child's pseudonym",
           "validate": {"required": true, "minLength": 2, "maxLength": 10}},
          {"type": "textfield", "id": "F2", "key": "reference", "label": "Reference",
           "validate": {"pattern": "^[A-Z]{2}[0-9]+$"}},
          {"type": "textfield", "id": "F3", "key": "contact", "label": "Contact email",
           "validate": {"validationType": "email"}},
          {"type": "number", "id": "F4", "key": "children", "label": "Children", "decimalDigits": 0,
           "validate": {"required": true, "min": 1, "max": 4}},
          {"type": "textarea", "id": "F12", "key": "notes", "label": "Notes"},
          {"type": "datetime", "id": "F5", "subtype": "date", "key": "when", "dateLabel": "Date of incident",
           "validate": {"required": true}},
          {"type": "radio", "id": "F6", "key": "outcome", "label": "Outcome",
           "values": [{"label": "Agree", "value": "agree"}, {"label": "Disagree", "value": "disagree"}],
           "validate": {"required": true}},
          {"type": "textarea", "id": "F7", "key": "reason", "label": "Reason for disagreeing",
           "conditional": {"hide": "=outcome != \\"disagree\\""}, "validate": {"required": true}},
          {"type": "checkbox", "id": "F8", "key": "confirmed", "label": "I confirm", "validate": {"required": true}},
          {"type": "checklist", "id": "F9", "key": "products", "label": "Products",
           "values": [{"label": "Report", "value": "report"}, {"label": "Poster", "value": "poster"}]},
          {"type": "group", "id": "G1", "label": "More", "components": [
            {"type": "select", "id": "F10", "key": "agency", "label": "Agency",
             "values": [{"label": "Police", "value": "police"}]}
          ]},
          {"type": "textfield", "id": "F11", "key": "shown", "label": "Shown only", "readonly": true,
           "validate": {"required": true}}
        ]
      }
      """;

  private final FormSchema schema = FormSchema.parse(FORM.getBytes(StandardCharsets.UTF_8));

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("pseudonym", "Scarlet");
    values.put("reference", "CR123");
    values.put("contact", "lead@agency.example.org");
    values.put("children", 2);
    values.put("when", "2026-11-02");
    values.put("outcome", "agree");
    values.put("confirmed", true);
    values.put("products", List.of("report"));
    values.put("agency", "police");
    return values;
  }

  private List<String> problems(Map<String, Object> values, FormRule... rules) {
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(rules), new FeelConditions());
    FormValidationException error = catchThrowableOfType(FormValidationException.class,
        () -> validator.validate(schema, "Sample", values));
    return error == null ? List.of() : error.getProblems();
  }

  @Test
  void the_schema_lists_input_fields_including_those_in_groups_with_their_labels() {
    assertThat(schema.id()).isEqualTo("sample-form");
    assertThat(schema.fields()).extracting(FormField::key).containsExactly("pseudonym", "reference", "contact",
        "children", "notes", "when", "outcome", "reason", "confirmed", "products", "agency", "shown");
    assertThat(schema.field("when")).get().extracting(FormField::label).isEqualTo("Date of incident");
    assertThat(schema.field("outcome")).get().extracting(FormField::options).isEqualTo(List.of("agree", "disagree"));
  }

  @Test
  void a_valid_submission_passes() {
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(), new FeelConditions());
    assertThatCode(() -> validator.validate(schema, "Sample", valid())).doesNotThrowAnyException();
  }

  @Test
  void only_the_values_the_form_and_its_conditions_use_are_read_from_the_case() {
    // a case holds many other values, each a database read when asked for
    Map<String, Object> values = valid();
    for (int i = 0; i < 20; i++) {
      values.put("agencyOptions" + i, "[{\"value\":\"police\"}]");
    }
    List<String> read = new ArrayList<>();
    Map<String, Object> caseValues = new HashMap<>(values) {
      @Override
      public Object get(Object key) {
        read.add(String.valueOf(key));
        return super.get(key);
      }

      @Override
      public Set<Map.Entry<String, Object>> entrySet() {
        read.addAll(keySet());
        return super.entrySet();
      }

      @Override
      public void forEach(BiConsumer<? super String, ? super Object> action) {
        read.addAll(keySet());
        super.forEach(action);
      }
    };
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(), new FeelConditions());
    assertThatCode(() -> validator.validate(schema, "Sample", caseValues)).doesNotThrowAnyException();
    assertThat(read).isNotEmpty().noneMatch(key -> key.startsWith("agencyOptions"));
  }

  @Test
  void required_fields_that_are_missing_or_blank_are_named_by_label_and_key() {
    Map<String, Object> values = valid();
    values.put("pseudonym", "   ");
    values.remove("children");
    values.put("when", null);
    values.put("confirmed", false);

    assertThat(problems(values)).containsExactly(
        "\"Child's pseudonym\" (pseudonym) is required",
        "\"Children\" (children) is required",
        "\"Date of incident\" (when) is required",
        "\"I confirm\" (confirmed) must be ticked");
  }

  @Test
  void lengths_patterns_and_email_addresses_are_checked() {
    Map<String, Object> values = valid();
    values.put("pseudonym", "Child Scarlet Rose");
    values.put("reference", "cr-1");
    values.put("contact", "not an address");

    assertThat(problems(values)).containsExactly(
        "\"Child's pseudonym\" (pseudonym) must be at most 10 characters (it has 18)",
        "\"Reference\" (reference) is not in the expected format",
        "\"Contact email\" (contact) must be an email address");
  }

  @Test
  void numbers_dates_and_choices_must_be_what_the_form_offers() {
    Map<String, Object> values = valid();
    values.put("children", 5);
    values.put("when", "02/11/2026");
    values.put("outcome", "maybe");
    values.put("products", List.of("report", "leaflet"));
    values.put("agency", "fire-service");

    assertThat(problems(values)).containsExactly(
        "\"Children\" (children) must be at most 4",
        "\"Date of incident\" (when) is not a valid date (YYYY-MM-DD)",
        "\"Outcome\" (outcome) must be one of agree, disagree",
        "\"Products\" (products) has choices that are not offered: leaflet",
        "\"Agency\" (agency) must be one of police");
  }

  @Test
  void a_number_field_takes_a_number_not_text_and_a_whole_number_field_no_fraction() {
    Map<String, Object> values = valid();
    values.put("children", "2");
    assertThat(problems(values)).containsExactly("\"Children\" (children) must be a number");
    values.put("children", 1.5);
    assertThat(problems(values)).containsExactly("\"Children\" (children) must be a whole number");
    values.put("children", 2.0);
    assertThat(problems(values)).isEmpty();
    values.put("children", 0);
    assertThat(problems(values)).containsExactly("\"Children\" (children) must be at least 1");
  }

  @Test
  void text_fields_take_text_only_whatever_else_is_sent() {
    for (Object notText : List.of(List.of("Scarlet"), Map.of("name", "Scarlet"), 12, true)) {
      Map<String, Object> values = valid();
      values.put("pseudonym", notText);
      values.put("when", notText);
      assertThat(problems(values)).as(String.valueOf(notText)).containsExactly(
          "\"Child's pseudonym\" (pseudonym) must be text", "\"Date of incident\" (when) must be text");
    }
  }

  @Test
  void a_text_field_without_a_maximum_takes_what_the_database_stores_and_no_more() {
    Map<String, Object> values = valid();
    values.put("notes", "x".repeat(4000));
    assertThat(problems(values)).isEmpty();
    values.put("notes", "x".repeat(4001));
    assertThat(problems(values)).containsExactly("\"Notes\" (notes) must be at most 4000 characters (it has 4001)");
  }

  @Test
  void a_choice_is_one_value_and_a_checklist_a_list_of_values() {
    Map<String, Object> values = valid();
    values.put("outcome", List.of("agree"));
    values.put("reason", "Shown while the outcome is not one choice.");
    values.put("products", List.of(List.of("report")));
    assertThat(problems(values)).containsExactly("\"Outcome\" (outcome) must be one choice",
        "\"Products\" (products) must be a list of choices");
  }

  @Test
  void a_field_hidden_by_its_feel_condition_is_not_required_and_a_shown_one_is() {
    Map<String, Object> values = valid();
    assertThat(problems(values)).isEmpty();

    values.put("outcome", "disagree");
    assertThat(problems(values)).containsExactly("\"Reason for disagreeing\" (reason) is required");

    values.put("reason", "The learning is already known.");
    assertThat(problems(values)).isEmpty();
  }

  @Test
  void read_only_fields_are_not_checked() {
    assertThat(schema.field("shown")).get().extracting(FormField::isInput).isEqualTo(false);
    assertThat(problems(valid())).isEmpty();
  }

  @Test
  void the_rules_of_this_form_run_after_the_schema_checks_and_other_forms_rules_do_not() {
    FormRule mine = FormRule.of("sample-form", (values, violations) -> {
      if (values.date("when").getYear() < 2027) {
        violations.reject("when", "must be in 2027");
      }
    });
    FormRule other = FormRule.of("another-form",
        (values, violations) -> violations.reject("pseudonym", "should never be checked here"));

    assertThat(problems(valid(), mine, other)).containsExactly("\"Date of incident\" (when) must be in 2027");
  }

  private static final String LIST_FORM = """
      {
        "id": "list-form",
        "components": [
          {"type": "checklist", "id": "F1", "key": "agencies", "label": "Agencies", "valuesKey": "agencyOptions",
           "validate": {"required": true}},
          {"type": "radio", "id": "F2", "key": "wait", "label": "Wait?",
           "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
          {"type": "datetime", "id": "F3", "subtype": "date", "key": "until", "dateLabel": "Until",
           "conditional": {"hide": "=wait != \\"yes\\""}},
          {"type": "dynamiclist", "id": "L1", "path": "recommendations", "label": "Recommendation", "components": [
            {"type": "textarea", "id": "R1", "key": "text", "label": "Recommendation", "validate": {"required": true}},
            {"type": "select", "id": "R2", "key": "owner", "label": "Owner", "valuesKey": "agencyOptions",
             "validate": {"required": true}},
            {"type": "textfield", "id": "R3", "key": "why", "label": "Why health",
             "conditional": {"hide": "=owner != \\"health\\""}}
          ]}
        ]
      }
      """;

  private final FormSchema lists = FormSchema.parse(LIST_FORM.getBytes(StandardCharsets.UTF_8));

  private static Map<String, Object> withOptions(Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    values.put("agencyOptions", List.of(Map.of("label", "Police", "value", "police"),
        Map.of("label", "Health", "value", "health")));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  private List<String> listProblems(Map<String, Object> values, FormRule... rules) {
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(rules), new FeelConditions());
    FormValidationException error = catchThrowableOfType(FormValidationException.class,
        () -> validator.validate(lists, "Lists", values));
    return error == null ? List.of() : error.getProblems();
  }

  @Test
  void choices_can_come_from_a_variable_of_the_case() {
    assertThat(listProblems(withOptions("agencies", List.of("police", "health")))).isEmpty();
    assertThat(listProblems(withOptions("agencies", List.of()))).containsExactly("\"Agencies\" (agencies) is required");
    assertThat(listProblems(withOptions("agencies", List.of("police", "fire"))))
        .containsExactly("\"Agencies\" (agencies) has choices that are not offered: fire");
  }

  @Test
  void each_entry_of_a_dynamic_list_is_checked_and_named_by_its_place() {
    Map<String, Object> values = withOptions("agencies", List.of("police"), "recommendations", List.of(
        Map.of("text", "Share information.", "owner", "health"),
        Map.of("text", "", "owner", "fire")));

    assertThat(listProblems(values)).containsExactly(
        "Recommendation 2: \"Recommendation\" (text) is required",
        "Recommendation 2: \"Owner\" (owner) must be one of police, health");
  }

  @Test
  void a_field_an_entry_hides_must_be_left_out_of_that_entry() {
    Map<String, Object> values = withOptions("agencies", List.of("police"), "recommendations", List.of(
        Map.of("text", "Share information.", "owner", "health", "why", "Named in the review."),
        Map.of("text", "Train staff.", "owner", "police", "why", "<b>unchecked</b>")));

    assertThat(listProblems(values)).containsExactly(
        "Recommendation 2: \"Why health\" (why) is hidden by the other answers in this entry; leave it out");
  }

  @Test
  void an_entry_of_a_dynamic_list_carries_only_the_list_fields() {
    Map<String, Object> values = withOptions("agencies", List.of("police"), "recommendations", List.of(
        Map.of("text", "Share information.", "owner", "health", "closedOn", "2026-01-01")));

    assertThat(listProblems(values)).containsExactly(
        "\"Recommendation\" (recommendations) entry 1 has fields the form does not have: closedOn");
  }

  @Test
  void a_rule_does_not_see_a_field_the_form_hides_even_if_an_earlier_round_left_a_value() {
    FormRule untilMustBeAfter2027 = FormRule.of("list-form", (values, violations) -> {
      if (values.date("until") != null && values.date("until").getYear() < 2027) {
        violations.reject("until", "must be in 2027");
      }
    });
    Map<String, Object> waiting = withOptions("agencies", List.of("police"), "wait", "yes", "until", "2026-12-01");
    assertThat(listProblems(waiting, untilMustBeAfter2027)).containsExactly("\"Until\" (until) must be in 2027");

    Map<String, Object> notWaiting = withOptions("agencies", List.of("police"), "wait", "no", "until", "2026-12-01");
    assertThat(listProblems(notWaiting, untilMustBeAfter2027)).isEmpty();
  }

  @Test
  void the_exception_message_is_what_tasklist_shows() {
    Map<String, Object> values = valid();
    values.remove("pseudonym");
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(), new FeelConditions());
    FormValidationException error = catchThrowableOfType(FormValidationException.class,
        () -> validator.validate(schema, "Record the Panel notification", values));
    assertThat(error.getMessage()).isEqualTo(
        "Please correct the form \"Record the Panel notification\": \"Child's pseudonym\" (pseudonym) is required.");
  }

  private static final String EXPRESSION_FORM = """
      {
        "id": "expression-form",
        "components": [
          {"type": "radio", "id": "E1", "key": "publish", "label": "Publish", "validate": {"required": true},
           "valuesExpression": "=concatenate([{label: \\"Report\\", value: \\"report\\"}], if kind = \\"statutory\\"\
       then [] else [{label: \\"Nothing\\", value: \\"nothing\\"}])"},
          {"type": "checklist", "id": "E2", "key": "products", "label": "Products",
           "valuesExpression": "=catalogue.offered"}
        ]
      }
      """;

  private List<String> expressionProblems(Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    FormSubmissionValidator validator = new FormSubmissionValidator(List.of(), new FeelConditions());
    FormValidationException error = catchThrowableOfType(FormValidationException.class, () -> validator.validate(
        FormSchema.parse(EXPRESSION_FORM.getBytes(StandardCharsets.UTF_8)), "Expression", values));
    return error == null ? List.of() : error.getProblems();
  }

  @Test
  void choices_an_expression_works_out_from_the_case_are_the_only_ones_accepted() {
    assertThat(expressionProblems("kind", "local", "publish", "nothing")).isEmpty();
    assertThat(expressionProblems("kind", "statutory", "publish", "report")).isEmpty();
    assertThat(expressionProblems("kind", "statutory", "publish", "nothing"))
        .containsExactly("\"Publish\" (publish) must be one of report");
    // an expression that gives no choices (no catalogue in the case) lets nothing through
    assertThat(expressionProblems("kind", "local", "publish", "report", "products", List.of("poster")))
        .containsExactly("\"Products\" (products) has choices that are not offered: poster");
  }
}
