package uk.safeguarding.casereview.review.actionplan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.review.CaseVariables;

/** The rules of the action plan's forms, and of every form that records recommendations for it. */
@Configuration
public class ActionPlanFormRules {

  @Bean
  FormRule localReviewRecommendationsRule(CaseClock clock) {
    return recommendationsDueAhead("record-recommendations", clock);
  }

  @Bean
  FormRule rapidReviewRecommendationsRule(CaseClock clock) {
    return recommendationsDueAhead("record-rapid-review-recommendations", clock);
  }

  @Bean
  FormRule nationalReviewRecommendationsRule(CaseClock clock) {
    return recommendationsDueAhead("record-national-report", clock);
  }

  @Bean
  FormRule progressRule(CaseClock clock) {
    return FormRule.afterToday("report-progress", clock::today, CaseVariables.NEXT_UPDATE_ON);
  }

  @Bean
  FormRule evidenceRule(CaseClock clock) {
    return FormRule.notInFuture("report-progress", clock::today, "evidenceDate");
  }

  @Bean
  FormRule closureRule(CaseClock clock) {
    return FormRule.notInFuture("record-closure-summary", clock::today, "caseClosedOn");
  }

  /** Every form that records recommendations for an action plan: each due date must lie ahead. */
  private static FormRule recommendationsDueAhead(String formId, CaseClock clock) {
    return FormRule.of(formId, (values, violations) -> DateChecks.entriesAfterToday(values, violations,
        CaseVariables.RECOMMENDATIONS, CaseVariables.DUE_ON, clock.today()));
  }
}
