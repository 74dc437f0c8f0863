package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.startForm;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.ReviewForms;

/** serious-incident: notification, partners, regulators, the rapid review and the routing of its decision. */
class SeriousIncidentProcessTest extends ProcessTestBase {

  @Autowired TaskService taskService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 20, 9, 30);
  }

  private ProcessInstance startIncident(Map<String, Object> form) {
    return startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, form);
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }

  @Test
  void a_recorded_incident_gets_a_case_reference_tells_the_partners_and_waits_for_the_panel_notification() {
    ProcessInstance instance = startIncident(startForm("Child Scarlet", "2026-11-18", "2026-11-16"));
    String reference = instance.getBusinessKey();

    assertThat(reference).matches("CR-2026-\\d{4}");
    assertThat(instance).isWaitingAt("Task_RecordPanelNotification")
        .hasPassed("Task_TellPartners", "EndEvent_PartnersAndRegulatorsTold", "EndEvent_NoOtherArea")
        .hasNotPassed("CallActivity_RegulatorNotification", "CallActivity_OtherAreaNotice")
        .variables().containsEntry(CaseVariables.CASE_REFERENCE, reference)
        .containsEntry(CaseVariables.PARTNERS_TOLD_ON, "2026-11-20")
        .containsEntry("recordedBy", "notifier");
    Task task = cases.task(reference, "Task_RecordPanelNotification");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("la-notifier");
    // aware on Wednesday 18 November: due at the end of the fifth working day, Wednesday 25 November
    assertThat(task.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 25, 23, 59, 59)));
    assertThat(mails(reference, "information")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "partner.la@demo.example.org", "partner.icb@demo.example.org", "partner.police@demo.example.org");
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");
  }

  @Test
  void over_christmas_the_working_days_skip_the_bank_holidays_for_the_due_date_and_the_reminder() {
    EngineClock.setLondonTime(LocalDateTime.of(2026, 12, 29, 9, 0));
    ProcessInstance instance = startIncident(startForm("Child Holly", "2026-12-24", "2026-12-23"));

    // Thursday 24 December: 29, 30, 31 December, 4 and 5 January (25, 28 December and 1 January are bank holidays)
    Task task = cases.task(instance.getBusinessKey(), "Task_RecordPanelNotification");
    assertThat(task.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 1, 5, 23, 59, 59)));
    // the reminder two working days before: Thursday 31 December at 09:00
    assertThat(timer(instance.getId(), "Event_PanelNotificationDueSoon"))
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 31, 9, 0)));
    assertThat(timer(instance.getId(), "Event_PanelNotificationOverdue")).isEqualTo(task.getDueDate());
  }

  @Test
  void the_notifiers_are_reminded_before_the_deadline_and_the_business_manager_told_when_it_passes() {
    ProcessInstance instance = startIncident(startForm("Child Wren", "2026-11-18", "2026-11-18"));
    String reference = instance.getBusinessKey();

    cases.at(LocalDateTime.of(2026, 11, 23, 8, 59));
    assertThat(mails(reference, "reminder")).isEmpty();
    cases.at(LocalDateTime.of(2026, 11, 23, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");

    cases.at(LocalDateTime.of(2026, 11, 25, 23, 59, 58));
    assertThat(mails(reference, "overdue")).isEmpty();
    cases.at(LocalDateTime.of(2026, 11, 26, 0, 0));
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient)
        .containsExactly("notifier@demo.example.org");
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrder("business.manager@exampleshire.example.org", "partner.la@demo.example.org");
    assertThat(instance).isWaitingAt("Task_RecordPanelNotification")
        .hasPassed("Task_RemindPanelNotification", "EndEvent_PanelNotificationReminded",
            "Task_EscalatePanelNotification", "EndEvent_PanelNotificationEscalated");
  }

  @Test
  void a_looked_after_childs_death_is_also_notified_to_the_secretary_of_state_and_ofsted() {
    Map<String, Object> start = startForm("Child Finch", "2026-11-18", "2026-11-17");
    start.put(CaseVariables.INCIDENT_TYPE, "death");
    start.put(CaseVariables.LOOKED_AFTER_STATUS, "looked-after");
    ProcessInstance instance = startIncident(start);
    String reference = instance.getBusinessKey();
    Task regulators = cases.task(reference, "Task_NotifySecretaryOfStateAndOfsted");
    assertThat(regulators.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 25, 23, 59, 59)));

    assertThatThrownBy(() -> cases.complete("notifier", regulators, form(
        CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, "2026-11-19", CaseVariables.OFSTED_NOTIFIED_ON, "2026-11-17")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Date Ofsted was notified\" (ofstedNotifiedOn) must not be before the date the"
            + " local authority became aware (18 November 2026)");
    cases.complete("notifier", regulators, form(
        CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, "2026-11-19", CaseVariables.OFSTED_NOTIFIED_ON, "2026-11-20"));

    assertThat(instance).hasPassed("CallActivity_RegulatorNotification", "EndEvent_PartnersAndRegulatorsTold")
        .isWaitingAt("Task_RecordPanelNotification")
        .variables().containsEntry(CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, "2026-11-19")
        .containsEntry(CaseVariables.OFSTED_NOTIFIED_ON, "2026-11-20");
  }

  private String caseAtTheDecision(String pseudonym, String... criteria) {
    ProcessInstance instance = startIncident(startForm(pseudonym, "2026-11-18", "2026-11-17"));
    String reference = instance.getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-19", CaseVariables.PANEL_REFERENCE, "NOT-7"));
    assertThat(cases.openTaskKeys(reference)).containsExactly("Task_NameInvolvedAgencies");
    RapidReviewWalk.toDecision(cases, reference, "2026-11-20", criteria);
    return reference;
  }

  private ProcessInstance caseInstance(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult();
  }

  @ParameterizedTest(name = "{0} then the Panel: {1}")
  @CsvSource({
      "no-further-review, agree, Task_RecordRapidReviewRecommendations",
      "lcspr, agree, CallActivity_LocalReview",
      "learning-review, agree, CallActivity_LocalReview",
      "national-review, national-review, CallActivity_NationalReview",
      "lcspr, national-review, CallActivity_NationalReview"})
  void the_decision_after_the_rapid_review_leads_to_its_path(String decision, String panel, String path) {
    String reference = caseAtTheDecision("Child Lark", "learningAlreadyKnown");
    ProcessInstance instance = caseInstance(reference);
    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-20", decision, panel);

    String expected = "national-review".equals(panel) ? "national-review" : decision;
    assertThat(instance).hasPassed("CallActivity_RapidReview", "Task_AnnounceDecision")
        .variables().containsEntry(CaseVariables.REVIEW_DECISION, expected)
        .containsEntry(CaseVariables.RECOMMENDED_REVIEW_TYPE, "no-further-review");
    assertThat(mails(reference, "decision")).extracting(OutboxEntry::recipient).contains(
        "chair@demo.example.org", "member@demo.example.org", "business@demo.example.org",
        "safeguarding.partnership@exampleshire.example.org", "partner.la@demo.example.org");
    if (path.startsWith("EndEvent")) {
      assertThat(instance).isEnded().hasPassed(path);
    } else {
      assertThat(instance).isWaitingAt(path);
    }
  }

  @Test
  void case_references_run_on_within_a_year_and_start_again_at_one_in_a_new_year() {
    String first = startIncident(startForm("Child Wren", "2026-11-18", "2026-11-18")).getBusinessKey();
    String second = startIncident(startForm("Child Robin", "2026-11-19", "2026-11-18")).getBusinessKey();
    assertThat(number(second)).isEqualTo(number(first) + 1);

    EngineClock.setLondonTime(LocalDateTime.of(2031, 1, 2, 9, 0));
    assertThat(startIncident(startForm("Child Finch", "2031-01-01", "2030-12-31")).getBusinessKey())
        .isEqualTo("CR-2031-0001");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      awarenessDate     | 2026-11-21   | "Date the local authority became aware" (awarenessDate) must not be in the future (today is 20 November 2026)
      incidentDate      | 2026-11-19   | "Date of the incident" (incidentDate) must not be after the date the local authority became aware (18 November 2026)
      childPseudonym    | ''           | "Child's pseudonym" (childPseudonym) is required
      incidentType      | accident     | "What happened" (incidentType) must be one of death, serious-harm
      numberOfChildren  | 5            | "Number of children in this notification" (numberOfChildren) must be at most 4
      lookedAfterStatus | fostered     | "Looked-after child or care leaver" (lookedAfterStatus) must be one of no, looked-after, care-leaver
      incidentSummary   | ''           | "Short summary" (incidentSummary) is required
      """)
  void a_start_form_with_a_bad_field_is_refused_and_nothing_is_saved(String field, String value, String message) {
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    String before = startIncident(startForm("Child Heron", "2026-11-18", "2026-11-17")).getBusinessKey();
    long afterOne = historyService.createHistoricProcessInstanceQuery().count();
    Map<String, Object> form = startForm("Child Kestrel", "2026-11-18", "2026-11-17");
    form.put(field, field.equals("numberOfChildren") ? Integer.valueOf(value) : value);

    assertThatThrownBy(() -> cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, form))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining(message);

    assertThat(afterOne).isGreaterThan(instancesBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(afterOne);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(CaseVariables.CHILD_PSEUDONYM,
        "Child Kestrel").count()).isZero();
    // the refused start gave its case number back
    String after = startIncident(startForm("Child Heron", "2026-11-18", "2026-11-17")).getBusinessKey();
    assertThat(number(after)).isEqualTo(number(before) + 1);
  }

  @Test
  void a_notification_dated_before_the_local_authority_knew_is_refused_and_the_task_stays_open() {
    ProcessInstance instance = startIncident(startForm("Child Swift", "2026-11-18", "2026-11-18"));
    Task task = cases.task(instance.getBusinessKey(), "Task_RecordPanelNotification");

    assertThatThrownBy(() -> cases.complete("notifier", task, form(
        CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-17", CaseVariables.PANEL_REFERENCE, "NOT-1")))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("Please correct the form \"Record the Panel notification\": \"Date the notification was sent"
            + " to the Panel\" (panelNotificationDate) must not be before the date the local authority became"
            + " aware (18 November 2026).");
    assertThatThrownBy(() -> cases.complete("notifier", task, Map.of()))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(panelNotificationDate) is required")
        .hasMessageContaining("(panelReference) is required");

    assertThat(instance).isWaitingAt("Task_RecordPanelNotification");
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.PANEL_REFERENCE)).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_RecordPanelNotification").finished().count()).isZero();
  }

  @Test
  void the_rapid_review_inherits_the_case_and_counts_from_the_notification() {
    ProcessInstance instance = startIncident(startForm("Child Kite", "2026-11-18", "2026-11-17"));
    cases.complete("notifier", instance.getBusinessKey(), "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-19", CaseVariables.PANEL_REFERENCE, "NOT-8"));

    HistoricProcessInstance rapidReview = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(rapidReview.getProcessDefinitionKey()).isEqualTo("rapid-review");
    assertThat(rapidReview.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    // notified on Thursday 19 November: day 1 of the rapid review is Friday 20 November
    assertThat(cases.task(instance.getBusinessKey(), "Task_NameInvolvedAgencies").getDueDate())
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 20, 23, 59, 59)));
    assertThat(outbox.forCase(instance.getBusinessKey())).extracting(OutboxEntry::kind, OutboxEntry::recipient)
        .contains(tuple("new-task", "business@demo.example.org"));
  }

  @Test
  void no_further_review_with_learning_left_to_act_on_goes_to_the_action_plan() {
    String reference = caseAtTheDecision("Child Linnet", "learningAlreadyKnown");
    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-20", "no-further-review", "agree");
    Task record = cases.task(reference, "Task_RecordRapidReviewRecommendations");
    assertThat(cases.variable(record, CaseVariables.AGENCY_OPTIONS)).isNotNull();
    // casereview.targets.rapid-review-recommendations: 10 working days from Friday 20 November: Friday 4 December
    assertThat(record.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 4, 23, 59, 59)));

    cases.complete("chair", record, form(CaseVariables.RECOMMENDATIONS, recommendations(recommendation(
        "Check the health visiting caseload for other missed appointments.", "health", "partner-icb",
        "2027-01-29"))));

    assertThat(caseInstance(reference)).isWaitingAt("CallActivity_ActionPlan")
        .hasPassed("Gateway_ReviewDone", "Gateway_AnyRecommendations");
    assertThat(cases.taskFor(reference, "Task_ReportProgress", "agency-health").getDueDate())
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 1, 29, 23, 59, 59)));
  }

  @Test
  void no_further_review_and_nothing_left_to_do_closes_the_case() {
    String reference = caseAtTheDecision("Child Pipit", "learningAlreadyKnown");
    ProcessInstance instance = caseInstance(reference);
    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-20", "no-further-review", "agree");
    cases.complete("chair", reference, "Task_RecordRapidReviewRecommendations",
        form(CaseVariables.RECOMMENDATIONS, recommendations()));

    assertThat(instance).isEnded().hasPassed("EndEvent_ClosedWithoutActions")
        .hasNotPassed("CallActivity_ActionPlan");
  }

  @Test
  void the_national_reports_recommendations_for_local_action_go_to_the_action_plan() {
    String reference = caseAtTheDecision("Child Dunlin", "nationalImportance");
    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-20", "national-review", "national-review");
    cases.complete("business", reference, "Task_RecordNationalReport", form("nationalReportPublishedOn",
        "2026-11-20", "nationalReportLink", "https://documents.partnership.example.org/national/report",
        CaseVariables.RECOMMENDATIONS, recommendations(recommendation("Adopt the national guidance on bruising"
            + " in non-mobile babies.", "children-social-care", "partner-la", "2027-03-31"))));

    assertThat(caseInstance(reference)).isWaitingAt("CallActivity_ActionPlan")
        .hasPassed("CallActivity_NationalReview");
    // the learning is spread beside the plan, in a process of its own under the case's reference
    assertThat(cases.openTaskKeys(reference)).containsExactlyInAnyOrder("Task_RecordLearningSpread",
        "Task_ReportProgress");
  }

  @Test
  void an_lcspr_takes_the_agencies_of_the_rapid_review_and_its_recommendations_become_the_action_plan() {
    String reference = caseAtTheDecision("Child Plover", "criterionAgenciesWorkingTogether");
    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-20", "lcspr", "agree");
    ProcessInstance review = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.LOCAL_REVIEW).singleResult();
    assertThat(runtimeService.getVariable(review.getId(), CaseVariables.INVOLVED_AGENCIES).toString())
        .isEqualTo("[\"police\",\"health\"]");
    // the agencies' brief facts stay with the rapid review: every agency's lead reads the case's later steps
    assertThat(JsonAssert.records(runtimeService.getVariable(review.getId(), CaseVariables.AGENCY_SUMMARIES)))
        .hasSize(2).allSatisfy(summary -> assertThat(summary).doesNotContainKey("involvementSummary"));
    LocalReviewWalk.toChronologies(cases, reference, true, "police", "health");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "police", "health");
    // the reviewer starts from the rapid review's key practice episodes, which no agency's chronology carried
    assertThat(cases.variable(cases.task(reference, "Task_IdentifyKeyPracticeEpisodes"), "keyPracticeEpisodes"))
        .isEqualTo(ReviewForms.meeting("2026-11-20").get("keyPracticeEpisodes"));
    assertThat(historyService.createHistoricVariableInstanceQuery().processDefinitionKey(
        ProcessKeys.CHRONOLOGY_REQUEST).variableName("keyPracticeEpisodes").count()).isZero();
    LocalReviewWalk.learningGathered(cases, reference, true, "police", "health");
    LocalReviewWalk.signedOff(cases, reference, true);
    LocalReviewWalk.published(cases, reference, true, recommendations(
        recommendation("Police share concerns from domestic abuse call-outs with health visitors.", "police",
            "partner-police", "2027-09-30"),
        recommendation("Health visitors follow up every missed appointment.", "health", "partner-icb",
            "2027-10-29")));

    assertThat(caseInstance(reference)).isWaitingAt("CallActivity_ActionPlan").hasPassed("CallActivity_LocalReview")
        .variables().containsKey(CaseVariables.PUBLISHED_ON).containsEntry(CaseVariables.PUBLICATION_TYPE,
            "full-report");
    assertThat(cases.tasks(reference, "Task_ReportProgress")).hasSize(2);
  }

  @Test
  void a_notification_recorded_late_makes_day_one_late_on_arrival_and_the_task_says_why() {
    // aware Monday 21 December, the Panel notified Wednesday 23 December, recorded only on Tuesday 29 December
    // (25 and 28 December are bank holidays): day 1 of the rapid review was Thursday 24 December
    EngineClock.setLondonTime(LocalDateTime.of(2026, 12, 29, 9, 0));
    String reference = startIncident(startForm("Child Bullfinch", "2026-12-21", "2026-12-20")).getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-12-23", CaseVariables.PANEL_REFERENCE, "NOT-9"));

    Task name = cases.task(reference, "Task_NameInvolvedAgencies");
    // the statutory clock is unchanged
    assertThat(name.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 24, 23, 59, 59)));
    assertThat(cases.variable(name, CaseVariables.DAY_ONE_LATE_BECAUSE)).isEqualTo("This step was due on"
        + " 24 December 2026, day 1 of the rapid review, which counts from the Panel notification (23 December"
        + " 2026). The notification was recorded only on 29 December 2026, so this step was late before it reached"
        + " the business unit. The rapid review's statutory dates still count from the Panel notification.");
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient)
        .contains("business@demo.example.org");
    assertThat(mails(reference, "overdue")).isEmpty();
    assertThat(mails(reference, "escalation")).isEmpty();
  }

  @Test
  void a_notification_recorded_in_time_leaves_day_one_to_the_business_unit_with_nothing_to_explain() {
    String reference = startIncident(startForm("Child Redpoll", "2026-11-18", "2026-11-17")).getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-20", CaseVariables.PANEL_REFERENCE, "NOT-10"));

    Task name = cases.task(reference, "Task_NameInvolvedAgencies");
    assertThat(name.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 23, 23, 59, 59)));
    assertThat(cases.variable(name, CaseVariables.DAY_ONE_LATE_BECAUSE)).isNull();
  }
}
