package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * agency-summary on its own: the police asked on Monday 2 November 2026, due Wednesday 11 November, reminded
 * on Monday 9 November at 09:00.
 */
class AgencySummaryProcessTest extends ProcessTestBase {

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 2, 10, 0);
  }

  private ProcessInstance askThePolice() {
    return startCase("agency-summary", Map.of(CaseVariables.CHILD_PSEUDONYM, "Child Robin",
        CaseVariables.AGENCY_ID, "police", CaseVariables.SUMMARIES_REQUESTED_ON, "2026-11-02"));
  }

  @Test
  void the_agency_sends_its_summary_in_time() {
    ProcessInstance instance = askThePolice();
    String reference = instance.getBusinessKey();
    Task task = cases.task(reference, "Task_SubmitAgencySummary");
    assertThat(task.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 11, 23, 59, 59)));
    assertThat(cases.variable(task, CaseVariables.AGENCY_NAME)).isEqualTo("Exampleshire Police");
    assertThat(task.getName()).isEqualTo("Submit the agency summary: Exampleshire Police");

    assertThatThrownBy(() -> cases.complete("lead.police", task, form("extentOfInvolvement", "ongoing",
        "involvementSummary", "Contacts in 2026.", "summaryLink", "file://shared-drive/summary.docx")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Link to the summary\" (summaryLink) is not in the expected format");
    cases.complete("lead.police", task, agencySummary("ongoing"));

    assertThat(instance).isEnded().hasPassed("Task_RecordSummary", "EndEvent_SummaryReceived");
    JsonAssert.assertRecords(historicVariable(instance, CaseVariables.AGENCY_SUMMARIES))
        .extracting(record -> record.get("agency"), record -> record.get("status"), record -> record.get("summaryLink"),
            record -> record.get("involvementSummary"))
        .containsExactly(tuple("police", "received", "https://documents.partnership.example.org/rapid-review/summary-17",
            agencySummary("ongoing").get("involvementSummary")));
  }

  @Test
  void a_late_agency_is_reminded_then_escalated_and_the_business_unit_decides_to_wait_then_go_ahead() {
    ProcessInstance instance = askThePolice();
    String reference = instance.getBusinessKey();

    cases.at(LocalDateTime.of(2026, 11, 9, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrder("lead.police@demo.example.org", "public-protection@police.example.org");

    cases.at(LocalDateTime.of(2026, 11, 12, 0, 0));
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrder("lead.police@demo.example.org", "public-protection@police.example.org");
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactly("business.manager@exampleshire.example.org");
    Task decide = cases.task(reference, "Task_DecideOnLateSummary");
    // the business unit decides for one agency of several: its name is on the card and in the task's name
    assertThat(decide.getName()).isEqualTo("Wait for the late summary or go ahead without it?: Exampleshire Police");
    // the partnership's target (casereview.targets.late-summary-decision, 2 working days): Monday 16 November
    assertThat(decide.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 16, 23, 59, 59)));

    EngineClock.setLondonTime(LocalDateTime.of(2026, 11, 12, 9, 0));
    assertThatThrownBy(() -> cases.complete("business", decide, form("lateSummaryDecision", "wait",
        "extendedUntil", "2026-11-12")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Wait until\" (extendedUntil) must be after today (12 November 2026)");
    cases.complete("business", decide, form("lateSummaryDecision", "wait", "extendedUntil", "2026-11-16"));
    assertThat(instance).isWaitingAt("Task_SubmitAgencySummary", "Event_WaitUntilExtended");

    cases.at(LocalDateTime.of(2026, 11, 17, 0, 0));
    Task again = cases.task(reference, "Task_DecideOnLateSummary");
    cases.complete("business", again, form("lateSummaryDecision", "proceed",
        "proceedWithoutReason", "The police could not find their records in time."));

    assertThat(instance).isEnded().hasPassed("Task_RecordMissingSummary", "EndEvent_ProceededWithout")
        .hasNotPassed("EndEvent_SummaryReceived");
    assertThat(cases.tasks(reference, "Task_SubmitAgencySummary")).isEmpty();
    JsonAssert.assertRecords(historicVariable(instance, CaseVariables.AGENCY_SUMMARIES))
        .extracting(record -> record.get("status"), record -> record.get("reason"))
        .containsExactly(tuple("missing", "The police could not find their records in time."));
  }

  @Test
  void a_late_summary_that_arrives_while_the_business_unit_decides_ends_the_agencys_part() {
    ProcessInstance instance = askThePolice();
    String reference = instance.getBusinessKey();
    cases.at(LocalDateTime.of(2026, 11, 12, 9, 0));
    assertThat(cases.tasks(reference, "Task_DecideOnLateSummary")).hasSize(1);

    cases.complete("lead.police", reference, "Task_SubmitAgencySummary", agencySummary("limited"));

    assertThat(instance).isEnded().hasPassed("EndEvent_SummaryReceived");
    assertThat(cases.tasks(reference, "Task_DecideOnLateSummary")).isEmpty();
  }
}
