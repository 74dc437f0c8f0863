package uk.safeguarding.casereview.review.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.ActionPlanForms.closed;
import static uk.safeguarding.casereview.support.ActionPlanForms.completeWithEvidence;
import static uk.safeguarding.casereview.support.ActionPlanForms.progress;
import static uk.safeguarding.casereview.support.ActionPlanForms.returned;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * action-plan: a branch per recommendation, the owner's progress with RAG status and evidence, reminders and
 * escalation, the group's verification, and the case closed with a summary when every one is closed.
 */
class ActionPlanProcessTest extends ProcessTestBase {

  @Autowired TaskService taskService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2027, 4, 5, 9, 30);
  }

  private ProcessInstance startPlan() {
    return startCase(ProcessKeys.ACTION_PLAN, Map.of(CaseVariables.RECOMMENDATIONS, recommendations(
        recommendation("Follow up every missed health appointment with the family.", "police", "partner-police",
            "2027-06-30"),
        recommendation("Share information about missed appointments with the GP.", "health", "partner-icb",
            "2027-09-30"))));
  }

  private Task progressTaskOf(String reference, String agencyGroup) {
    return cases.taskFor(reference, "Task_ReportProgress", agencyGroup);
  }

  @Test
  void each_recommendation_goes_to_its_owning_agency_with_its_due_date() {
    ProcessInstance instance = startPlan();
    String reference = instance.getBusinessKey();

    Task police = progressTaskOf(reference, "agency-police");
    Task health = progressTaskOf(reference, "agency-health");
    assertThat(police.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 6, 30, 23, 59, 59)));
    assertThat(health.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 9, 30, 23, 59, 59)));
    assertThat(taskService.getIdentityLinksForTask(police.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("agency-police");
    assertThat(cases.variable(police, "recommendationNumber")).isEqualTo(1L);
    assertThat(cases.variable(health, "owningAgencyName")).isEqualTo("Health (Integrated Care Board)");
    assertThat(police.getName()).isEqualTo("Report progress: Exampleshire Police");
    assertThat(health.getName()).isEqualTo("Report progress: Health (Integrated Care Board)");
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient).contains(
        "lead.police@demo.example.org", "lead.health@demo.example.org");
    JsonAssert.assertRecords(runtimeService.getVariable(instance.getId(), CaseVariables.ACTION_PLAN))
        .extracting(r -> r.get("number"), r -> r.get("owningAgency"), r -> r.get("ragStatus"), r -> r.get("status"))
        .containsExactly(tuple(1, "police", "not-started", "open"), tuple(2, "health", "not-started", "open"));
  }

  @Test
  void the_owner_reports_progress_until_it_is_complete_and_is_asked_again_on_the_day_they_gave() {
    ProcessInstance instance = startPlan();
    String reference = instance.getBusinessKey();

    Task police = progressTaskOf(reference, "agency-police");
    assertThatThrownBy(() -> cases.complete("lead.police", police, progress("amber", "2027-04-05")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"Next update by\" (nextUpdateOn) must be after today (5 April 2027)");
    assertThatThrownBy(() -> cases.complete("lead.police", police, form("ragStatus", "complete",
        "progressNote", "Done.")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(evidenceLink) is required");
    cases.complete("lead.police", police, progress("amber", "2027-05-03"));

    // the update belongs to this recommendation only
    assertThat(cases.variable(progressTaskOf(reference, "agency-health"), CaseVariables.RAG_STATUS)).isNull();
    JsonAssert.assertRecords(runtimeService.getVariable(instance.getId(), CaseVariables.ACTION_PLAN))
        .extracting(r -> r.get("ragStatus"), r -> r.get("lastUpdateOn"))
        .containsExactly(tuple("amber", "2027-04-05"), tuple("not-started", null));
    assertThat(cases.tasks(reference, "Task_ReportProgress")).hasSize(1);

    cases.at(LocalDateTime.of(2027, 5, 3, 8, 59));
    assertThat(cases.tasks(reference, "Task_ReportProgress")).hasSize(1);
    cases.at(LocalDateTime.of(2027, 5, 3, 9, 0));
    assertThat(cases.variable(progressTaskOf(reference, "agency-police"), CaseVariables.PROGRESS_NOTE))
        .isEqualTo("Progress since the last update.");
  }

  @Test
  void the_owner_is_reminded_before_the_due_date_and_told_after_it_with_the_business_manager_and_strategic_lead() {
    ProcessInstance instance = startPlan();
    String reference = instance.getBusinessKey();

    // two working days before Wednesday 30 June, at 09:00
    cases.at(LocalDateTime.of(2027, 6, 28, 9, 0));
    assertThat(mails(reference, "reminder")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.police@demo.example.org", "public-protection@police.example.org");
    cases.at(LocalDateTime.of(2027, 7, 1, 0, 0));
    assertThat(mails(reference, "escalation")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "business.manager@exampleshire.example.org", "partner.police@demo.example.org");
    assertThat(mails(reference, "overdue")).extracting(OutboxEntry::recipient).containsExactlyInAnyOrder(
        "lead.police@demo.example.org", "public-protection@police.example.org");
    assertThat(mailSaying(reference, "escalation")).extracting(MailParameters::subject, MailParameters::dueDate)
        .containsExactly(tuple("A recommendation of the action plan is overdue", LocalDate.of(2027, 6, 30)));
    assertThat(instance).hasPassed("Task_RemindOwner", "Task_EscalateOverdue");
  }

  @Test
  void the_group_returns_weak_evidence_closes_each_recommendation_and_closes_the_case_with_a_summary() {
    ProcessInstance instance = startPlan();
    String reference = instance.getBusinessKey();

    cases.complete("lead.police", progressTaskOf(reference, "agency-police"), completeWithEvidence("2027-04-05"));
    Task verify = cases.task(reference, "Task_VerifyEvidence");
    assertThat(verify.getName()).isEqualTo("Verify the evidence: Exampleshire Police");
    // the partnership's target (casereview.targets.verify-evidence, 10 working days): Monday 19 April
    assertThat(verify.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 4, 19, 23, 59, 59)));
    assertThat(taskService.getIdentityLinksForTask(verify.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("review-group");
    cases.complete("chair", verify, returned());
    Task again = progressTaskOf(reference, "agency-police");
    assertThat(cases.variable(again, CaseVariables.VERIFICATION)).isEqualTo("return");
    cases.complete("lead.police", again, completeWithEvidence("2027-04-05"));
    cases.complete("chair", reference, "Task_VerifyEvidence", closed());

    EngineClock.setLondonTime(LocalDateTime.of(2027, 10, 4, 10, 0));
    cases.complete("lead.health", progressTaskOf(reference, "agency-health"),
        completeWithEvidence("2027-10-01"));
    cases.complete("chair", reference, "Task_VerifyEvidence", closed());

    JsonAssert.assertRecords(runtimeService.getVariable(instance.getId(), CaseVariables.ACTION_PLAN))
        .extracting(r -> r.get("status"), r -> r.get("closedOn"), r -> r.get("onTime"))
        .containsExactly(tuple("closed", "2027-04-05", true), tuple("closed", "2027-10-04", false));
    Task summary = cases.task(reference, "Task_RecordClosureSummary");
    // the whole plan's task names no agency; due by the target (closure-summary, 20 working days): 1 November
    assertThat(summary.getName()).isEqualTo("Record the closure summary");
    assertThat(summary.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 11, 1, 23, 59, 59)));
    assertThatThrownBy(() -> cases.complete("chair", summary, form("closureSummary", "Practice changed.",
        "caseClosedOn", "2027-10-05")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(caseClosedOn) must not be in the future");
    cases.complete("chair", summary, form("closureSummary", "Missed appointments are now followed up.",
        "caseClosedOn", "2027-10-04"));

    assertThat(instance).isEnded().hasPassed("Task_AnnounceClosure", "EndEvent_CaseClosed");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_VerifyEvidence").count()).isEqualTo(3);
    assertThat(mailSaying(reference, "information")).extracting(MailParameters::subject)
        .containsExactly("Every recommendation is closed: the case is closed");
  }
}
