package uk.safeguarding.casereview.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;

/** The rules of the case referral's forms that their schemas cannot express. */
@Configuration
public class ReferralFormRules {

  @Bean
  FormRule screeningRule(CaseClock clock) {
    return FormRule.afterToday("screen-referral", clock::today, "agencyReviewDueOn");
  }

  @Bean
  FormRule agencyReviewRule(CaseClock clock) {
    return FormRule.notInFuture("complete-agency-review", clock::today, "agencyReviewCompletedOn");
  }

  /** Notifying from a referral records the same incident dates as the serious incident start form. */
  @Bean
  FormRule considerNotificationRule(CaseClock clock) {
    return FormRule.of("consider-serious-incident-notification", (values, violations) -> {
      if ("yes".equals(values.text("notifyPanel"))) {
        SeriousIncidentFormRules.incidentDates(values, violations, clock.today());
      }
    });
  }
}
