package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission carries the form's fields only, each as a plain value or JSON, never an object or a file. */
class SubmittedVariablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormSchema FORM = FormSchema.parse("""
      {"id": "f", "components": [
        {"type": "text", "text": "{{caseReference}}"},
        {"type": "textfield", "key": "panelReference", "label": "Panel notification reference"},
        {"type": "number", "key": "children", "label": "Children"},
        {"type": "checklist", "key": "agencies", "label": "Agencies"},
        {"type": "textfield", "key": "shownOnly", "label": "Shown", "readonly": true},
        {"type": "textfield", "key": "neverSent", "label": "Off", "disabled": true}
      ]}
      """.getBytes(StandardCharsets.UTF_8));

  private static List<String> problems(String variables, Map<String, Object> current) {
    try {
      JsonNode node = JSON.readTree(variables);
      return SubmittedVariables.problems(FORM, node, current::get);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void what_tasklist_sends_passes() {
    assertThat(problems("""
        {"panelReference": {"value": "PN-1"}, "children": {"value": 2},
         "agencies": {"value": "[\\"police\\"]", "type": "Json", "valueInfo": {}}}
        """, Map.of())).isEmpty();
  }

  @Test
  void a_key_the_form_does_not_have_is_named_and_refused_even_one_the_process_works_out() {
    assertThat(problems("""
        {"panelReference": {"value": "PN-1"}, "caseReference": {"value": "CR-2026-9999"},
         "agencyId": {"value": "police"}, "neverSent": {"value": "x"}}
        """, Map.of())).containsExactly("\"caseReference\" is not a field of this form",
        "\"agencyId\" is not a field of this form", "\"neverSent\" is not a field of this form");
  }

  @Test
  void objects_files_and_serialization_settings_are_refused() {
    assertThat(problems("""
        {"panelReference": {"value": "{}", "type": "Object",
           "valueInfo": {"objectTypeName": "java.util.HashMap", "serializationDataFormat": "application/json"}},
         "children": {"value": "AAEC", "type": "Bytes"},
         "agencies": {"value": "[]", "type": "Json", "valueInfo": {"serializationDataFormat": "x"}}}
        """, Map.of())).containsExactly(
        "\"Panel notification reference\" (panelReference) must not carry valueInfo (serialization settings are "
            + "not accepted)",
        "\"Children\" (children) must not be of type Bytes (objects and files are not accepted)",
        "\"Agencies\" (agencies) must not carry valueInfo (serialization settings are not accepted)");
  }

  @Test
  void a_value_must_be_what_its_type_says_and_untyped_values_plain() {
    assertThat(problems("""
        {"panelReference": {"value": ["a", "b"]}, "children": {"value": "2", "type": "Integer"},
         "agencies": {"value": "not json", "type": "Json"}}
        """, Map.of())).containsExactly(
        "\"Panel notification reference\" (panelReference) must be text, a number or true/false (send lists as "
            + "type Json)",
        "\"Children\" (children) does not hold a value of type integer",
        "\"Agencies\" (agencies) must hold a JSON list or object as text");
  }

  @Test
  void a_read_only_field_may_repeat_what_the_case_holds_but_not_change_it() {
    assertThat(problems("{\"shownOnly\": {\"value\": \"as it is\"}}", Map.of("shownOnly", "as it is"))).isEmpty();
    assertThat(problems("{\"shownOnly\": {\"value\": \"changed\"}}", Map.of("shownOnly", "as it is")))
        .containsExactly("\"Shown\" (shownOnly) is read-only: it shows what the case holds and cannot be changed here");
  }

  @Test
  void a_variable_must_be_an_object_with_value_type_and_value_info_only() {
    assertThat(problems("{\"panelReference\": \"PN-1\", \"children\": {\"value\": 1, \"extra\": true}}", Map.of()))
        .containsExactly("\"Panel notification reference\" (panelReference) must be sent as {\"value\": ..., "
            + "\"type\": ...}", "\"Children\" (children) has keys a variable does not have: extra");
  }
}
