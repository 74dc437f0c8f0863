package uk.safeguarding.casereview.review.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.CaseDriver.json;
import static uk.safeguarding.casereview.support.LocalReviewForms.draftReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.eventHeld;
import static uk.safeguarding.casereview.support.LocalReviewForms.eventPostponed;
import static uk.safeguarding.casereview.support.LocalReviewForms.independentReviewer;
import static uk.safeguarding.casereview.support.LocalReviewForms.practitionerEvent;
import static uk.safeguarding.casereview.support.LocalReviewForms.qaApproved;
import static uk.safeguarding.casereview.support.LocalReviewForms.qaChangesNeeded;
import static uk.safeguarding.casereview.support.LocalReviewForms.reportNotSignedOff;
import static uk.safeguarding.casereview.support.LocalReviewForms.reportSignedOff;
import static uk.safeguarding.casereview.support.LocalReviewForms.termsOfReference;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * local-review: an LCSPR with its independent reviewer and target, a learning review with a member of the group,
 * the learning gathered in parallel, the draft assured and signed off, the recommendations and publication.
 */
class LocalReviewProcessTest extends ProcessTestBase {

  @Autowired TaskService taskService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2027, 3, 1, 9, 30);
  }

  private ProcessInstance startReview(String kind) {
    return startCase(ProcessKeys.LOCAL_REVIEW, Map.of(CaseVariables.REVIEW_DECISION, kind,
        CaseVariables.REVIEW_DECISION_DATE, "2027-02-26",
        CaseVariables.INVOLVED_AGENCIES, json(List.of("police", "health"))));
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  private static Date london(int year, int month, int day, int hour, int minute, int second) {
    return EngineClock.londonTime(LocalDateTime.of(year, month, day, hour, minute, second));
  }

  @Test
  void an_lcspr_is_commissioned_from_an_independent_reviewer_who_declares_independence() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();

    Task commission = cases.task(reference, "Task_CommissionIndependentReviewer");
    assertThat(candidateGroups(commission)).containsExactly("business-unit");
    // six calendar months from Friday 26 February 2027, reminded 20 working days before
    assertThat(instance).variables().containsEntry(CaseVariables.LCSPR_TARGET_DATE, "2027-08-26")
        .containsEntry(CaseVariables.REVIEW_STARTED_ON, "2027-03-01");
    assertThat(timer(instance.getId(), "StartEvent_LcsprTargetMissed")).isEqualTo(london(2027, 8, 26, 23, 59, 59));
    assertThat(timer(instance.getId(), "StartEvent_LcsprTargetNear")).isEqualTo(london(2027, 7, 29, 9, 0, 0));

    Map<String, Object> undeclared = independentReviewer("2027-03-01");
    undeclared.put("declarationOfIndependence", false);
    undeclared.put("commissionedOn", "2027-02-25");
    assertThatThrownBy(() -> cases.complete("business", commission, undeclared))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(declarationOfIndependence) must be ticked")
        .hasMessageContaining("\"Commissioned on\" (commissionedOn) must not be before the decision on the review"
            + " (26 February 2027)");
    cases.complete("business", commission, independentReviewer("2027-03-01"));

    Task terms = cases.task(reference, "Task_AgreeTermsOfReference");
    assertThat(candidateGroups(terms)).containsExactly("independent-reviewer");
    assertThat(instance).hasPassed("Task_CommissionIndependentReviewer").hasNotPassed("Task_AppointGroupReviewer");
  }

  @Test
  void a_learning_review_is_led_by_a_member_of_the_group_and_has_no_statutory_target() {
    ProcessInstance instance = startReview("learning-review");
    String reference = instance.getBusinessKey();

    assertThat(candidateGroups(cases.task(reference, "Task_AppointGroupReviewer"))).containsExactly("review-chair");
    LocalReviewWalk.toChronologies(cases, reference, false, "police");
    assertThat(candidateGroups(cases.task(reference, "Task_InvolveFamily"))).containsExactly("review-group");

    cases.at(LocalDateTime.of(2027, 8, 27, 9, 0));
    assertThat(instance).hasPassed("EndEvent_LcsprTargetNearNoTarget", "EndEvent_LcsprTargetMissedNoTarget")
        .hasNotPassed("Task_RemindLcsprTarget", "Task_EscalateLcsprTarget")
        .variables().doesNotContainKey(CaseVariables.LCSPR_TARGET_DATE);
    // the chronology still outstanding is escalated, naming its agency; nothing is said about a target
    assertThat(mailSaying(reference, "escalation")).extracting(MailParameters::subject)
        .containsOnly("Send the chronology: Exampleshire Police");
    assertThat(mailSaying(reference, "reminder")).extracting(MailParameters::subject)
        .containsOnly("Send the chronology: Exampleshire Police");
  }

  @Test
  void the_terms_of_reference_ask_each_agency_for_a_chronology_while_the_family_and_proceedings_are_recorded() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();
    cases.complete("business", reference, "Task_CommissionIndependentReviewer", independentReviewer("2027-03-01"));

    Map<String, Object> backwards = termsOfReference("2027-03-01", "police", "health");
    backwards.put("scopeTo", "2024-12-31");
    assertThatThrownBy(() -> cases.complete("reviewer", reference, "Task_AgreeTermsOfReference", backwards))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Scope: to\" (scopeTo) must not be before the start of the scope (1 January 2025)");
    cases.complete("reviewer", reference, "Task_AgreeTermsOfReference",
        termsOfReference("2027-03-01", "police", "health", "education"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(
        ProcessKeys.CHRONOLOGY_REQUEST).processInstanceBusinessKey(reference).count()).isEqualTo(3);
    assertThat(cases.openTaskKeys(reference)).containsExactlyInAnyOrder("Task_SubmitChronology",
        "Task_SubmitChronology", "Task_SubmitChronology", "Task_InvolveFamily", "Task_RecordParallelProceedings");
    assertThat(mails(reference, "request")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.police@demo.example.org", "public-protection@police.example.org",
        "lead.health@demo.example.org", "safeguarding@icb.example.org",
        "lead.education@demo.example.org", "education-safeguarding@exampleshire.example.org");

    cases.complete("reviewer", reference, "Task_InvolveFamily", form("familyInvolvement", "invited",
        "familyContactedOn", "2027-03-01"));
    cases.complete("reviewer", reference, "Task_RecordFamilyResponse", form("familyInvolvement", "contributed",
        "familyContribution", "The family felt nobody listened to their worries about the baby's weight."));
    Task proceedings = cases.task(reference, "Task_RecordParallelProceedings");
    assertThatThrownBy(() -> cases.complete("business", proceedings, form("proceedingsExist", "yes",
        "parallelProceedings", json(List.of("criminal-trial")), "holdPublication", true)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Why publication is held\" (holdReason) is required");
    cases.complete("business", proceedings, form("proceedingsExist", "yes",
        "parallelProceedings", json(List.of("criminal-trial")), "holdPublication", true,
        "holdReason", "The trial is listed for the autumn; publication could prejudice it."));

    assertThat(instance).hasPassed("Task_RecordFamilyResponse", "Gateway_FamilyDone",
            "Task_RecordParallelProceedings")
        .isWaitingAt("CallActivity_Chronologies")
        .variables().containsEntry(CaseVariables.FAMILY_INVOLVEMENT, "contributed")
        .containsEntry(CaseVariables.HOLD_PUBLICATION, true);
  }

  @Test
  void every_step_is_due_by_the_partnerships_target_and_each_agencys_chronology_names_its_agency() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();
    // casereview.targets.appoint-reviewer, 20 working days from Monday 1 March 2027 over Easter: Wednesday 31 March
    assertThat(cases.task(reference, "Task_CommissionIndependentReviewer").getDueDate())
        .isEqualTo(london(2027, 3, 31, 23, 59, 59));
    cases.complete("business", reference, "Task_CommissionIndependentReviewer", independentReviewer("2027-03-01"));
    // terms-of-reference, 20 working days: the same Wednesday 31 March
    assertThat(cases.task(reference, "Task_AgreeTermsOfReference").getDueDate())
        .isEqualTo(london(2027, 3, 31, 23, 59, 59));
    cases.complete("reviewer", reference, "Task_AgreeTermsOfReference",
        termsOfReference("2027-03-01", "police", "health", "education"));

    // involve-family and parallel-proceedings, 10 working days: Monday 15 March
    assertThat(cases.task(reference, "Task_InvolveFamily").getDueDate()).isEqualTo(london(2027, 3, 15, 23, 59, 59));
    assertThat(cases.task(reference, "Task_RecordParallelProceedings").getDueDate())
        .isEqualTo(london(2027, 3, 15, 23, 59, 59));
    assertThat(cases.tasks(reference, "Task_SubmitChronology")).extracting(Task::getName).containsExactlyInAnyOrder(
        "Send the chronology: Exampleshire Police", "Send the chronology: Health (Integrated Care Board)",
        "Send the chronology: Education");
    // the partnership's own tasks of the review name no agency
    assertThat(cases.task(reference, "Task_InvolveFamily").getName()).isEqualTo("Involve the family");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).list())
        .allSatisfy(task -> assertThat(task.getDueDate()).as(task.getName()).isNotNull());
  }

  @Test
  void the_family_not_involved_needs_a_reason() {
    ProcessInstance instance = startReview("learning-review");
    String reference = instance.getBusinessKey();
    LocalReviewWalk.toChronologies(cases, reference, false, "police");

    assertThatThrownBy(() -> cases.complete("member", reference, "Task_InvolveFamily",
        form("familyInvolvement", "declined", "familyContactedOn", "2027-03-01")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Why\" (familyInvolvementReason) is required");
    cases.complete("member", reference, "Task_InvolveFamily", form("familyInvolvement", "declined",
        "familyContactedOn", "2027-03-01", "familyInvolvementReason", "The parents said it is too painful now."));
    assertThat(instance).hasPassed("Gateway_FamilyDone").hasNotPassed("Task_RecordFamilyResponse");
  }

  @Test
  void the_practitioner_event_invites_the_agencies_and_waits_for_its_day() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();
    LocalReviewWalk.toChronologies(cases, reference, true, "police", "health");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "police", "health");

    JsonAssert.assertRecords(runtimeService.getVariable(instance.getId(), CaseVariables.CHRONOLOGIES))
        .extracting(record -> record.get("agencyName"))
        .containsExactlyInAnyOrder("Exampleshire Police", "Health (Integrated Care Board)");
    cases.complete("reviewer", reference, "Task_IdentifyKeyPracticeEpisodes",
        form("keyPracticeEpisodes", "1. The closed referral."));

    Task plan = cases.task(reference, "Task_PlanPractitionerEvent");
    // the invitation starts with the agencies of the terms of reference ticked
    assertThat(cases.variable(plan, CaseVariables.INVITED_AGENCIES).toString()).isEqualTo("[\"police\",\"health\"]");
    assertThatThrownBy(() -> cases.complete("business", plan, practitionerEvent("2027-03-01", "police")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Date of the event\" (eventDate) must be after today (1 March 2027)");
    cases.complete("business", plan, practitionerEvent("2027-03-10", "police", "health"));

    assertThat(mails(reference, "invitation")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.police@demo.example.org", "public-protection@police.example.org",
        "lead.health@demo.example.org", "safeguarding@icb.example.org", "reviewer@demo.example.org");
    assertThat(mailSaying(reference, "invitation")).extracting(MailParameters::subject, MailParameters::dueDate)
        .containsExactly(tuple("Practitioner learning event", LocalDate.of(2027, 3, 10)));
    assertThat(timer(instance.getId(), "Event_DayOfTheEvent")).isEqualTo(london(2027, 3, 10, 9, 0, 0));

    cases.at(LocalDateTime.of(2027, 3, 10, 8, 59));
    assertThat(cases.tasks(reference, "Task_RecordPractitionerEvent")).isEmpty();
    cases.at(LocalDateTime.of(2027, 3, 10, 9, 0));
    cases.complete("reviewer", reference, "Task_RecordPractitionerEvent", eventPostponed());

    // postponed: planned again with the invitation as it was sent, invited again for the new date
    assertThat(cases.variable(cases.task(reference, "Task_PlanPractitionerEvent"), CaseVariables.INVITED_AGENCIES)
        .toString()).isEqualTo("[\"police\",\"health\"]");
    cases.complete("business", reference, "Task_PlanPractitionerEvent",
        practitionerEvent("2027-03-24", "police", "health"));
    assertThat(mails(reference, "invitation")).hasSize(10);
    cases.at(LocalDateTime.of(2027, 3, 24, 9, 0));
    cases.complete("reviewer", reference, "Task_RecordPractitionerEvent", eventHeld("police", "health"));

    assertThat(instance).hasPassed("Gateway_EventHeld").isWaitingAt("Task_InvolveFamily",
        "Task_RecordParallelProceedings");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_PlanPractitionerEvent").count()).isEqualTo(2);
  }

  @Test
  void the_draft_goes_back_until_the_group_approves_it_and_all_three_partners_sign_it_off() {
    ProcessInstance instance = startReview("learning-review");
    String reference = instance.getBusinessKey();
    LocalReviewWalk.toChronologies(cases, reference, false, "health");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "health");
    LocalReviewWalk.learningGathered(cases, reference, false, "health");

    Task draft = cases.task(reference, "Task_DraftReport");
    assertThat(candidateGroups(draft)).containsExactly("review-group");
    cases.complete("member", draft, draftReport("2027-03-08"));
    Task assurance = cases.task(reference, "Task_QualityAssureReport");
    assertThatThrownBy(() -> cases.complete("chair", assurance, form("qaOutcome", "changes-needed")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"What must change\" (qaComments) is required");
    cases.complete("chair", assurance, qaChangesNeeded());
    cases.complete("member", reference, "Task_DraftReport", draftReport("2027-03-08"));
    cases.complete("chair", reference, "Task_QualityAssureReport", qaApproved());

    cases.complete("partner.la", reference, "Task_ReportSignOffLocalAuthority", reportSignedOff());
    cases.complete("partner.icb", reference, "Task_ReportSignOffIcb", reportNotSignedOff());
    cases.complete("partner.police", reference, "Task_ReportSignOffPolice", reportSignedOff());
    assertThat(instance).isWaitingAt("Task_DraftReport")
        .variables().containsEntry("icbReportAgreement", "not-agreed")
        .containsEntry("icbReportComments", "The recommendations are not measurable.");

    LocalReviewWalk.signedOff(cases, reference, false);
    assertThat(instance).isWaitingAt("Task_RecordRecommendations");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_DraftReport").count()).isEqualTo(3);
  }

  @Test
  void near_the_lcspr_target_the_business_unit_checks_it_and_tells_the_panel_of_a_delay() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();

    cases.at(LocalDateTime.of(2027, 7, 29, 8, 59));
    assertThat(mails(reference, "reminder")).isEmpty();
    cases.at(LocalDateTime.of(2027, 7, 29, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient).contains(
        "business@demo.example.org", "reviewer@demo.example.org");
    Task check = cases.task(reference, "Task_CheckLcsprOnTrack");
    assertThat(check.getDueDate()).isEqualTo(london(2027, 8, 26, 23, 59, 59));
    cases.complete("business", check, form("targetOutlook", "will-be-late",
        "expectedDelayReason", "The criminal trial has been moved to October."));

    Task tell = cases.task(reference, "Task_TellPanelOfExpectedDelay");
    // a delay means publication after the target (26 August 2027), not merely after today
    for (String notADelay : List.of("2027-07-29", "2027-08-10", "2027-08-26")) {
      assertThatThrownBy(() -> cases.complete("business", tell, form("panelToldOfDelayOn", "2027-07-29",
          "revisedPublicationDate", notADelay, "delayReasons", "The trial moved.")))
          .isInstanceOf(FormValidationException.class)
          .hasMessageContaining("\"Expected publication date now\" (revisedPublicationDate) must be after the LCSPR"
              + " target (26 August 2027)")
          .hasMessageNotContaining("after today");
    }
    assertThat(cases.tasks(reference, "Task_TellPanelOfExpectedDelay")).hasSize(1);
    assertThat(runtimeService.getVariable(instance.getId(), "revisedPublicationDate")).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), "delayReasons")).isNull();
    cases.complete("business", tell, form("panelToldOfDelayOn", "2027-07-29",
        "revisedPublicationDate", "2027-08-27", "delayReasons", "The trial moved to October."));
    assertThat(runtimeService.getVariable(instance.getId(), "revisedPublicationDate")).isEqualTo("2027-08-27");

    cases.at(LocalDateTime.of(2027, 8, 26, 23, 59, 58));
    assertThat(mails(reference, "escalation")).isEmpty();
    cases.at(LocalDateTime.of(2027, 8, 27, 0, 0));
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "business.manager@exampleshire.example.org", "partner.la@demo.example.org", "partner.icb@demo.example.org",
        "partner.police@demo.example.org");
    // once the target has passed, the later of the two is today
    assertThatThrownBy(() -> cases.complete("business", reference, "Task_TellPanelOfDelay", form(
        "panelToldOfDelayOn", "2027-08-27", "revisedPublicationDate", "2027-08-27", "delayReasons", "The trial.")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(revisedPublicationDate) must be after today (27 August 2027)")
        .hasMessageNotContaining("LCSPR target");
    cases.complete("business", reference, "Task_TellPanelOfDelay", form("panelToldOfDelayOn", "2027-08-27",
        "revisedPublicationDate", "2027-11-30", "delayReasons", "The trial moved to October."));

    assertThat(instance).hasPassed("EndEvent_PanelToldOfExpectedDelay", "EndEvent_PanelToldOfDelay")
        .hasNotPassed("EndEvent_OnTrack").isWaitingAt("Task_CommissionIndependentReviewer");
  }

  @Test
  void an_lcspr_on_track_needs_no_word_to_the_panel() {
    ProcessInstance instance = startReview("lcspr");
    cases.at(LocalDateTime.of(2027, 7, 29, 9, 0));
    cases.complete("business", instance.getBusinessKey(), "Task_CheckLcsprOnTrack",
        form("targetOutlook", "on-track"));
    assertThat(instance).hasPassed("EndEvent_OnTrack").hasNotPassed("Task_TellPanelOfExpectedDelay");
  }

  @Test
  void the_review_ends_when_its_report_is_published_and_hands_its_recommendations_back() {
    ProcessInstance instance = startReview("lcspr");
    String reference = instance.getBusinessKey();
    LocalReviewWalk.all(cases, reference, true, recommendations(
        recommendation("Share missed appointments with the GP.", "health", "partner-icb", "2027-12-31")),
        "police", "health");

    assertThat(instance).isEnded().hasPassed("CallActivity_Publication", "EndEvent_ReviewCompleted")
        .hasNotPassed("Task_CheckLcsprOnTrack");
    JsonAssert.assertRecords(historicVariable(instance, CaseVariables.RECOMMENDATIONS))
        .extracting(record -> record.get("owningAgency")).containsExactly("health");
    assertThat(historicVariable(instance, CaseVariables.PUBLISHED_ON)).isNotNull();
    assertThat(historicVariable(instance, CaseVariables.PUBLICATION_TYPE)).isEqualTo("full-report");
  }
}
