package uk.safeguarding.casereview.review;

import static uk.safeguarding.casereview.review.CaseVariables.AWARENESS_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.INCIDENT_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.PANEL_NOTIFICATION_DATE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;

/** The rules of the serious-incident forms that their schemas cannot express: the dates must be possible. */
@Configuration
public class SeriousIncidentFormRules {

  public static final String START_FORM = "serious-incident-start";
  public static final String PANEL_NOTIFICATION_FORM = "record-panel-notification";
  private static final String AWARE = "the date the local authority became aware";

  @Bean
  FormRule seriousIncidentStartRule(CaseClock clock) {
    return FormRule.of(START_FORM, (values, violations) -> {
      DateChecks.notInFuture(values, violations, AWARENESS_DATE, clock.today());
      DateChecks.notInFuture(values, violations, INCIDENT_DATE, clock.today());
      DateChecks.notAfter(values, violations, INCIDENT_DATE, values.date(AWARENESS_DATE), AWARE);
    });
  }

  /** Sent no earlier than the local authority knew, and not in the future. */
  @Bean
  FormRule panelNotificationRule(CaseClock clock) {
    return FormRule.of(PANEL_NOTIFICATION_FORM, (values, violations) -> {
      DateChecks.notInFuture(values, violations, PANEL_NOTIFICATION_DATE, clock.today());
      DateChecks.notBefore(values, violations, PANEL_NOTIFICATION_DATE, values.date(AWARENESS_DATE), AWARE);
    });
  }
}
