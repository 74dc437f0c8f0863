package uk.safeguarding.casereview.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;

/** The rules of the rapid review's forms that their schemas cannot express. */
@Configuration
public class RapidReviewFormRules {

  @Bean
  FormRule lateSummaryRule(CaseClock clock) {
    return FormRule.afterToday("decide-on-late-summary", clock::today, "extendedUntil");
  }

  @Bean
  FormRule meetingRule(CaseClock clock) {
    return FormRule.of("rapid-review-meeting", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "meetingDate", clock.today(),
          values.date(CaseVariables.SUMMARIES_REQUESTED_ON), "the day the agencies were asked for summaries");
    });
  }

  @Bean
  FormRule panelSubmissionRule(CaseClock clock) {
    return FormRule.of("record-panel-submission", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, CaseVariables.PANEL_SUBMISSION_DATE, clock.today(),
          values.date(CaseVariables.REVIEW_DECISION_DATE), "the group's decision");
    });
  }

  @Bean
  FormRule panelResponseRule(CaseClock clock) {
    return FormRule.of("record-panel-response", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "panelResponseDate", clock.today(),
          values.date(CaseVariables.PANEL_SUBMISSION_DATE), "the day the rapid review went to the Panel");
    });
  }
}
