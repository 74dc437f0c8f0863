package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencyReviewDone;
import static uk.safeguarding.casereview.support.ReviewForms.referral;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;

/**
 * agency-review: a single-agency review or audit from screening to closure: due on the group's date (here
 * Tuesday 29 December 2026, after the Christmas bank holidays), reminded and escalated, the agency's finding,
 * and its learning considered by the review group, which may take it to a local learning review.
 */
class AgencyReviewProcessTest extends ProcessTestBase {

  private static final String REVIEW = "Task_CarryOutAgencyReview";

  @Autowired ManagementService managementService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 12, 1, 10, 0);
  }

  private ProcessInstance referredForAnAudit() {
    ProcessInstance referral = cases.startByForm("referrer", ProcessKeys.CASE_REFERRAL, referral());
    cases.runJobs();
    cases.complete("member", referral.getBusinessKey(), "Task_ScreenReferral", form("screeningOutcome", "audit",
        "learningThemes", ReviewForms.themes("neglect"),
        "screeningRationale", "One school's attendance follow-up.", "reviewingAgency", "education",
        "agencyReviewDueOn", "2026-12-29"));
    return referral;
  }

  /** A referral whose audit found learning for the partnership, waiting for the review group. */
  private ProcessInstance auditWithLearning() {
    ProcessInstance referral = referredForAnAudit();
    cases.complete("lead.education", cases.taskFor(referral.getBusinessKey(), REVIEW, "agency-education"),
        agencyReviewDone("2026-12-01", true));
    return referral;
  }

  @Test
  void the_agency_is_reminded_and_the_business_manager_told_when_its_date_passes() {
    ProcessInstance referral = referredForAnAudit();
    String reference = referral.getBusinessKey();
    Task review = cases.taskFor(reference, REVIEW, "agency-education");
    assertThat(review.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 29, 23, 59, 59)));
    assertThat(cases.variable(review, CaseVariables.REVIEWING_AGENCY_NAME)).isEqualTo("Education");
    assertThat(review.getName()).isEqualTo("Carry out the single-agency review or audit: Education");

    // two working days before Tuesday 29 December, over 25 and 28 December: Wednesday 23 December
    cases.at(LocalDateTime.of(2026, 12, 23, 8, 59));
    assertThat(mails(reference, "reminder")).isEmpty();
    cases.at(LocalDateTime.of(2026, 12, 23, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.education@demo.example.org", "education-safeguarding@exampleshire.example.org");
    cases.at(LocalDateTime.of(2026, 12, 30, 0, 0));
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.education@demo.example.org", "education-safeguarding@exampleshire.example.org");
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient)
        .containsExactly("business.manager@exampleshire.example.org");

    assertThatThrownBy(() -> cases.complete("lead.education", review, form("agencyReviewCompletedOn", "2026-12-30",
        "agencyReviewFindings", "Attendance procedures are being revised.", "learningForPartnership", "yes")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(agencyReviewLink) is required")
        .hasMessageContaining("(agencyReviewVersion) is required")
        .hasMessageContaining("(agencyLearning) is required");
    cases.complete("lead.education", review, agencyReviewDone("2026-12-30", false));

    assertThat(referral).isEnded().hasPassed("EndEvent_AgencyReviewCompleted");
    assertThat(mailSaying(reference, "information")).extracting(MailParameters::subject)
        .contains("The single-agency review or audit of your referral is complete");
    assertThat(mails(reference, "decision")).isEmpty();
  }

  @Test
  void learning_the_group_shares_closes_the_case_and_the_referrer_and_agency_are_told() {
    ProcessInstance referral = auditWithLearning();
    String reference = referral.getBusinessKey();

    Task consider = cases.task(reference, "Task_ConsiderAgencyLearning");
    assertThat(consider.getName()).isEqualTo("Consider the agency's learning: Education");
    // the partnership's target (consider-agency-learning, 20 working days) over Christmas: Thursday 31 December
    assertThat(consider.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2026, 12, 31, 23, 59, 59)));
    assertThat(cases.variable(consider, "agencyLearning"))
        .isEqualTo("Schools do not tell the health visitor about repeated absence.");
    assertThatThrownBy(() -> cases.complete("member", consider, form("agencyLearningDecision", "share")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("(agencyLearningNote) is required");
    cases.complete("member", consider, form("agencyLearningDecision", "share",
        "agencyLearningNote", "A 7 minute briefing for every school's designated lead."));

    assertThat(referral).isEnded().hasPassed("EndEvent_AgencyReviewCompleted")
        .hasNotPassed("CallActivity_LearningReview");
    assertThat(mails(reference, "information")).extracting(OutboxEntry::recipient)
        .contains("s.teacher@school.example.org");
    assertThat(mails(reference, "decision")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.education@demo.example.org", "education-safeguarding@exampleshire.example.org");
  }

  @Test
  void learning_that_goes_wider_than_the_agency_becomes_a_local_learning_review() {
    ProcessInstance referral = auditWithLearning();
    String reference = referral.getBusinessKey();
    // the group meets a week later: the learning review is decided on that day, not at the screening
    cases.at(LocalDateTime.of(2026, 12, 8, 14, 0));
    cases.complete("chair", reference, "Task_ConsiderAgencyLearning", form("agencyLearningDecision",
        "learning-review", "agencyLearningNote", "Health and education both missed the absences."));

    assertThat(referral).isWaitingAt("CallActivity_LearningReview")
        .hasPassed("CallActivity_AgencyReview", "Gateway_ToLearningReview");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.AGENCY_REVIEW).count()).as("the agency review has ended").isZero();
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(referral.getId())
        .processDefinitionKey(ProcessKeys.LOCAL_REVIEW).singleResult();
    Map<String, Object> variables = runtimeService.getVariables(review.getId());
    assertThat(variables).containsEntry("agencyLearningDecision", "learning-review")
        .containsEntry(CaseVariables.REVIEW_DECISION_DATE, "2026-12-08")
        .containsEntry(CaseVariables.REVIEW_STARTED_ON, "2026-12-08");
    assertThat(cases.openTaskKeys(reference)).containsExactly("Task_AppointGroupReviewer");
    // the learning review is the partnership's, not the agency's: its tasks name no agency
    Task appoint = cases.task(reference, "Task_AppointGroupReviewer");
    assertThat(appoint.getName()).isEqualTo("Appoint a reviewer from the group");
    assertThat(cases.variable(appoint, CaseVariables.AGENCY_NAME)).isNull();
    // appoint-reviewer, 20 working days from Tuesday 8 December over Christmas and New Year: Friday 8 January
    assertThat(appoint.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 1, 8, 23, 59, 59)));
  }
}
