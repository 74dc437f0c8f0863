package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencyReviewDone;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.referral;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/** case-referral: a referral from any professional, screened by the review group, and each outcome. */
class CaseReferralProcessTest extends ProcessTestBase {

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 3, 11, 0);
  }

  private ProcessInstance refer() {
    ProcessInstance instance = cases.startByForm("referrer", "case-referral", referral());
    cases.runJobs();
    return instance;
  }

  private void screen(String reference, Map<String, Object> outcome) {
    Map<String, Object> form = form("screeningRationale", "The group's reasons.");
    form.putAll(outcome);
    cases.complete("member", reference, "Task_ScreenReferral", form);
  }

  @Test
  void a_referral_needs_the_safeguarding_leads_agreement_and_a_real_address() {
    Map<String, Object> withoutLead = referral();
    withoutLead.put("safeguardingLeadAgreed", false);
    withoutLead.put("referrerEmail", "s.teacher at school");

    assertThatThrownBy(() -> cases.startByForm("referrer", "case-referral", withoutLead))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Your email\" (referrerEmail) must be an email address")
        .hasMessageContaining("\"My safeguarding lead has discussed this referral with me and agrees with it\""
            + " (safeguardingLeadAgreed) must be ticked");
  }

  @Test
  void a_referral_is_acknowledged_and_screened_within_20_working_days() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();

    assertThat(reference).matches("CR-2026-\\d{4}");
    assertThat(instance).isWaitingAt("Task_ScreenReferral").variables()
        .containsEntry(CaseVariables.REFERRAL_RECEIVED_ON, "2026-11-03").containsEntry("referredBy", "referrer");
    assertThat(mails(reference, "information")).extracting(OutboxEntry::recipient)
        .containsExactly("s.teacher@school.example.org");
    // received Tuesday 3 November: 20 working days later is Tuesday 1 December
    assertThat(cases.task(reference, "Task_ScreenReferral").getDueDate())
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 1, 23, 59, 59)));
  }

  @Test
  void no_further_action_is_told_to_the_referrer() {
    ProcessInstance instance = refer();
    screen(instance.getBusinessKey(), form("screeningOutcome", "no-action"));

    assertThat(instance).isEnded().hasPassed("Task_TellReferrerNoAction", "EndEvent_NoFurtherAction");
    assertThat(mails(instance.getBusinessKey(), "information")).extracting(OutboxEntry::recipient)
        .containsExactly("s.teacher@school.example.org", "s.teacher@school.example.org");
  }

  @Test
  void a_single_agency_review_goes_to_that_agency_by_the_date_the_group_set() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();
    assertThatThrownBy(() -> screen(reference, form("screeningOutcome", "single-agency-review",
        "learningThemes", ReviewForms.themes("neglect"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Agency to carry it out\" (reviewingAgency) is required")
        .hasMessageContaining("\"To be completed by\" (agencyReviewDueOn) is required");
    assertThatThrownBy(() -> screen(reference, form("screeningOutcome", "audit",
        "learningThemes", ReviewForms.themes("neglect"), "reviewingAgency", "education",
        "agencyReviewDueOn", "2026-11-03")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(agencyReviewDueOn) must be after today (3 November 2026)");

    screen(reference, form("screeningOutcome", "audit",
        "learningThemes", ReviewForms.themes("neglect"), "reviewingAgency", "education",
        "agencyReviewDueOn", "2027-01-29"));
    Task review = cases.taskFor(reference, "Task_CarryOutAgencyReview", "agency-education");
    assertThat(review.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 1, 29, 23, 59, 59)));
    cases.complete("lead.education", review, agencyReviewDone("2026-11-03", false));

    assertThat(instance).isEnded().hasPassed("CallActivity_AgencyReview", "EndEvent_AgencyReviewCompleted");
  }

  @Test
  void a_local_learning_review_is_called_as_a_learning_review_decided_on_the_day_of_the_screening() {
    ProcessInstance instance = refer();
    screen(instance.getBusinessKey(), form("screeningOutcome", "learning-review",
        "learningThemes", ReviewForms.themes("neglect")));

    assertThat(instance).isWaitingAt("CallActivity_LearningReview");
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(review.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(runtimeService.getVariables(review.getId())).containsEntry(CaseVariables.REVIEW_DECISION,
        "learning-review").containsEntry(CaseVariables.REVIEW_DECISION_DATE, "2026-11-03");
    assertThat(cases.openTaskKeys(instance.getBusinessKey())).containsExactly("Task_AppointGroupReviewer");
  }

  @Test
  void the_learning_reviews_recommendations_become_the_referrals_action_plan() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();
    screen(reference, form("screeningOutcome", "learning-review", "learningThemes", ReviewForms.themes("neglect")));
    LocalReviewWalk.all(cases, reference, false, recommendations(
        recommendation("Schools tell the health visitor about repeated absence.", "education", "partner-la",
            "2027-06-30")), "education", "health");

    assertThat(instance).isWaitingAt("CallActivity_ActionPlan").hasPassed("CallActivity_LearningReview");
    // the learning is spread beside the plan, in a process of its own under the case's reference
    assertThat(cases.openTaskKeys(reference)).containsExactlyInAnyOrder("Task_RecordLearningSpread",
        "Task_ReportProgress");
    assertThat(cases.taskFor(reference, "Task_ReportProgress", "agency-education")).isNotNull();
  }

  @Test
  void a_learning_review_without_recommendations_closes_the_referral() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();
    screen(reference, form("screeningOutcome", "learning-review", "learningThemes", ReviewForms.themes("neglect")));
    LocalReviewWalk.all(cases, reference, false, recommendations(), "education");

    assertThat(instance).isEnded().hasPassed("EndEvent_NoRecommendations").hasNotPassed("CallActivity_ActionPlan");
  }

  @Test
  void a_referral_that_looks_like_a_serious_incident_becomes_one_when_the_local_authority_notifies() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();
    screen(reference, form("screeningOutcome", "serious-incident"));
    Task consider = cases.task(reference, "Task_ConsiderNotification");
    // screened on Tuesday 3 November: the local authority decides within 5 working days
    assertThat(consider.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 11, 10, 23, 59, 59)));

    Map<String, Object> facts = SeriousIncidentFixtures.startForm("Child Robin", "2026-11-03", "2026-11-04");
    facts.remove(CaseVariables.CHILD_PSEUDONYM);
    facts.put("notifyPanel", "yes");
    assertThatThrownBy(() -> cases.complete("notifier", consider, facts))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(incidentDate) must not be in the future");
    facts.put(CaseVariables.INCIDENT_DATE, "2026-11-01");
    cases.complete("notifier", consider, facts);

    assertThat(instance).isEnded().hasPassed("Task_StartSeriousIncident", "EndEvent_BecameSeriousIncident");
    String incidentReference = (String) historicVariable(instance, CaseVariables.SERIOUS_INCIDENT_REFERENCE);
    ProcessInstance incident = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(incidentReference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult();
    assertThat(incident).isWaitingAt("Task_RecordPanelNotification").variables()
        .containsEntry(CaseVariables.REFERRAL_REFERENCE, reference)
        .containsEntry(CaseVariables.CHILD_PSEUDONYM, "Child Robin")
        .containsEntry(CaseVariables.AWARENESS_DATE, "2026-11-03");
  }

  @Test
  void when_the_local_authority_does_not_notify_the_review_group_is_told() {
    ProcessInstance instance = refer();
    String reference = instance.getBusinessKey();
    screen(reference, form("screeningOutcome", "serious-incident"));
    cases.complete("notifier", reference, "Task_ConsiderNotification",
        form("notifyPanel", "no", "notNotifiedReason", "No abuse or neglect is suspected."));

    assertThat(instance).isEnded().hasPassed("Task_TellGroupNotNotified", "EndEvent_NotNotified");
    assertThat(mails(reference, "decision")).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrder("chair@demo.example.org", "member@demo.example.org");
  }

  @Test
  void a_referral_decided_before_the_form_asked_about_another_area_still_becomes_a_serious_incident() {
    // as a referral of the earlier version would hold its facts: no answer about another area
    Map<String, Object> facts = SeriousIncidentFixtures.startForm("Child Wryneck", "2026-11-02", "2026-11-01");
    facts.remove(CaseVariables.OTHER_AREA_CONNECTION);
    facts.put(CaseVariables.CASE_REFERENCE, "CR-2026-8801");
    facts.put("notifyPanel", "yes");
    ProcessInstance referral = runtimeService.createProcessInstanceByKey(ProcessKeys.CASE_REFERRAL)
        .businessKey("CR-2026-8801").setVariables(facts).startBeforeActivity("Task_StartSeriousIncident")
        .execute(true, true);
    cases.runJobs();

    assertThat(referral).isEnded().hasPassed("EndEvent_BecameSeriousIncident");
    String incident = (String) historicVariable(referral, CaseVariables.SERIOUS_INCIDENT_REFERENCE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(incident)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult()).variables()
        .containsEntry(CaseVariables.OTHER_AREA_CONNECTION, "none")
        .containsEntry(CaseVariables.CHILD_PSEUDONYM, "Child Wryneck");
  }
}
