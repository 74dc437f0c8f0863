package uk.safeguarding.casereview.review.notifiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.notifiableDeath;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * notifiable-death, regulator-notification and other-area-notice: a looked-after child's or care leaver's
 * death without suspicion of abuse or neglect goes to the Secretary of State and Ofsted only, and another area
 * is told, each with its deadline, reminder and escalation. Over Christmas 2026: 25 December is a Friday and
 * Boxing Day's substitute is Monday 28 December.
 */
class NotifiableDeathProcessTest extends ProcessTestBase {

  private static final String REGULATORS = "Task_NotifySecretaryOfStateAndOfsted";
  private static final String OTHER_AREA = "Task_TellOtherArea";

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 12, 21, 9, 30);
  }

  private ProcessInstance record(Map<String, Object> form) {
    return startByForm("notifier", ProcessKeys.NOTIFIABLE_DEATH, form);
  }

  private static Date endOf(int year, int month, int day) {
    return EngineClock.londonTime(LocalDateTime.of(year, month, day, 23, 59, 59));
  }

  @Test
  void a_death_without_suspicion_goes_to_the_secretary_of_state_and_ofsted_only_and_the_case_closes() {
    ProcessInstance death = record(notifiableDeath("Child Corncrake", "2026-12-21", "2026-12-19"));
    String reference = death.getBusinessKey();

    assertThat(reference).matches("CR-2026-\\d{4}");
    assertThat(cases.openTaskKeys(reference)).containsExactly(REGULATORS);
    Task task = cases.task(reference, REGULATORS);
    // aware Monday 21 December: 22, 23, 24, 29 and 30 December are the five working days
    assertThat(task.getDueDate()).isEqualTo(endOf(2026, 12, 30));
    assertThat(timer(task.getProcessInstanceId(), "Event_NotifySecretaryOfStateAndOfstedDueSoon"))
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 24, 9, 0)));
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");
    // no Panel, no rapid review, and the partners are not mailed as for a serious incident
    assertThat(mails(reference, "information")).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.RAPID_REVIEW).count()).isZero();

    cases.at(LocalDateTime.of(2026, 12, 24, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");
    cases.at(LocalDateTime.of(2026, 12, 30, 23, 59, 58));
    assertThat(mails(reference, "escalation")).isEmpty();
    cases.at(LocalDateTime.of(2026, 12, 31, 0, 0));
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrder("business.manager@exampleshire.example.org", "partner.la@demo.example.org");

    cases.complete("notifier", reference, REGULATORS, form(CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON,
        "2026-12-30", CaseVariables.OFSTED_NOTIFIED_ON, "2026-12-31"));
    assertThat(death).isEnded().hasPassed("CallActivity_RegulatorNotification", "EndEvent_RegulatorsNotified",
        "EndEvent_NoOtherArea").hasNotPassed("CallActivity_OtherAreaNotice");
    assertThat(historicVariable(death, CaseVariables.OFSTED_NOTIFIED_ON)).isEqualTo("2026-12-31");
  }

  @Test
  void the_start_form_takes_only_a_looked_after_childs_or_care_leavers_death_without_suspicion() {
    long before = historyService.createHistoricProcessInstanceQuery().count();
    Map<String, Object> suspected = notifiableDeath("Child Dotterel", "2026-12-21", "2026-12-20");
    suspected.put(CaseVariables.ABUSE_OR_NEGLECT, "suspected");
    assertThatThrownBy(() -> record(suspected)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(abuseOrNeglect)");
    Map<String, Object> notLookedAfter = notifiableDeath("Child Dotterel", "2026-12-21", "2026-12-20");
    notLookedAfter.put(CaseVariables.LOOKED_AFTER_STATUS, "no");
    assertThatThrownBy(() -> record(notLookedAfter)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(lookedAfterStatus)");
    Map<String, Object> diedLater = notifiableDeath("Child Dotterel", "2026-12-18", "2026-12-20");
    assertThatThrownBy(() -> record(diedLater)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Date of death\" (incidentDate) must not be after the date the local authority"
            + " became aware (18 December 2026)");
    Map<String, Object> noArea = notifiableDeath("Child Dotterel", "2026-12-21", "2026-12-20");
    noArea.put(CaseVariables.OTHER_AREA_CONNECTION, "placed-elsewhere");
    assertThatThrownBy(() -> record(noArea)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Which area\" (otherArea) is required");

    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void another_area_where_the_child_was_placed_is_told_within_the_same_five_working_days() {
    Map<String, Object> start = notifiableDeath("Child Whimbrel", "2026-12-21", "2026-12-20");
    start.put(CaseVariables.LOOKED_AFTER_STATUS, "care-leaver");
    start.put(CaseVariables.OTHER_AREA_CONNECTION, "placed-elsewhere");
    start.put(CaseVariables.OTHER_AREA, "otherborough council");
    ProcessInstance death = record(start);
    String reference = death.getBusinessKey();

    assertThat(cases.openTaskKeys(reference)).containsExactlyInAnyOrder(REGULATORS, OTHER_AREA);
    Task tell = cases.task(reference, OTHER_AREA);
    assertThat(tell.getDueDate()).isEqualTo(endOf(2026, 12, 30));
    // the configuration knows Otherborough's mailbox: the task says so and fills in who is told
    assertThat(cases.variable(tell, CaseVariables.OTHER_AREA_CONNECTION_TEXT)).isEqualTo("was placed in");
    assertThat((String) cases.variable(tell, CaseVariables.OTHER_AREA_CONTACT))
        .contains("safeguarding-partnership@otherborough.example.org");
    assertThat(cases.variable(tell, CaseVariables.OTHER_AREA_TOLD_HOW))
        .isEqualTo("Otherborough Council safeguarding partnership, by email to"
            + " safeguarding-partnership@otherborough.example.org");

    cases.at(LocalDateTime.of(2026, 12, 24, 9, 0));
    assertThat(mails(reference, "reminder")).hasSize(2);
    cases.at(LocalDateTime.of(2026, 12, 31, 0, 0));
    assertThat(mailSaying(reference, "escalation")).hasSize(2);

    assertThatThrownBy(() -> cases.complete("notifier", tell, form(CaseVariables.OTHER_AREA_TOLD_ON, "2026-12-18",
        CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough's business unit, by secure email")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(otherAreaToldOn) must not be before the date the local authority became aware");
    cases.complete("notifier", tell, form(CaseVariables.OTHER_AREA_TOLD_ON, "2026-12-22",
        CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough's business unit, by secure email"));
    assertThat(death).isNotEnded().variables().containsEntry(CaseVariables.OTHER_AREA_TOLD_ON, "2026-12-22");
    cases.complete("notifier", reference, REGULATORS, form(CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON,
        "2026-12-22", CaseVariables.OFSTED_NOTIFIED_ON, "2026-12-22"));
    assertThat(death).isEnded().hasPassed("CallActivity_OtherAreaNotice", "EndEvent_OtherAreaTold",
        "EndEvent_RegulatorsNotified");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(tell.getProcessInstanceId())
        .activityId("EndEvent_TellOtherAreaEscalated").count()).isEqualTo(1);
  }

  @Test
  void an_area_the_configuration_does_not_know_is_still_told_by_the_notifier() {
    Map<String, Object> start = notifiableDeath("Child Ptarmigan", "2026-12-21", "2026-12-20");
    start.put(CaseVariables.OTHER_AREA_CONNECTION, "harmed-outside-england");
    start.put(CaseVariables.OTHER_AREA, "Cardiff, Wales");
    String reference = record(start).getBusinessKey();

    Task tell = cases.task(reference, OTHER_AREA);
    assertThat((String) cases.variable(tell, CaseVariables.OTHER_AREA_CONNECTION_TEXT))
        .isEqualTo("normally lived here and was harmed outside England, in");
    assertThat((String) cases.variable(tell, CaseVariables.OTHER_AREA_CONTACT)).contains("knows no mailbox");
    assertThat(cases.variable(tell, CaseVariables.OTHER_AREA_TOLD_HOW)).isNull();
  }
}
