package uk.safeguarding.casereview.review;

import static uk.safeguarding.casereview.review.CaseVariables.AWARENESS_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.INCIDENT_DATE;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.form.Violations;

/** The serious incident start form: the dates must be possible. */
@Component
public class SeriousIncidentStartRules implements FormRule {

  public static final String FORM_ID = "serious-incident-start";

  private final CaseClock clock;

  public SeriousIncidentStartRules(CaseClock clock) {
    this.clock = clock;
  }

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, Violations violations) {
    LocalDate today = clock.today();
    DateChecks.notInFuture(values, violations, AWARENESS_DATE, today);
    DateChecks.notInFuture(values, violations, INCIDENT_DATE, today);
    DateChecks.notAfter(values, violations, INCIDENT_DATE, values.date(AWARENESS_DATE),
        "the date the local authority became aware");
  }
}
