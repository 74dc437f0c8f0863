package uk.safeguarding.casereview.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.ActionPlanForms;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ReviewForms;

/**
 * A review's action plan for the benchmark's history: six recommendations across the agencies, agreed on the
 * day, the first completed and closed by the group, the second reported amber; the rest not started (and, years
 * later, overdue). Started as the review's call would start it, under the case's reference.
 */
final class BenchPlans {

  private static final List<String> AGENCIES = List.of("police", "health", "education", "children-social-care",
      "probation", "police");

  private BenchPlans() {
  }

  /** Agrees the plan and returns how many recommendations it holds. */
  static int agree(CaseDriver cases, ProcessEngine engine, String reference, String pseudonym, LocalDate day) {
    Map<String, Object>[] recommendations = AGENCIES.stream().map(agency -> ReviewForms.recommendation(
        "A change of practice for " + agency + " after the review of " + pseudonym + ".", agency, "partner-la",
        day.plusDays(90).toString())).toArray(Map[]::new);
    Map<String, Object> variables = new HashMap<>(CaseDriver.caseLabels(reference, pseudonym));
    variables.put(CaseVariables.REVIEW_DECISION, "no-further-review");
    variables.put(CaseVariables.LEARNING_THEMES, CaseDriver.json(List.of("neglect", "information-sharing")));
    variables.put(CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(recommendations));
    engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, reference, variables);
    cases.runJobs();
    cases.complete("lead.police", cases.tasks(reference, "Task_ReportProgress").stream()
        .filter(task -> task.getName().contains("Police")).findFirst().orElseThrow(),
        ActionPlanForms.completeWithEvidence(day.toString()));
    cases.complete("chair", reference, "Task_VerifyEvidence", ActionPlanForms.closed());
    cases.complete("lead.health", cases.taskFor(reference, "Task_ReportProgress", "agency-health"),
        ActionPlanForms.progress("amber", day.plusDays(30).toString()));
    return AGENCIES.size();
  }
}
