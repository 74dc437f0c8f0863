package uk.safeguarding.casereview.review;

import static uk.safeguarding.casereview.review.CaseVariables.AWARENESS_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.INCIDENT_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.OFSTED_NOTIFIED_ON;
import static uk.safeguarding.casereview.review.CaseVariables.PANEL_NOTIFICATION_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.form.Violations;

/** The rules of the serious-incident forms that their schemas cannot express: the dates must be possible. */
@Configuration
public class SeriousIncidentFormRules {

  public static final String START_FORM = "serious-incident-start";
  public static final String PANEL_NOTIFICATION_FORM = "record-panel-notification";
  public static final String REGULATORS_FORM = "notify-secretary-of-state-and-ofsted";
  static final String AWARE = "the date the local authority became aware";

  /** The incident's dates, wherever they are recorded: on the start form or when a referral is notified. */
  public static void incidentDates(FormValues values, Violations violations, LocalDate today) {
    DateChecks.notInFuture(values, violations, AWARENESS_DATE, today);
    DateChecks.notInFuture(values, violations, INCIDENT_DATE, today);
    DateChecks.notAfter(values, violations, INCIDENT_DATE, values.date(AWARENESS_DATE), AWARE);
  }

  /** A notification is sent no earlier than the local authority knew, and not in the future. */
  public static void notifiedAfterAwareness(FormValues values, Violations violations, String key, LocalDate today) {
    DateChecks.pastAndNotBefore(values, violations, key, today,
        values.date(AWARENESS_DATE), AWARE);
  }

  @Bean
  FormRule seriousIncidentStartRule(CaseClock clock) {
    return FormRule.of(START_FORM, (values, violations) -> incidentDates(values, violations, clock.today()));
  }

  @Bean
  FormRule panelNotificationRule(CaseClock clock) {
    return FormRule.of(PANEL_NOTIFICATION_FORM,
        (values, violations) -> notifiedAfterAwareness(values, violations, PANEL_NOTIFICATION_DATE, clock.today()));
  }

  @Bean
  FormRule regulatorsNotifiedRule(CaseClock clock) {
    return FormRule.of(REGULATORS_FORM, (values, violations) -> {
      notifiedAfterAwareness(values, violations, SECRETARY_OF_STATE_NOTIFIED_ON, clock.today());
      notifiedAfterAwareness(values, violations, OFSTED_NOTIFIED_ON, clock.today());
    });
  }
}
