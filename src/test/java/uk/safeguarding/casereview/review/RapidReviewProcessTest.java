package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;
import static uk.safeguarding.casereview.support.ReviewForms.agreed;
import static uk.safeguarding.casereview.support.ReviewForms.decision;
import static uk.safeguarding.casereview.support.ReviewForms.involvedAgencies;
import static uk.safeguarding.casereview.support.ReviewForms.meeting;
import static uk.safeguarding.casereview.support.ReviewForms.notAgreed;
import static uk.safeguarding.casereview.support.ReviewForms.response;
import static uk.safeguarding.casereview.support.ReviewForms.submission;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * rapid-review on its own, notified on Monday 2 November 2026: working day 1 is Tuesday 3 November, day 12 is
 * Wednesday 18 November and day 15 is Monday 23 November.
 */
class RapidReviewProcessTest extends ProcessTestBase {

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 2, 10, 0);
  }

  private ProcessInstance startRapidReview() {
    return startCase("rapid-review", Map.of(
        CaseVariables.AWARENESS_DATE, "2026-10-30", CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-02"));
  }

  private static LocalDateTime endOf(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 23, 59, 59);
  }

  /** The group decides as given, the partners agree and the business unit sends it to the Panel. */
  private void toThePanel(String reference, Map<String, Object> decision) {
    cases.complete("chair", reference, "Task_DecideOnReview", decision);
    allPartnersAgree(reference);
    cases.complete("business", reference, "Task_RecordPanelSubmission", submission("2026-11-02"));
  }

  /** Up to the meeting: police and health asked on day 1 and both reply. */
  private String toTheMeeting(ProcessInstance instance, String... criteria) {
    String reference = instance.getBusinessKey();
    cases.complete("business", reference, "Task_NameInvolvedAgencies", involvedAgencies("police", "health"));
    cases.complete("lead.police", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-police"),
        agencySummary("ongoing"));
    cases.complete("lead.health", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-health"),
        agencySummary("limited"));
    cases.complete("member", reference, "Task_HoldRapidReviewMeeting", meeting("2026-11-02", criteria));
    return reference;
  }

  private void allPartnersAgree(String reference) {
    cases.complete("partner.la", reference, "Task_SignOffLocalAuthority", agreed());
    cases.complete("partner.icb", reference, "Task_SignOffIcb", agreed());
    cases.complete("partner.police", reference, "Task_SignOffPolice", agreed());
  }

  @Test
  void each_involved_agency_is_asked_for_its_summary_and_the_meeting_sees_what_came_back() {
    ProcessInstance instance = startRapidReview();
    String reference = instance.getBusinessKey();
    Task name = cases.task(reference, "Task_NameInvolvedAgencies");
    assertThat(name.getDueDate()).isEqualTo(EngineClock.londonTime(endOf(2026, 11, 3)));
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.AGENCY_OPTIONS).toString())
        .contains("\"value\":\"police\"", "\"label\":\"Exampleshire Police\"");

    cases.complete("business", name, involvedAgencies("police", "health"));

    List<Task> asked = cases.tasks(reference, "Task_SubmitAgencySummary");
    assertThat(asked).hasSize(2);
    // asked on Monday 2 November: due 7 working days later, Wednesday 11 November
    assertThat(asked).allSatisfy(task -> assertThat(task.getDueDate())
        .isEqualTo(EngineClock.londonTime(endOf(2026, 11, 11))));
    // an agency's lead may read the process its task is in: it holds the case's labels and its own agency only
    assertThat(asked).allSatisfy(task -> assertThat(runtimeService.getVariables(task.getProcessInstanceId())
        .keySet()).containsExactlyInAnyOrder(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM,
            CaseVariables.AGENCY_ID, CaseVariables.AGENCY_NAME, CaseVariables.SUMMARIES_REQUESTED_ON));
    assertThat(runtimeService.getVariables(instance.getId())).containsKeys(CaseVariables.AWARENESS_DATE,
        CaseVariables.PANEL_NOTIFICATION_DATE, CaseVariables.INVOLVED_AGENCIES);
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient).contains(
        "lead.police@demo.example.org", "public-protection@police.example.org", "lead.health@demo.example.org",
        "safeguarding@icb.example.org").doesNotContain("lead.education@demo.example.org");

    cases.complete("lead.police", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-police"),
        agencySummary("ongoing"));
    assertThat(instance).isWaitingAt("CallActivity_AgencySummaries");
    cases.complete("lead.health", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-health"),
        agencySummary("limited"));

    assertThat(instance).isWaitingAt("Task_HoldRapidReviewMeeting");
    assertThat(cases.task(reference, "Task_HoldRapidReviewMeeting").getDueDate())
        .isEqualTo(EngineClock.londonTime(endOf(2026, 11, 18)));
    JsonAssert.assertRecords(runtimeService.getVariable(instance.getId(), CaseVariables.AGENCY_SUMMARIES))
        .extracting(summary -> summary.get("agency"), summary -> summary.get("status"),
            summary -> summary.get("extentOfInvolvement"))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("police", "received", "ongoing"),
            org.assertj.core.groups.Tuple.tuple("health", "received", "limited"));
  }

  @Test
  void the_recommendation_follows_the_criteria_and_agreed_decisions_go_to_the_panel() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "criterionAgenciesWorkingTogether", "learningIdentified");

    assertThat(instance).hasPassed("Task_RecommendReviewType").isWaitingAt("Task_DecideOnReview")
        .variables().containsEntry(CaseVariables.RECOMMENDED_REVIEW_TYPE, "lcspr")
        .containsEntry(CaseVariables.RECOMMENDATION_REASON,
            "Regulation 11: the case raises concerns about how two or more agencies worked together.");
    cases.complete("chair", reference, "Task_DecideOnReview", decision("lcspr"));
    List<Task> signOffs = List.of(cases.task(reference, "Task_SignOffLocalAuthority"),
        cases.task(reference, "Task_SignOffIcb"), cases.task(reference, "Task_SignOffPolice"));
    assertThat(signOffs).allSatisfy(task -> assertThat(task.getDueDate())
        .isEqualTo(EngineClock.londonTime(endOf(2026, 11, 23))));

    allPartnersAgree(reference);
    Task send = cases.task(reference, "Task_RecordPanelSubmission");
    assertThat(send.getDueDate()).isEqualTo(EngineClock.londonTime(endOf(2026, 11, 23)));
    cases.complete("business", send, submission("2026-11-02"));
    // the Panel's reply is expected 15 working days after submission: Monday 23 November
    assertThat(cases.task(reference, "Task_RecordPanelResponse").getDueDate())
        .isEqualTo(EngineClock.londonTime(endOf(2026, 11, 23)));
    cases.complete("business", reference, "Task_RecordPanelResponse", response("agree", "2026-11-02"));

    assertThat(instance).isEnded().hasPassed("EndEvent_RapidReviewCompleted")
        .variables().containsEntry(CaseVariables.REVIEW_DECISION, "lcspr")
        .containsEntry(CaseVariables.REVIEW_DECISION_DATE, "2026-11-02")
        .containsEntry("laAgreement", "agreed").containsEntry("policeAgreement", "agreed");
  }

  @Test
  void a_decision_that_departs_from_the_recommendation_needs_its_reason() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "criterionImprovementsNeeded");
    Task decide = cases.task(reference, "Task_DecideOnReview");

    assertThatThrownBy(() -> cases.complete("chair", decide, decision("learning-review")))
        .isInstanceOf(FormValidationException.class)
        .hasMessage("Please correct the form \"Decide on a review\": \"Why the group departs from the"
            + " recommendation\" (departureReason) is required.");
    cases.complete("chair", decide, decision("learning-review", "A single agency's practice is the concern."));

    assertThat(instance).isWaitingAt("Task_SignOffLocalAuthority", "Task_SignOffIcb", "Task_SignOffPolice")
        .variables().containsEntry(CaseVariables.DEPARTURE_REASON, "A single agency's practice is the concern.");
  }

  @Test
  void a_partner_who_does_not_agree_sends_the_decision_back_to_the_group_with_their_reasons() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "learningIdentified");
    cases.complete("chair", reference, "Task_DecideOnReview", decision("learning-review"));
    cases.complete("partner.la", reference, "Task_SignOffLocalAuthority", agreed());
    assertThatThrownBy(() -> cases.complete("partner.icb", reference, "Task_SignOffIcb",
        Map.of("partnerAgreement", "not-agreed")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("(partnerComments) is required");
    cases.complete("partner.icb", reference, "Task_SignOffIcb", notAgreed("Health practice needs an LCSPR."));
    cases.complete("partner.police", reference, "Task_SignOffPolice", agreed());

    assertThat(instance).isWaitingAt("Task_DecideOnReview").variables()
        .containsEntry("icbAgreement", "not-agreed").containsEntry("icbComments", "Health practice needs an LCSPR.");
    cases.complete("chair", reference, "Task_DecideOnReview", decision("lcspr", "The ICB's view is accepted."));
    allPartnersAgree(reference);
    assertThat(instance).isWaitingAt("Task_RecordPanelSubmission");
  }

  @Test
  void the_panel_may_ask_the_group_to_reconsider_or_take_a_national_review() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "learningAlreadyKnown");
    toThePanel(reference, decision("no-further-review"));
    assertThatThrownBy(() -> cases.complete("business", reference, "Task_RecordPanelResponse",
        Map.of("panelResponse", "agree", "panelResponseDate", "2026-10-30")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("must not be before the day the rapid review went to the Panel (2 November 2026)");

    cases.complete("business", reference, "Task_RecordPanelResponse", response("reconsider", "2026-11-02"));
    assertThat(instance).isWaitingAt("Task_DecideOnReview");
    toThePanel(reference, decision("lcspr", "The Panel's view is accepted."));
    cases.complete("business", reference, "Task_RecordPanelResponse", response("national-review", "2026-11-02"));

    assertThat(instance).isEnded().hasPassed("Task_RecordNationalReview", "EndEvent_NationalReviewTaken")
        .variables().containsEntry(CaseVariables.REVIEW_DECISION, "national-review");
  }

  @Test
  void the_business_unit_is_reminded_on_day_12_and_the_late_rapid_review_escalated_on_day_15() {
    ProcessInstance instance = startRapidReview();
    String reference = instance.getBusinessKey();

    cases.at(LocalDateTime.of(2026, 11, 18, 8, 59));
    assertThat(mails(reference, "reminder")).isEmpty();
    cases.at(LocalDateTime.of(2026, 11, 18, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient)
        .contains("business@demo.example.org", "safeguarding.partnership@exampleshire.example.org");

    cases.at(LocalDateTime.of(2026, 11, 24, 0, 0));
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "business.manager@exampleshire.example.org", "partner.la@demo.example.org", "partner.icb@demo.example.org",
        "partner.police@demo.example.org");
    assertThat(instance).hasPassed("Task_RemindRapidReviewDue", "Task_EscalateRapidReview")
        .isWaitingAt("Task_NameInvolvedAgencies");
  }

  @Test
  void a_rapid_review_already_with_the_panel_sends_no_reminder_and_the_panel_is_chased_when_it_does_not_reply() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "learningIdentified");
    toThePanel(reference, decision("learning-review"));

    cases.at(LocalDateTime.of(2026, 11, 24, 0, 0));
    assertThat(mails(reference, "escalation")).isEmpty();
    assertThat(instance).hasPassed("EndEvent_AlreadySentDueSoon", "EndEvent_AlreadySentOverdue")
        .hasPassed("Task_ChasePanelResponse");
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient)
        .contains("business@demo.example.org");
  }

  @Test
  void every_step_of_a_completed_rapid_review_is_in_its_history() {
    ProcessInstance instance = startRapidReview();
    String reference = toTheMeeting(instance, "learningIdentified");
    toThePanel(reference, decision("learning-review"));
    cases.complete("business", reference, "Task_RecordPanelResponse", response("agree", "2026-11-02"));

    List<HistoricProcessInstance> summaries = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list();
    assertThat(summaries).extracting(HistoricProcessInstance::getEndActivityId)
        .containsOnly("EndEvent_SummaryReceived");
    assertThat(summaries).hasSize(2);
  }
}
