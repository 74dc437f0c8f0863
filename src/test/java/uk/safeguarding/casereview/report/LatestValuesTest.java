package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The timeliness report reads the latest value of a few variables instead of every change: it must say what
 * all the changes, in the order they were made, say. A case holds some variables in several processes (the
 * rapid review gets a copy of the case's data); whichever copy changed last counts.
 */
class LatestValuesTest extends ProcessTestBase {

  @Autowired CaseProcesses caseProcesses;
  private LatestValues latestValues;
  private String reference;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2031, 3, 3, 10, 0);
  }

  @BeforeEach
  void aCaseAtItsRapidReviewDecision() {
    latestValues = new LatestValues(historyService, caseProcesses, Timeliness.READS);
    reference = startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Wren", "2031-03-03", "2031-03-01")).getBusinessKey();
    cases.runJobs();
    cases.complete("notifier", reference, "Task_RecordPanelNotification", form(CaseVariables.PANEL_NOTIFICATION_DATE, "2031-03-03", CaseVariables.PANEL_REFERENCE, "NOT-31"));
    RapidReviewWalk.toDecision(cases, reference, "2031-03-03", "criterionAgenciesWorkingTogether");
  }

  private LatestValues.Facts facts() {
    return latestValues.read(Map.of(reference, caseProcesses.of(reference)), 10_000).get(reference);
  }

  private String process(String key) {
    return caseProcesses.of(reference).stream().filter(process -> key.equals(process.getProcessDefinitionKey()))
        .findFirst().orElseThrow().getId();
  }

  @Test
  void the_copy_changed_last_counts_whichever_process_holds_it() {
    assertThat(facts().get(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Wren");
    agreesWithEveryChange();

    cases.at(LocalDateTime.of(2031, 3, 6, 9, 0));
    runtimeService.setVariable(process(ProcessKeys.RAPID_REVIEW), CaseVariables.CHILD_PSEUDONYM, "Child Alder");
    assertThat(facts().get(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Alder");
    assertThat(facts().get(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM))
        .isEqualTo("Child Wren");
    agreesWithEveryChange();

    cases.at(LocalDateTime.of(2031, 3, 6, 10, 0));
    runtimeService.setVariable(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM, "Child Birch");
    assertThat(facts().get(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Birch");
    agreesWithEveryChange();
  }

  @Test
  void copies_that_differ_and_changed_in_the_same_moment_are_settled_by_the_order_of_the_changes() {
    cases.at(LocalDateTime.of(2031, 3, 6, 11, 0));
    runtimeService.setVariable(process(ProcessKeys.RAPID_REVIEW), CaseVariables.CHILD_PSEUDONYM, "Child Cedar");
    runtimeService.setVariable(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM, "Child Daisy");
    agreesWithEveryChange();
  }

  @Test
  void a_variable_the_report_did_not_read_is_refused_rather_than_read_as_missing() {
    assertThatThrownBy(() -> facts().get(CaseVariables.PANEL_REFERENCE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(CaseVariables.PANEL_REFERENCE);
  }

  private void agreesWithEveryChange() {
    FactsAgreement.check(caseProcesses, latestValues, reference);
  }
}
