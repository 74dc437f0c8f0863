package uk.safeguarding.casereview.review.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.report.CaseHistory;
import uk.safeguarding.casereview.report.CaseRecord;
import uk.safeguarding.casereview.report.board.BoardCase;
import uk.safeguarding.casereview.report.board.CaseBoard;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.ActionPlanForms;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;

/**
 * learning-spread: begun with the action plan under the case's reference; the business unit records how the
 * learning went out; six months later the review group records whether practice changed. Its cases begin in
 * May 2041, a year no other test uses.
 */
class LearningSpreadProcessTest extends ProcessTestBase {

  @Autowired CaseBoard board;
  @Autowired CaseHistory history;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2041, 5, 13, 9, 30);
  }

  private static Map<String, Object> spread(String spreadOn, Object reached) {
    return form("spreadActivities", CaseDriver.json(List.of(
        Map.of("activity", "seven-minute-briefing", "spreadOn", "2041-05-10", "audience", "Health visitors",
            "reached", 120),
        Map.of("activity", "learning-event", "spreadOn", spreadOn, "audience", "School designated leads",
            "reached", reached))));
  }

  private BoardCase boardRow(String reference) {
    return board.view(name -> "year".equals(name) ? "2041-42" : null).cases().stream()
        .filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
  }

  @Test
  void the_business_unit_records_the_spread_and_six_months_on_the_group_records_the_impact() {
    ProcessInstance plan = startCase(ProcessKeys.ACTION_PLAN, Map.of(
        CaseVariables.CHILD_PSEUDONYM, "Child Redpoll",
        CaseVariables.LEARNING_THEMES, CaseDriver.json(List.of("neglect")),
        CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(ReviewForms.recommendation(
            "Follow up missed appointments.", "police", "partner-police", "2041-11-28"))));
    String reference = plan.getBusinessKey();
    assertThat(plan).hasPassed("Task_StartLearningSpread");

    ProcessInstance learning = runtimeService.createProcessInstanceQuery().processDefinitionKey("learning-spread")
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(learning).isWaitingAt("Task_RecordLearningSpread");
    assertThat(runtimeService.getVariable(learning.getId(), CaseVariables.CHILD_PSEUDONYM)).isEqualTo("Child Redpoll");
    Task record = cases.task(reference, "Task_RecordLearningSpread");
    // the target (spread-learning, 20 working days; the late May bank holiday falls between): Tuesday 11 June
    assertThat(record.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2041, 6, 11, 23, 59, 59)));
    assertThat(mails(reference, "new-task")).extracting(OutboxEntry::recipient)
        .contains("business@demo.example.org");
    assertThat(boardRow(reference).stage()).isEqualTo("action-plan");
    // the case closes with its last recommendation; its learning stays on the board by itself
    cases.complete("lead.police", cases.taskFor(reference, "Task_ReportProgress", "agency-police"),
        ActionPlanForms.completeWithEvidence("2041-05-13"));
    cases.complete("chair", reference, "Task_VerifyEvidence", ActionPlanForms.closed());
    cases.complete("chair", reference, "Task_RecordClosureSummary", form("closureSummary",
        "Missed appointments are followed up.", "caseClosedOn", "2041-05-13"));
    assertThat(plan).isEnded();
    BoardCase row = boardRow(reference);
    assertThat(row.stage()).isEqualTo("learning");
    assertThat(row.kind()).isEqualTo("Learning of a closed case");
    assertThat(row.standing()).isEqualTo("Learning spread and its impact — Record how the learning was spread");

    assertThatThrownBy(() -> cases.complete("business", record, spread("2041-05-14", 40)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("spreadOn").hasMessageContaining("must not be in the future");
    assertThatThrownBy(() -> cases.complete("business", record, spread("2041-05-13", -5)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("reached");
    cases.complete("business", record, spread("2041-05-13", 40));

    // six calendar months after the spread was recorded, at nine in the morning
    cases.at(LocalDateTime.of(2041, 11, 13, 8, 59));
    assertThat(cases.tasks(reference, "Task_RecordLearningImpact")).isEmpty();
    cases.at(LocalDateTime.of(2041, 11, 13, 9, 0));
    Task impact = cases.task(reference, "Task_RecordLearningImpact");
    assertThat(engine.getTaskService().getIdentityLinksForTask(impact.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("review-group");
    cases.complete("chair", impact, form("practiceChanged", "partly", "impactEvidence",
        "An audit of 20 cases found missed appointments followed up in 15."));

    assertThat(learning).isEnded().hasPassed("Event_ImpactCheck", "EndEvent_ImpactRecorded");
    assertThat(historicVariable(learning, "practiceChanged")).isEqualTo("partly");

    // the auditors' case history shows the learning with the case's other processes
    CaseRecord.ProcessRecord shown = history.of(reference).orElseThrow().processes().stream()
        .filter(process -> process.processDefinitionKey().equals("learning-spread")).findFirst().orElseThrow();
    assertThat(shown.steps()).extracting(CaseRecord.Step::name)
        .contains("Record how the learning was spread", "Record the impact on practice");
    CaseRecord.VariableChange spreadShown = shown.variableChanges().stream()
        .filter(change -> change.variable().equals("spreadActivities")).findFirst().orElseThrow();
    assertThat(spreadShown.by()).isEqualTo("business");
    assertThat(spreadShown.newShown().toString()).contains("Health visitors", "School designated leads");
  }
}
