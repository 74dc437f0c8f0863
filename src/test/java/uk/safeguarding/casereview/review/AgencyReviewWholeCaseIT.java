package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.agencyReviewDone;
import static uk.safeguarding.casereview.support.ReviewForms.referral;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.WholeCaseApplication;
import uk.safeguarding.casereview.support.WholeCaseTest;

/**
 * A referral screened to a single-agency audit, through Tasklist's calls to closure: the agency late and
 * escalated over the Easter bank holidays, its finding and learning, the review group's decision to share it,
 * the referrer and the agency told.
 */
@WholeCaseApplication
class AgencyReviewWholeCaseIT extends WholeCaseTest {

  @Test
  void a_referral_screened_to_an_audit_runs_to_closure_with_the_agencys_learning_shared() {
    // Monday 15 March 2027; Good Friday is 26 March, Easter Monday 29 March
    EngineClock.setLondonTime(LocalDateTime.of(2027, 3, 15, 10, 0));
    String reference = as("referrer").start(ProcessKeys.CASE_REFERRAL, referral());
    complete("member", reference, "Task_ScreenReferral", form("screeningOutcome", "audit",
        "learningThemes", ReviewForms.themes("neglect"),
        "screeningRationale", "One school's attendance follow-up.", "reviewingAgency", "education",
        "agencyReviewDueOn", "2027-03-30"));
    assertThat(due(task("lead.education", reference, "Task_CarryOutAgencyReview"))).isEqualTo(endOfDay(2027, 3, 30));

    // reminded two working days before (Thursday 25 March), late after Tuesday 30 March
    at(reference, LocalDateTime.of(2027, 3, 25, 9, 30));
    at(reference, LocalDateTime.of(2027, 3, 31, 10, 0));
    complete("lead.education", reference, "Task_CarryOutAgencyReview", agencyReviewDone("2027-03-31", true));
    complete("chair", reference, "Task_ConsiderAgencyLearning", form("agencyLearningDecision", "share",
        "agencyLearningNote", "A 7 minute briefing for every school's designated safeguarding lead."));
    awaitAllMailSent(reference);

    assertThat(processesOf(reference)).extracting(HistoricProcessInstance::getProcessDefinitionKey,
            HistoricProcessInstance::getEndActivityId)
        .containsExactlyInAnyOrder(tuple("case-referral", "EndEvent_AgencyReviewCompleted"),
            tuple("agency-review", "EndEvent_AgencyReviewDone"));
    assertThat(subjectsTo(reference, "lead.education@demo.example.org")).containsExactly(
        "Decision recorded: The review group has considered your agency's learning",
        "New task: Carry out the single-agency review or audit: Education (due 30 Mar 2027)",
        "Overdue: Carry out the single-agency review or audit: Education (due 30 Mar 2027)",
        "Reminder: Carry out the single-agency review or audit: Education (due 30 Mar 2027)");
    assertThat(subjectsTo(reference, "business.manager@exampleshire.example.org")).containsExactly(
        "Escalation: Carry out the single-agency review or audit: Education (due 30 Mar 2027)");
    assertThat(subjectsTo(reference, "s.teacher@school.example.org")).containsExactly(
        "For information: The single-agency review or audit of your referral is complete",
        "For information: Your case referral has been received");
  }
}
