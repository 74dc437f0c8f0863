package uk.safeguarding.casereview.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * What the process works out itself is never a field of a form: a submission carries only its form's fields
 * ({@link SubmittedVariables}), so no submission can set these.
 */
class DerivedValuesTest {

  private static final List<String> DERIVED = List.of(CaseVariables.CASE_REFERENCE, CaseVariables.AGENCY_ID,
      CaseVariables.AGENCY_NAME, CaseVariables.AGENCY_OPTIONS, CaseVariables.AGENCY_SUMMARIES,
      CaseVariables.OWNING_AGENCY_NAME, CaseVariables.PARTNERS_TOLD_ON, CaseVariables.REFERRAL_RECEIVED_ON,
      CaseVariables.SCREENED_ON, CaseVariables.SERIOUS_INCIDENT_REFERENCE, CaseVariables.REVIEW_STARTED_ON,
      CaseVariables.LCSPR_TARGET_DATE, CaseVariables.CHRONOLOGY_REQUESTED_ON, CaseVariables.ACTION_PLAN,
      CaseVariables.CONTRIBUTION_OUTSTANDING, CaseVariables.OTHER_AREA_CONNECTION_TEXT,
      CaseVariables.OTHER_AREA_CONTACT, CaseVariables.DAY_ONE_LATE_BECAUSE,
      CaseVariables.REVIEWING_AGENCY_NAME, "summariesRequestedOn", "recordedBy");

  @Test
  void no_form_has_a_field_for_a_value_the_process_works_out() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        FormSchema schema = FormSchema.parse(Files.readAllBytes(form));
        schema.fields().stream().filter(FormField::isSubmitted).map(FormField::key).filter(DERIVED::contains)
            .forEach(key -> found.add(form.getFileName() + ": " + key));
      }
    }
    assertThat(found).isEmpty();
  }
}
