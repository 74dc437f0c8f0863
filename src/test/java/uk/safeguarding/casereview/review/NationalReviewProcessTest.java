package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;

/** national-review: the Panel's requests answered as they come, then the national report and its recommendations. */
class NationalReviewProcessTest extends ProcessTestBase {

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2027, 2, 1, 10, 0);
  }

  private ProcessInstance startNationalReview() {
    return startCase("national-review", Map.of(CaseVariables.CHILD_PSEUDONYM, "Child Heron"));
  }

  @Test
  void each_request_from_the_panel_gets_its_contribution_by_the_date_the_panel_asked() {
    ProcessInstance instance = startNationalReview();
    String reference = instance.getBusinessKey();

    // the partnership's targets from Monday 1 February 2027: a request recorded within 10 working days (Monday
    // 15 February), the national report looked for within 40 (over Easter: Wednesday 31 March)
    assertThat(cases.task(reference, "Task_RecordPanelRequest").getDueDate())
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 2, 15, 23, 59, 59)));
    assertThat(cases.task(reference, "Task_RecordNationalReport").getDueDate())
        .isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 3, 31, 23, 59, 59)));
    for (String due : List.of("2027-02-12", "2027-03-05")) {
      cases.complete("business", reference, "Task_RecordPanelRequest", ReviewForms.panelRequest("2027-02-01", due));
      Task send = cases.task(reference, "Task_SendContribution");
      assertThat(send.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.parse(due + "T23:59:59")));
      cases.complete("business", send, form("contributionSentOn", "2027-02-01",
          "contributionLink", "https://documents.partnership.example.org/national/contribution"));
    }

    assertThat(instance).isWaitingAt("Task_RecordPanelRequest", "Task_RecordNationalReport");
    assertThatThrownBy(() -> cases.complete("business", reference, "Task_RecordPanelRequest", form(
        "requestSummary", "More.", "requestReceivedOn", "2027-02-01", "contributionDueOn", "2027-01-29")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(contributionDueOn) must not be before the day the request came (1 February 2027)");
  }

  @SafeVarargs
  private static Map<String, Object> nationalReport(Map<String, Object>... recommendations) {
    return ReviewForms.nationalReport("2027-01-28", recommendations);
  }

  @Test
  void the_national_report_ends_the_review_with_its_recommendations_for_the_action_plan() {
    ProcessInstance instance = startNationalReview();
    String reference = instance.getBusinessKey();
    Task report = cases.task(reference, "Task_RecordNationalReport");

    Map<String, Object> withoutAgency = recommendation("Review the closure of early help referrals.", null,
        "partner-la", "2027-07-31");
    withoutAgency.remove("owningAgency");
    assertThatThrownBy(() -> cases.complete("business", report, nationalReport(
        recommendation("Share information about missed appointments.", "health", "partner-icb", "2027-06-30"),
        withoutAgency)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Recommendation 2: \"Owning agency\" (owningAgency) is required");
    assertThatThrownBy(() -> cases.complete("business", report, nationalReport(
        recommendation("Audit.", "fire-service", "partner-la", "2027-06-30"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Recommendation 1: \"Owning agency\" (owningAgency) must be one of"
            + " children-social-care, police, health, education, probation");
    assertThatThrownBy(() -> cases.complete("business", report, nationalReport(
        recommendation("Audit.", "police", "partner-fire", "2027-06-30"),
        recommendation("Audit again.", "police", "partner-police", "2027-02-01"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("Recommendation 1: \"Strategic lead\" (strategicLead) must be one of"
            + " partner-la, partner-icb, partner-police")
        .hasMessageContaining("Recommendation 2: \"Due by\" (dueOn) must be after today (1 February 2027)");

    cases.complete("business", report, nationalReport(
        recommendation("Share information about missed appointments.", "health", "partner-icb", "2027-06-30"),
        recommendation("Review the closure of early help referrals.", "children-social-care", "partner-la",
            "2027-07-31")));

    assertThat(instance).isEnded().hasPassed("EndEvent_NationalReportReceived")
        .hasNotPassed("Task_SendContribution");
    assertThat(cases.tasks(reference, "Task_RecordPanelRequest")).isEmpty();
    JsonAssert.assertRecords(historicVariable(instance, CaseVariables.RECOMMENDATIONS))
        .extracting(r -> r.get("owningAgency"), r -> r.get("dueOn"))
        .containsExactly(tuple("health", "2027-06-30"), tuple("children-social-care", "2027-07-31"));
  }

  private void recordRequest(String reference, String due) {
    cases.complete("business", reference, "Task_RecordPanelRequest", ReviewForms.panelRequest("2027-02-01", due));
  }

  @Test
  void a_report_after_every_contribution_was_sent_asks_nothing_about_them() {
    ProcessInstance instance = startNationalReview();
    String reference = instance.getBusinessKey();
    recordRequest(reference, "2027-02-12");
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.CONTRIBUTION_OUTSTANDING)).isEqualTo(true);
    cases.complete("business", reference, "Task_SendContribution", form("contributionSentOn", "2027-02-01",
        "contributionLink", "https://documents.partnership.example.org/national/contribution"));
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.CONTRIBUTION_OUTSTANDING)).isEqualTo(false);

    cases.complete("business", reference, "Task_RecordNationalReport", nationalReport());

    assertThat(instance).isEnded().hasPassed("Task_SendContribution", "EndEvent_NationalReportReceived");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CaseVariables.OUTSTANDING_CONTRIBUTION).count()).isZero();
  }

  @Test
  void a_report_while_a_contribution_is_due_needs_to_know_what_became_of_it_and_why() {
    ProcessInstance instance = startNationalReview();
    String reference = instance.getBusinessKey();
    recordRequest(reference, "2027-02-26");
    Task report = cases.task(reference, "Task_RecordNationalReport");

    assertThatThrownBy(() -> cases.complete("business", report, nationalReport()))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("\"The contribution still due\" (outstandingContribution) is required")
        .hasMessageContaining("\"Why it will not be sent\" (outstandingContributionReason) is required");
    Map<String, Object> unknownOutcome = nationalReport();
    unknownOutcome.put(CaseVariables.OUTSTANDING_CONTRIBUTION, "forgotten");
    unknownOutcome.put(CaseVariables.OUTSTANDING_CONTRIBUTION_REASON, "Nobody sent it.");
    assertThatThrownBy(() -> cases.complete("business", report, unknownOutcome))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(outstandingContribution) must be one of withdrawn, overtaken");
    // refused: nothing saved, the contribution still due
    assertThat(instance).isWaitingAt("Task_SendContribution", "Task_RecordNationalReport");
    assertThat(runtimeService.getVariable(instance.getId(), "nationalReportLink")).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), CaseVariables.OUTSTANDING_CONTRIBUTION)).isNull();

    Map<String, Object> withdrawn = nationalReport();
    withdrawn.put(CaseVariables.OUTSTANDING_CONTRIBUTION, "withdrawn");
    withdrawn.put(CaseVariables.OUTSTANDING_CONTRIBUTION_REASON,
        "The Panel's email of 1 February: the chronologies it already holds are enough.");
    cases.complete("business", report, withdrawn);

    assertThat(instance).isEnded().hasPassed("EndEvent_NationalReportReceived");
    assertThat(cases.tasks(reference, "Task_SendContribution")).isEmpty();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_SendContribution").singleResult().isCanceled()).isTrue();
    assertThat(historicVariable(instance, CaseVariables.OUTSTANDING_CONTRIBUTION)).isEqualTo("withdrawn");
    assertThat(historicVariable(instance, CaseVariables.OUTSTANDING_CONTRIBUTION_REASON))
        .isEqualTo("The Panel's email of 1 February: the chronologies it already holds are enough.");
  }
}
