package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
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
  /** How often a case's facts had to be read from every change (copies that differ, changed together). */
  private final AtomicInteger readsOfEveryChange = new AtomicInteger();

  /** A year of its own: other process tests on the same engine count the case references of theirs. */
  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2035, 3, 5, 10, 0);
  }

  @BeforeEach
  void aCaseAtItsRapidReviewDecision() {
    latestValues = new LatestValues(historyService, processes -> {
      readsOfEveryChange.incrementAndGet();
      return CaseProcesses.facts(caseProcesses.changes(processes));
    }, Timeliness.READS);
    reference = startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Wren", "2035-03-05", "2035-03-03")).getBusinessKey();
    cases.runJobs();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2035-03-05", CaseVariables.PANEL_REFERENCE, "NOT-35"));
    RapidReviewWalk.toDecision(cases, reference, "2035-03-05", "criterionAgenciesWorkingTogether");
  }

  private LatestValues.Facts facts() {
    return latestValues.read(Map.of(reference, caseProcesses.of(reference)), 10_000).get(reference);
  }

  /** The case's value, settled by the copies' own changes without reading every change of the case. */
  private Object settled(String name) {
    readsOfEveryChange.set(0);
    Object value = facts().get(name);
    assertThat(readsOfEveryChange).as("reads of every change for %s", name).hasValue(0);
    return value;
  }

  private String process(String key) {
    return caseProcesses.of(reference).stream().filter(process -> key.equals(process.getProcessDefinitionKey()))
        .findFirst().orElseThrow().getId();
  }

  @Test
  void the_copy_changed_last_counts_whichever_process_holds_it() {
    assertThat(settled(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Wren");
    agreesWithEveryChange();

    cases.at(LocalDateTime.of(2035, 3, 8, 9, 0));
    runtimeService.setVariable(process(ProcessKeys.RAPID_REVIEW), CaseVariables.CHILD_PSEUDONYM, "Child Alder");
    assertThat(settled(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Alder");
    assertThat(facts().get(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM))
        .isEqualTo("Child Wren");
    agreesWithEveryChange();

    cases.at(LocalDateTime.of(2035, 3, 8, 10, 0));
    runtimeService.setVariable(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM, "Child Birch");
    assertThat(settled(CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Birch");
    agreesWithEveryChange();
  }

  @Test
  void a_variable_removed_counts_as_no_value_until_it_is_set_again() {
    String incident = process(ProcessKeys.SERIOUS_INCIDENT);
    cases.at(LocalDateTime.of(2035, 3, 8, 9, 0));
    runtimeService.removeVariable(incident, CaseVariables.PANEL_NOTIFICATION_DATE);
    // history keeps the removed copy's last value; the rapid review's copy is older than the removal
    assertThat(settled(CaseVariables.PANEL_NOTIFICATION_DATE)).isNull();
    assertThat(facts().get(incident, CaseVariables.PANEL_NOTIFICATION_DATE)).isNull();
    assertThat(facts().get(process(ProcessKeys.RAPID_REVIEW), CaseVariables.PANEL_NOTIFICATION_DATE))
        .isEqualTo("2035-03-05");
    agreesWithEveryChange();

    cases.at(LocalDateTime.of(2035, 3, 8, 10, 0));
    runtimeService.setVariable(incident, CaseVariables.PANEL_NOTIFICATION_DATE, "2035-03-06");
    assertThat(settled(CaseVariables.PANEL_NOTIFICATION_DATE)).isEqualTo("2035-03-06");
    assertThat(facts().get(incident, CaseVariables.PANEL_NOTIFICATION_DATE)).isEqualTo("2035-03-06");
    agreesWithEveryChange();
  }

  @Test
  void copies_that_differ_and_changed_in_the_same_moment_are_settled_by_the_order_of_the_changes() {
    cases.at(LocalDateTime.of(2035, 3, 8, 11, 0));
    runtimeService.setVariable(process(ProcessKeys.RAPID_REVIEW), CaseVariables.CHILD_PSEUDONYM, "Child Cedar");
    runtimeService.setVariable(process(ProcessKeys.SERIOUS_INCIDENT), CaseVariables.CHILD_PSEUDONYM, "Child Daisy");
    readsOfEveryChange.set(0);
    LatestValues.Facts facts = facts();
    assertThat(facts.get(CaseVariables.CHILD_PSEUDONYM)).isIn("Child Cedar", "Child Daisy");
    assertThat(facts.get(CaseVariables.CHILD_PSEUDONYM)).isEqualTo(facts.get(CaseVariables.CHILD_PSEUDONYM));
    // only the tie is read from every change, and once however often it is asked for
    assertThat(readsOfEveryChange).hasValue(1);
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
