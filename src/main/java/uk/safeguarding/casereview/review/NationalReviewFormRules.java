package uk.safeguarding.casereview.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;

/** The rules of the national review's forms that their schemas cannot express. */
@Configuration
public class NationalReviewFormRules {

  static final String RECEIVED = "the day the request came";

  @Bean
  FormRule panelRequestRule(CaseClock clock) {
    return FormRule.of("record-panel-request", (values, violations) -> {
      DateChecks.notInFuture(values, violations, "requestReceivedOn", clock.today());
      DateChecks.notBefore(values, violations, "contributionDueOn", values.date("requestReceivedOn"), RECEIVED);
    });
  }

  @Bean
  FormRule contributionRule(CaseClock clock) {
    return FormRule.of("send-contribution", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "contributionSentOn", clock.today(),
          values.date("requestReceivedOn"), RECEIVED);
    });
  }

  @Bean
  FormRule nationalReportRule(CaseClock clock) {
    return FormRule.notInFuture("record-national-report", clock::today, "nationalReportPublishedOn");
  }
}
