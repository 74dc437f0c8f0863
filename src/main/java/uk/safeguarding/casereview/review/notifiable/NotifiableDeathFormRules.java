package uk.safeguarding.casereview.review.notifiable;

import static uk.safeguarding.casereview.review.CaseVariables.AWARENESS_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.INCIDENT_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.NOTIFIABLE_DEATH_REFERENCE;
import static uk.safeguarding.casereview.review.CaseVariables.OTHER_AREA_TOLD_ON;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.form.Violations;
import uk.safeguarding.casereview.review.SeriousIncidentFormRules;

/**
 * The rules of the notifiable death's forms, of the other area's task, and of a serious incident that names
 * the notifiable death it began as: the reference must be one, not already a serious incident, and abuse or
 * neglect cannot have come to be suspected before the child died.
 */
@Configuration
public class NotifiableDeathFormRules {

  public static final String START_FORM = "notifiable-death-start";
  public static final String OTHER_AREA_FORM = "tell-other-area";

  @Bean
  FormRule notifiableDeathStartRule(CaseClock clock) {
    return FormRule.of(START_FORM,
        (values, violations) -> SeriousIncidentFormRules.incidentDates(values, violations, clock.today()));
  }

  @Bean
  FormRule otherAreaToldRule(CaseClock clock) {
    return FormRule.of(OTHER_AREA_FORM, (values, violations) ->
        SeriousIncidentFormRules.notifiedAfterAwareness(values, violations, OTHER_AREA_TOLD_ON, clock.today()));
  }

  @Bean
  FormRule seriousIncidentFromNotifiableDeathRule(NotifiableDeaths deaths) {
    return FormRule.of(SeriousIncidentFormRules.START_FORM, (values, violations) -> check(values, violations, deaths));
  }

  static void check(FormValues values, Violations violations, NotifiableDeaths deaths) {
    String reference = values.text(NOTIFIABLE_DEATH_REFERENCE);
    if (reference == null) {
      return;
    }
    Optional<HistoricProcessInstance> death = deaths.find(reference);
    if (death.isEmpty()) {
      violations.reject(NOTIFIABLE_DEATH_REFERENCE, "is not the case reference of a notifiable death (" + reference
          + ")");
      return;
    }
    Optional<String> incident = deaths.seriousIncidentOf(reference);
    if (incident.isPresent()) {
      violations.reject(NOTIFIABLE_DEATH_REFERENCE, "already became serious incident " + incident.get());
      return;
    }
    LocalDate died = CaseDates.readable(deaths.factsOf(death.get()).get(INCIDENT_DATE));
    DateChecks.notBefore(values, violations, AWARENESS_DATE, died, "the date of death recorded in " + reference);
  }
}
