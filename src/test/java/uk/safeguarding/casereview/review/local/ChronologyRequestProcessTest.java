package uk.safeguarding.casereview.review.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.LocalReviewForms.chronology;
import static uk.safeguarding.casereview.support.LocalReviewForms.chronologyAccepted;
import static uk.safeguarding.casereview.support.LocalReviewForms.moreInformation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * chronology-request: one agency's chronology, asked for by mail, due in 10 working days, reminded, escalated
 * to the business manager and then to the agency's safeguarding partner, checked and returned for more.
 */
class ChronologyRequestProcessTest extends ProcessTestBase {

  @Autowired TaskService taskService;

  @Override
  protected LocalDateTime startingAt() {
    // Tuesday 30 March 2027, the day after Easter Monday
    return LocalDateTime.of(2027, 3, 30, 10, 0);
  }

  private ProcessInstance requestFrom(String agencyId) {
    return startCase(ProcessKeys.CHRONOLOGY_REQUEST, Map.of(CaseVariables.AGENCY_ID, agencyId,
        "scopeFrom", "2025-01-01", "scopeTo", "2026-10-31", "keyLinesOfEnquiry", "Missed appointments."));
  }

  private static Date endOf(int year, int month, int day) {
    return EngineClock.londonTime(LocalDateTime.of(year, month, day, 23, 59, 59));
  }

  @Test
  void the_agency_is_asked_by_mail_and_its_lead_has_ten_working_days() {
    ProcessInstance instance = requestFrom("police");
    String reference = instance.getBusinessKey();

    Task task = cases.task(reference, "Task_SubmitChronology");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("agency-police");
    assertThat(task.getName()).isEqualTo("Send the chronology: Exampleshire Police");
    // Tuesday 30 March plus 10 working days: Tuesday 13 April
    assertThat(task.getDueDate()).isEqualTo(endOf(2027, 4, 13));
    assertThat(mails(reference, "request")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.police@demo.example.org", "public-protection@police.example.org");
    assertThat(mailSaying(reference, "request")).extracting(MailParameters::subject, MailParameters::dueDate)
        .containsExactly(tuple("A chronology for the review", LocalDate.of(2027, 4, 13)));
    // the request is the agency's mail about this task: no second "new task" mail
    assertThat(mails(reference, "new-task")).isEmpty();
    assertThat(instance).variables().containsEntry(CaseVariables.AGENCY_NAME, "Exampleshire Police")
        .containsEntry(CaseVariables.CHRONOLOGY_REQUESTED_ON, "2027-03-30");
  }

  @ParameterizedTest(name = "{0} is escalated to {1}")
  @CsvSource({
      "police, partner.police@demo.example.org, lead.police@demo.example.org",
      "health, partner.icb@demo.example.org, lead.health@demo.example.org",
      "education, partner.la@demo.example.org, lead.education@demo.example.org"})
  void a_late_chronology_goes_to_the_business_manager_and_then_to_the_agencys_partner(String agency,
                                                                                       String partner,
                                                                                       String lead) {
    String reference = requestFrom(agency).getBusinessKey();

    cases.at(LocalDateTime.of(2027, 4, 9, 8, 59));
    assertThat(mails(reference, "reminder")).isEmpty();
    cases.at(LocalDateTime.of(2027, 4, 9, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient).contains(lead);

    cases.at(LocalDateTime.of(2027, 4, 14, 0, 0));
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient).contains(lead);
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactly("business.manager@exampleshire.example.org");

    // five working days after the due date, at 09:00: Tuesday 20 April
    cases.at(LocalDateTime.of(2027, 4, 20, 8, 59));
    assertThat(mails(reference, "escalation")).hasSize(1);
    cases.at(LocalDateTime.of(2027, 4, 20, 9, 0));
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactly("business.manager@exampleshire.example.org", partner);
  }

  @Test
  void the_business_unit_returns_an_incomplete_chronology_with_a_new_date_and_accepts_the_second() {
    ProcessInstance instance = requestFrom("health");
    String reference = instance.getBusinessKey();

    cases.complete("lead.health", reference, "Task_SubmitChronology", chronology("2027-03-29"));
    Task check = cases.task(reference, "Task_CheckChronology");
    // one check per agency: the card and the name say whose chronology it is (issue 12, item 6)
    assertThat(check.getName()).isEqualTo("Check the chronology: Health (Integrated Care Board)");
    assertThat(taskService.getVariableLocal(check.getId(), CaseVariables.AGENCY_NAME)).isEqualTo("Health (Integrated Care Board)");
    // the partnership's target (casereview.targets.check-chronology, 5 working days): Tuesday 6 April
    assertThat(check.getDueDate()).isEqualTo(endOf(2027, 4, 6));
    assertThatThrownBy(() -> cases.complete("business", check, moreInformation("2027-03-30")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Send it by\" (moreInformationBy) must be after today (30 March 2027)");
    cases.complete("business", check, moreInformation("2027-04-06"));

    Task again = cases.task(reference, "Task_SubmitChronology");
    assertThat(again.getDueDate()).isEqualTo(endOf(2027, 4, 6));
    assertThat(mailSaying(reference, "request")).extracting(MailParameters::subject, MailParameters::dueDate)
        .containsExactly(tuple("A chronology for the review", LocalDate.of(2027, 4, 13)),
            tuple("More information for the chronology", LocalDate.of(2027, 4, 6)));

    cases.complete("lead.health", again, chronology("2027-03-30"));
    cases.complete("business", reference, "Task_CheckChronology", chronologyAccepted());

    assertThat(instance).isEnded().hasPassed("Task_AskForMoreInformation", "Task_RecordChronology",
        "EndEvent_ChronologyAccepted");
    JsonAssert.assertRecords(historicVariable(instance, CaseVariables.CHRONOLOGIES))
        .extracting(r -> r.get("agency"), r -> r.get("chronologyDate"), r -> r.get("acceptedOn"))
        .containsExactly(tuple("health", "2027-03-30", "2027-03-30"));
  }

  @Test
  void a_chronology_dated_in_the_future_is_refused() {
    String reference = requestFrom("police").getBusinessKey();
    assertThatThrownBy(() -> cases.complete("lead.police", reference, "Task_SubmitChronology",
        chronology("2027-04-01")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Dated\" (chronologyDate) must not be in the future (today is 30 March 2027)");
  }
}
