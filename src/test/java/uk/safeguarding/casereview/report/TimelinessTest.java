package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The statutory timeliness report on cases the engine ran: in time and late, across the bank holidays of
 * Christmas 2032 (Christmas Day and Boxing Day on a weekend, New Year's Day on a Saturday: substitute days on
 * 27 and 28 December and 3 January), with reporting years from April.
 */
class TimelinessTest extends ProcessTestBase {

  @Autowired Timeliness timeliness;
  @Autowired RuntimeService runtimeService;
  @Autowired TimelinessCsv csv;
  @Autowired Deadlines deadlines;
  @Autowired CaseProcesses caseProcesses;

  /** The report reads latest values, not every change: on every case these tests ran, both say the same. */
  @AfterEach
  void latestValuesAgreeWithEveryChange() {
    FactsAgreement.checkEveryCase(historyService, caseProcesses);
  }

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2032, 12, 23, 10, 0);
  }

  /** A serious incident the local authority knew of on Thursday 23 December 2032, notified on the given day. */
  private String incidentNotifiedOn(String pseudonym, LocalDate notifiedOn) {
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm(pseudonym, "2032-12-23", "2032-12-22")).getBusinessKey();
    cases.runJobs();
    cases.at(notifiedOn.atTime(10, 0));
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, notifiedOn.toString(), CaseVariables.PANEL_REFERENCE, "NOT-9"));
    return reference;
  }

  private static TimelinessRow row(List<TimelinessRow> rows, Measure measure) {
    return rows.stream().filter(row -> row.measure().equals(measure.id())).findFirst().orElseThrow();
  }

  @Test
  void a_notification_on_the_fifth_working_day_after_christmas_is_in_time_and_one_a_day_later_is_late() {
    String inTime = incidentNotifiedOn("Child Holly", LocalDate.of(2033, 1, 4));
    EngineClock.setLondonTime(LocalDateTime.of(2032, 12, 23, 10, 0));
    String late = incidentNotifiedOn("Child Ivy", LocalDate.of(2033, 1, 5));

    TimelinessRow met = row(timeliness.rowsOf(inTime), Measure.PANEL_NOTIFICATION);
    assertThat(met).extracting(TimelinessRow::start, TimelinessRow::due, TimelinessRow::done,
            TimelinessRow::workingDays, TimelinessRow::status)
        .containsExactly(LocalDate.of(2032, 12, 23), LocalDate.of(2033, 1, 4), LocalDate.of(2033, 1, 4), 5,
            TimelinessRow.Status.MET);
    TimelinessRow missed = row(timeliness.rowsOf(late), Measure.PANEL_NOTIFICATION);
    assertThat(missed).extracting(TimelinessRow::due, TimelinessRow::done, TimelinessRow::workingDays,
            TimelinessRow::status)
        .containsExactly(LocalDate.of(2033, 1, 4), LocalDate.of(2033, 1, 5), 6, TimelinessRow.Status.MISSED);
    // the partners were told the day the case began
    assertThat(row(timeliness.rowsOf(late), Measure.PARTNERS_TOLD)).extracting(TimelinessRow::done,
        TimelinessRow::workingDays, TimelinessRow::status)
        .containsExactly(LocalDate.of(2032, 12, 23), 0, TimelinessRow.Status.MET);
    // the rapid review's 15 working days count from the notification; not done yet, not yet due
    assertThat(row(timeliness.rowsOf(late), Measure.RAPID_REVIEW)).extracting(TimelinessRow::start,
        TimelinessRow::due, TimelinessRow::status)
        .containsExactly(LocalDate.of(2033, 1, 5), LocalDate.of(2033, 1, 26), TimelinessRow.Status.OPEN);
  }

  @Test
  void a_deadline_not_met_by_today_is_overdue_and_counts_its_working_days_so_far() {
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Rowan", "2032-12-23", "2032-12-22")).getBusinessKey();
    cases.runJobs();
    EngineClock.setLondonTime(LocalDateTime.of(2033, 1, 6, 12, 0));

    assertThat(row(timeliness.rowsOf(reference), Measure.PANEL_NOTIFICATION)).extracting(TimelinessRow::done,
        TimelinessRow::workingDays, TimelinessRow::status)
        .containsExactly(null, 7, TimelinessRow.Status.OVERDUE);
  }

  @Test
  void an_lcspr_reports_its_rapid_review_chronologies_publication_copy_and_recommendations() {
    String reference = incidentNotifiedOn("Child Laurel", LocalDate.of(2033, 1, 4));
    RapidReviewWalk.toDecision(cases, reference, "2033-01-04", "criterionAgenciesWorkingTogether");
    RapidReviewWalk.decideAndSend(cases, reference, "2033-01-04", "lcspr", "agree");
    LocalReviewWalk.all(cases, reference, true, recommendations(
        recommendation("Police share call-outs with health visitors.", "police", "partner-police", "2033-03-31"),
        recommendation("Health visitors follow up missed appointments.", "health", "partner-icb", "2033-04-29")),
        "police", "health");
    // the police close theirs in time; health's is still open after its due date
    cases.complete("lead.police", cases.taskFor(reference, "Task_ReportProgress", "agency-police"),
        uk.safeguarding.casereview.support.ActionPlanForms.completeWithEvidence(EngineClock.today().toString()));
    cases.complete("chair", reference, "Task_VerifyEvidence",
        uk.safeguarding.casereview.support.ActionPlanForms.closed());
    cases.at(LocalDateTime.of(2033, 5, 3, 10, 0));

    List<TimelinessRow> rows = timeliness.rowsOf(reference);
    assertThat(row(rows, Measure.RAPID_REVIEW)).extracting(TimelinessRow::done, TimelinessRow::status)
        .containsExactly(LocalDate.of(2033, 1, 4), TimelinessRow.Status.MET);
    assertThat(rows.stream().filter(row -> row.measure().equals(Measure.CHRONOLOGY.id())))
        .extracting(TimelinessRow::subject, TimelinessRow::due, TimelinessRow::status)
        .containsExactlyInAnyOrder(
            tuple("Exampleshire Police", LocalDate.of(2033, 1, 18), TimelinessRow.Status.MET),
            tuple("Health (Integrated Care Board)", LocalDate.of(2033, 1, 18), TimelinessRow.Status.MET));
    // decided on 4 January: published two weeks and a day later, within six months
    assertThat(row(rows, Measure.LCSPR_PUBLISHED)).extracting(TimelinessRow::start, TimelinessRow::due,
            TimelinessRow::done, TimelinessRow::status)
        .containsExactly(LocalDate.of(2033, 1, 4), LocalDate.of(2033, 7, 4), LocalDate.of(2033, 1, 25),
            TimelinessRow.Status.MET);
    // the copy went on 11 January, publication on 25 January: 10 working days, at least 7 asked for
    assertThat(row(rows, Measure.PRE_PUBLICATION_COPY)).extracting(TimelinessRow::done, TimelinessRow::due,
            TimelinessRow::workingDays, TimelinessRow::status)
        .containsExactly(LocalDate.of(2033, 1, 11), LocalDate.of(2033, 1, 14), 10, TimelinessRow.Status.MET);
    assertThat(rows.stream().filter(row -> row.measure().equals(Measure.RECOMMENDATION.id())))
        .extracting(TimelinessRow::subject, TimelinessRow::due, TimelinessRow::done, TimelinessRow::status)
        .containsExactly(
            tuple("Recommendation 1: Exampleshire Police", LocalDate.of(2033, 3, 31), LocalDate.of(2033, 1, 25),
                TimelinessRow.Status.MET),
            tuple("Recommendation 2: Health (Integrated Care Board)", LocalDate.of(2033, 4, 29), null,
                TimelinessRow.Status.OVERDUE));

    // the year's report reads its cases a batch at a time, and finds the same rows whatever the batch
    String other = incidentNotifiedOn("Child Clover", LocalDate.of(2033, 5, 3));
    ReportingYear year = timeliness.year("2032-33");
    TimelinessReport oneByOne = timeliness.reportFor(year, 1);
    assertThat(oneByOne.rows()).filteredOn(row -> row.reference().equals(reference))
        .containsExactlyElementsOf(rows);
    assertThat(oneByOne.rows()).extracting(TimelinessRow::reference).contains(other);
    assertThat(timeliness.reportFor(year, 2).rows()).containsExactlyElementsOf(oneByOne.rows());
    assertThat(timeliness.report("2032-33").rows()).containsExactlyElementsOf(oneByOne.rows());
  }

  @Test
  void a_referral_that_became_a_serious_incident_leaves_the_incidents_deadlines_to_the_incident() {
    String referral = cases.startByForm("referrer", ProcessKeys.CASE_REFERRAL, ReviewForms.referral())
        .getBusinessKey();
    cases.runJobs();
    cases.complete("member", referral, "Task_ScreenReferral",
        form("screeningOutcome", "serious-incident", "screeningRationale", "The group's reasons."));
    Map<String, Object> facts = SeriousIncidentFixtures.startForm("Child Robin", "2032-12-23", "2032-12-22");
    facts.remove(CaseVariables.CHILD_PSEUDONYM);
    facts.put("notifyPanel", "yes");
    cases.complete("notifier", referral, "Task_ConsiderNotification", facts);

    // the referral reports its screening only; the incident it started reports the Panel notification
    assertThat(timeliness.rowsOf(referral)).extracting(TimelinessRow::measure)
        .containsExactly(Measure.REFERRAL_SCREENING.id());
    String incident = (String) historyService.createHistoricVariableInstanceQuery()
        .variableName(CaseVariables.SERIOUS_INCIDENT_REFERENCE).singleResult().getValue();
    assertThat(timeliness.rowsOf(incident)).extracting(TimelinessRow::measure)
        .contains(Measure.PANEL_NOTIFICATION.id(), Measure.PARTNERS_TOLD.id());
  }

  @Test
  void a_copy_for_a_report_published_on_a_saturday_is_due_as_the_publication_timer_counts() {
    // published Saturday 29 January 2033: a copy sent on Wednesday 19th lets it out from Friday 28th, one sent
    // on Thursday 20th only from Monday 31st
    assertThat(deadlines.latestCopyDay(LocalDate.of(2033, 1, 29))).isEqualTo(LocalDate.of(2033, 1, 19));
    assertThat(deadlines.earliestPublication(LocalDate.of(2033, 1, 19), LocalDate.of(2033, 1, 19)))
        .isEqualTo(LocalDate.of(2033, 1, 28));
    assertThat(deadlines.earliestPublication(LocalDate.of(2033, 1, 20), LocalDate.of(2033, 1, 20)))
        .isEqualTo(LocalDate.of(2033, 1, 31));
  }

  @Test
  void the_report_of_a_year_holds_the_cases_the_local_authority_knew_of_from_april_to_march() {
    EngineClock.setLondonTime(LocalDateTime.of(2034, 3, 31, 10, 0));
    String march = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Sorrel", "2034-03-31", "2034-03-30")).getBusinessKey();
    EngineClock.setLondonTime(LocalDateTime.of(2034, 4, 3, 10, 0));
    String april = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Tansy", "2034-04-03", "2034-04-01")).getBusinessKey();

    TimelinessReport earlier = timeliness.report("2033-34");
    TimelinessReport later = timeliness.report("2034-35");
    assertThat(earlier.rows()).extracting(TimelinessRow::reference).contains(march).doesNotContain(april);
    assertThat(later.rows()).extracting(TimelinessRow::reference).contains(april).doesNotContain(march);
    assertThat(later.from()).isEqualTo(LocalDate.of(2034, 4, 1));
    assertThat(later.to()).isEqualTo(LocalDate.of(2035, 3, 31));
    assertThat(later.years()).contains("2033-34", "2034-35");
    assertThat(timeliness.report(null).year()).isEqualTo("2034-35");
    TimelinessReport.MeasureSummary notification = later.measures().stream()
        .filter(measure -> measure.id().equals(Measure.PANEL_NOTIFICATION.id())).findFirst().orElseThrow();
    assertThat(notification.open() + notification.met() + notification.missed() + notification.overdue())
        .isEqualTo(later.rows().stream().filter(row -> row.measure().equals(Measure.PANEL_NOTIFICATION.id()))
            .count());
  }

  @Test
  void a_year_that_is_not_one_is_refused_with_the_form_it_should_take() {
    assertThatThrownBy(() -> timeliness.report("2026/27")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be a reporting year such as 2026-27 (was \"2026/27\")");
    assertThatThrownBy(() -> timeliness.report("2026-28")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be written 2026-27 (was \"2026-28\")");
  }

  @Test
  void a_date_written_past_the_forms_that_cannot_be_read_counts_as_no_date_and_the_report_still_answers() {
    String reference = incidentNotifiedOn("Child Teal", LocalDate.of(2033, 1, 4));
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult().getId();
    runtimeService.setVariable(instance, CaseVariables.PANEL_NOTIFICATION_DATE, "not a date");

    TimelinessReport report = new TimelinessReport("2032-33", List.of("2032-33"), LocalDate.of(2032, 4, 1),
        LocalDate.of(2033, 3, 31), List.of(), timeliness.rowsOf(reference));
    assertThat(report.rows()).isNotEmpty();
    assertThat(csv.write(report)).contains(reference);
  }

  @Test
  void the_csv_has_a_line_per_row_and_keeps_what_people_typed_from_becoming_a_formula() {
    String reference = incidentNotifiedOn("Child Yarrow", LocalDate.of(2033, 1, 4));
    // the start form refuses such a pseudonym; an administrator can still write one past it, over REST
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT)
        .singleResult().getId();
    runtimeService.setVariable(instance, CaseVariables.CHILD_PSEUDONYM, "=HYPERLINK(\"x\"), Child Yarrow");
    TimelinessReport report = new TimelinessReport("2032-33", List.of("2032-33"), LocalDate.of(2032, 4, 1),
        LocalDate.of(2033, 3, 31), List.of(), timeliness.rowsOf(reference));

    List<String> lines = csv.write(report).lines().toList();
    assertThat(lines.get(0)).isEqualTo("Reporting year,Case reference,Pseudonym,Measure,About,Started,Due,Done,"
        + "Working days,Status");
    assertThat(lines).hasSize(1 + report.rows().size());
    assertThat(lines.get(1)).isEqualTo("2032-33," + reference + ",\"'=HYPERLINK(\"\"x\"\"), Child Yarrow\","
        + "Panel notified within 5 working days,,2032-12-23,2033-01-04,2033-01-04,5,met");
  }
}
