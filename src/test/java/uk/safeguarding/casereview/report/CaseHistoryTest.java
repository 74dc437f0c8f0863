package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/** The history of a case as auditors read it: processes, steps, decisions, data changes, operations, path. */
class CaseHistoryTest extends ProcessTestBase {

  @Autowired CaseHistory history;
  @Autowired CaseSearch search;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2029, 11, 19, 10, 0);
  }

  /**
   * Notified a day late; the group decides on an LCSPR, the Panel asks it to reconsider and it decides on a
   * learning review; an administrator hands the second decision to a member before the chair takes it.
   */
  private String caseReconsidered() {
    return caseReconsidered("Child Bramble");
  }

  private String caseReconsidered(String pseudonym) {
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm(pseudonym, "2029-11-19", "2029-11-18")).getBusinessKey();
    cases.runJobs();
    cases.at(LocalDateTime.of(2029, 11, 27, 9, 0));
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2029-11-27", CaseVariables.PANEL_REFERENCE, "NOT-5"));
    RapidReviewWalk.toDecision(cases, reference, "2029-11-27", "criterionAgenciesWorkingTogether");
    RapidReviewWalk.decideAndSend(cases, reference, "2029-11-27", "lcspr", "reconsider");
    Task again = cases.task(reference, "Task_DecideOnReview");
    Authentication.as(identityService, "admin", () -> taskService.setAssignee(again.getId(), "member"));
    cases.complete("chair", again, ReviewForms.decision("learning-review", "The Panel's advice."));
    return reference;
  }

  @Test
  void the_case_shows_every_process_with_its_steps_who_did_them_and_whether_they_were_late() {
    String reference = caseReconsidered();
    CaseRecord record = history.of(reference).orElseThrow();

    assertThat(record.pseudonym()).isEqualTo("Child Bramble");
    assertThat(record.processes()).extracting(CaseRecord.ProcessRecord::processDefinitionKey,
            CaseRecord.ProcessRecord::label)
        .containsExactly(tuple("serious-incident", null), tuple("rapid-review", null),
            tuple("agency-summary", "Exampleshire Police"),
            tuple("agency-summary", "Health (Integrated Care Board)"));
    CaseRecord.Step notification = record.processes().get(0).steps().stream()
        .filter(step -> step.activityId().equals("Task_RecordPanelNotification")).findFirst().orElseThrow();
    // due at the end of Monday 26 November, done on the Tuesday
    assertThat(notification.completedBy()).isEqualTo("notifier");
    assertThat(notification.due()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2029, 11, 26, 23, 59, 59)));
    assertThat(notification.late()).isTrue();
    assertThat(record.processes().get(0).steps()).extracting(CaseRecord.Step::type)
        .noneMatch(type -> type.endsWith("Gateway"));
    CaseRecord.Step told = record.processes().get(0).steps().stream()
        .filter(step -> step.activityId().equals("Task_TellPartners")).findFirst().orElseThrow();
    assertThat(told.completedBy()).isNull();
    assertThat(told.late()).isNull();
    // the start form's data is the notifier's; the rapid review is given it by the case when it starts
    assertThat(record.processes().get(0).variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.CHILD_PSEUDONYM)))
        .extracting(CaseRecord.VariableChange::by, CaseRecord.VariableChange::step)
        .containsExactly(tuple("notifier", "Start: Serious incident"));
    assertThat(record.processes().get(1).variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.CHILD_PSEUDONYM)))
        .extracting(CaseRecord.VariableChange::by, CaseRecord.VariableChange::step)
        .containsExactly(tuple(CaseHistory.THE_PROCESS, "Start: Rapid review"));
  }

  @Test
  void decisions_show_their_reasons_and_who_took_them_and_data_changes_show_old_and_new() {
    String reference = caseReconsidered();
    CaseRecord.ProcessRecord rapidReview = history.of(reference).orElseThrow().processes().get(1);

    assertThat(rapidReview.decisions()).extracting(CaseRecord.Decision::decision, CaseRecord.Decision::value,
            CaseRecord.Decision::by)
        .contains(tuple("Review type recommendation", "lcspr", CaseHistory.THE_PROCESS),
            tuple("Recommended from the regulation 11 criteria", "lcspr", CaseHistory.THE_PROCESS),
            tuple("The group's decision on a review", "lcspr", "chair"),
            tuple("The Panel's response", "reconsider", "business"),
            tuple("The group's decision on a review", "learning-review", "chair"),
            tuple("Local authority sign-off", "agreed", "partner.la"));
    CaseRecord.Decision reconsidered = rapidReview.decisions().stream()
        .filter(decision -> "learning-review".equals(decision.value())).findFirst().orElseThrow();
    assertThat(reconsidered.reason()).isEqualTo("The group's reasons for its decision.");
    assertThat(reconsidered.step()).isEqualTo("Decide on a review");
    // a partner's sign-off reaches the process through its task's output mapping: still that task's step
    assertThat(rapidReview.decisions().stream().filter(decision -> decision.decision().equals("Police sign-off")))
        .extracting(CaseRecord.Decision::step).containsOnly("Police sign off");
    CaseRecord.Decision dmn = rapidReview.decisions().stream()
        .filter(decision -> decision.decision().equals("Review type recommendation")).findFirst().orElseThrow();
    assertThat(dmn.reason()).contains("(found: Reg. 11: two or more agencies working together)");

    assertThat(rapidReview.variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.REVIEW_DECISION)))
        .extracting(CaseRecord.VariableChange::oldValue, CaseRecord.VariableChange::newValue,
            CaseRecord.VariableChange::by)
        .containsExactly(tuple(null, "lcspr", "chair"), tuple("lcspr", "learning-review", "chair"));
    assertThat(rapidReview.variableChanges()).extracting(CaseRecord.VariableChange::variable)
        .doesNotContain(CaseVariables.AGENCY_OPTIONS);
  }

  @Test
  void decisions_and_changes_read_as_the_forms_label_them_and_engine_variables_are_hidden() {
    String reference = caseReconsidered("Child Sorrel");
    CaseRecord record = history.of(reference).orElseThrow();
    CaseRecord.ProcessRecord rapidReview = record.processes().get(1);

    assertThat(rapidReview.decisions()).extracting(CaseRecord.Decision::value, CaseRecord.Decision::valueLabel)
        .contains(tuple("lcspr", "A Local Child Safeguarding Practice Review (LCSPR)"),
            tuple("reconsider", "Asks the partnership to reconsider"),
            tuple("agreed", "Agreed"),
            tuple("learning-review", "A local learning review (or a single-agency review)"));
    // the decision table's result is a code no form of its own offers: the same code's label on another form
    assertThat(rapidReview.decisions().stream()
        .filter(decision -> decision.decision().equals("Review type recommendation")))
        .extracting(CaseRecord.Decision::valueLabel)
        .containsOnly("A Local Child Safeguarding Practice Review (LCSPR)");
    assertThat(record.processes()).flatExtracting(CaseRecord.ProcessRecord::variableChanges)
        .extracting(CaseRecord.VariableChange::variable)
        .isNotEmpty()
        .doesNotContain("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");
    CaseRecord.VariableChange agencies = rapidReview.variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.INVOLVED_AGENCIES)).findFirst().orElseThrow();
    assertThat(agencies.label()).isEqualTo("Agencies involved");
    assertThat(agencies.newShown().text()).isEqualTo("Exampleshire Police, Health (Integrated Care Board)");
    CaseRecord.VariableChange themes = rapidReview.variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.LEARNING_THEMES)).findFirst().orElseThrow();
    assertThat(themes.label()).isEqualTo("Learning themes");
    assertThat(themes.by()).isEqualTo("chair");
    assertThat(themes.newShown().text()).isEqualTo("Neglect, Information sharing");
    CaseRecord.VariableChange notified = record.processes().get(0).variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.PANEL_NOTIFICATION_DATE)).findFirst().orElseThrow();
    assertThat(notified.label()).isEqualTo("Date the notification was sent to the Panel");
    assertThat(notified.newValue()).isEqualTo("2029-11-27");
    assertThat(notified.newShown().text()).isEqualTo("27/11/2029");
    CaseRecord.VariableChange decided = rapidReview.variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.REVIEW_DECISION)).reduce((one, two) -> two)
        .orElseThrow();
    assertThat(decided.label()).isEqualTo("The group's decision on a review");
    assertThat(decided.oldShown().text()).isEqualTo("A Local Child Safeguarding Practice Review (LCSPR)");
    assertThat(decided.newShown().text()).isEqualTo("A local learning review (or a single-agency review)");
  }

  @Test
  void a_case_waiting_for_its_sign_offs_says_where_it_stands_and_when_they_are_due() {
    String reference = caseReconsidered("Child Juniper");
    CaseRecord record = history.of(reference).orElseThrow();

    CaseRecord.Standing standing = record.standing();
    assertThat(standing.stages()).containsExactlyInAnyOrder("Local authority signs off",
        "Integrated Care Board signs off", "Police sign off");
    assertThat(standing.waitingFor()).containsExactlyInAnyOrder("Safeguarding partner: local authority",
        "Safeguarding partner: Integrated Care Board", "Safeguarding partner: police");
    CaseRecord.Step signOff = record.processes().get(1).steps().stream()
        .filter(step -> step.activityId().equals("Task_SignOffLocalAuthority") && step.endTime() == null)
        .findFirst().orElseThrow();
    assertThat(standing.nextDeadline()).isEqualTo(signOff.due()).isNotNull();
    assertThat(standing.overdue()).isFalse();
    assertThat(signOff.late()).isFalse();
    assertThat(signOff.waitingFor()).containsExactly("Safeguarding partner: local authority");

    cases.at(LocalDateTime.ofInstant(signOff.due().toInstant(), EngineClock.LONDON).plusDays(1));
    assertThat(history.of(reference).orElseThrow().standing().overdue()).isTrue();
  }

  @Test
  void the_groups_decision_handed_up_to_the_serious_incident_is_credited_to_the_chair() {
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Tamarisk", "2029-11-18", "2029-11-17")).getBusinessKey();
    cases.runJobs();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2029-11-19", CaseVariables.PANEL_REFERENCE, "NOT-6"));
    RapidReviewWalk.toDecision(cases, reference, "2029-11-19", "criterionAgenciesWorkingTogether");
    RapidReviewWalk.decideAndSend(cases, reference, "2029-11-19", "lcspr", "agree");

    CaseRecord record = history.of(reference).orElseThrow();
    CaseRecord.ProcessRecord incident = record.processes().get(0);
    assertThat(incident.decisions()).extracting(CaseRecord.Decision::decision, CaseRecord.Decision::valueLabel,
            CaseRecord.Decision::by)
        .contains(tuple("The group's decision on a review", "A Local Child Safeguarding Practice Review (LCSPR)",
                "chair"),
            tuple("The Panel's response", "Agrees with the partnership's decision", "business"),
            // the decision table's recommendation is still the process's own
            tuple("Recommended from the regulation 11 criteria", "A Local Child Safeguarding Practice Review (LCSPR)",
                CaseHistory.THE_PROCESS));
    assertThat(incident.variableChanges().stream()
        .filter(change -> change.variable().equals(CaseVariables.REVIEW_DECISION)))
        .extracting(CaseRecord.VariableChange::by).containsExactly("chair");
  }

  @Test
  void operations_people_performed_are_listed_with_old_and_new_values() {
    String reference = caseReconsidered();
    CaseRecord.ProcessRecord rapidReview = history.of(reference).orElseThrow().processes().get(1);

    assertThat(rapidReview.operations()).extracting(CaseRecord.Operation::user, CaseRecord.Operation::operation,
            CaseRecord.Operation::property, CaseRecord.Operation::newValue)
        .contains(tuple("admin", "Assign", "assignee", "member"))
        .contains(tuple("chair", "Complete", "delete", "true"));
  }

  @Test
  void the_diagram_shows_the_path_taken_including_the_loop_back_to_the_decision() {
    String reference = caseReconsidered();
    CaseRecord.ProcessRecord rapidReview = history.of(reference).orElseThrow().processes().get(1);
    DiagramView diagram = history.diagram(rapidReview.processInstanceId()).orElseThrow();

    assertThat(diagram.xml()).contains("<bpmn:process id=\"rapid-review\"");
    assertThat(diagram.activities().get("Task_DecideOnReview")).isEqualTo(new DiagramView.Counts(2, 0));
    // one summary per agency
    assertThat(diagram.activities().get("CallActivity_AgencySummaries")).isEqualTo(new DiagramView.Counts(2, 0));
    assertThat(diagram.activities().get("Task_SignOffLocalAuthority")).isEqualTo(new DiagramView.Counts(1, 1));
    assertThat(diagram.flows()).contains("Flow_ToAgencySummaries", "Flow_PanelAsksToReconsider")
        .doesNotContain("Flow_PanelTakesNationalReview", "Flow_NotAgreed");
    assertThat(history.diagram("no-such-process")).isEmpty();
  }

  @Test
  void a_contribution_overtaken_by_the_national_report_shows_as_a_decision_with_its_reason() {
    String reference = startCase(ProcessKeys.NATIONAL_REVIEW, Map.of(CaseVariables.CHILD_PSEUDONYM, "Child Alder"))
        .getBusinessKey();
    cases.complete("business", reference, "Task_RecordPanelRequest",
        ReviewForms.panelRequest("2029-11-19", "2029-11-30"));
    Map<String, Object> report = ReviewForms.nationalReport("2029-11-19");
    report.put(CaseVariables.OUTSTANDING_CONTRIBUTION, "overtaken");
    report.put(CaseVariables.OUTSTANDING_CONTRIBUTION_REASON, "The report came out before the chronologies were due.");
    cases.complete("business", reference, "Task_RecordNationalReport", report);

    CaseRecord.ProcessRecord nationalReview = history.of(reference).orElseThrow().processes().get(0);
    assertThat(nationalReview.decisions()).extracting(CaseRecord.Decision::decision, CaseRecord.Decision::value,
            CaseRecord.Decision::reason, CaseRecord.Decision::by, CaseRecord.Decision::step)
        .containsExactly(tuple("A contribution still due when the national report came", "overtaken",
            "The report came out before the chronologies were due.", "business", "Record the national report"));
    assertThat(nationalReview.steps().stream().filter(step -> step.activityId().equals("Task_SendContribution")))
        .extracting(CaseRecord.Step::canceled, CaseRecord.Step::completedBy).containsExactly(tuple(true, null));
  }

  @Test
  void cases_are_found_by_any_part_of_their_reference_or_pseudonym_in_any_case() {
    String reference = caseReconsidered("Child Quince");
    List<CaseSummary> byPseudonym = search.search("quince", 10);
    assertThat(byPseudonym).extracting(CaseSummary::reference).containsExactly(reference);
    assertThat(byPseudonym.get(0)).extracting(CaseSummary::pseudonym, CaseSummary::processKey, CaseSummary::state)
        .containsExactly("Child Quince", "serious-incident", "ACTIVE");
    assertThat(search.search(reference.substring(3).toLowerCase(), 10)).extracting(CaseSummary::reference)
        .contains(reference);
    assertThat(search.search("", 3)).hasSizeLessThanOrEqualTo(3);
    assertThat(history.of("CR-1999-0001")).isEmpty();
  }
}
