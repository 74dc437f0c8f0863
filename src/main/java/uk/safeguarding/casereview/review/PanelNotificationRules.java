package uk.safeguarding.casereview.review;

import static uk.safeguarding.casereview.review.CaseVariables.AWARENESS_DATE;
import static uk.safeguarding.casereview.review.CaseVariables.PANEL_NOTIFICATION_DATE;

import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.form.Violations;

/** "Record the Panel notification": sent no earlier than the local authority knew, and not in the future. */
@Component
public class PanelNotificationRules implements FormRule {

  public static final String FORM_ID = "record-panel-notification";

  private final CaseClock clock;

  public PanelNotificationRules(CaseClock clock) {
    this.clock = clock;
  }

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, Violations violations) {
    DateChecks.notInFuture(values, violations, PANEL_NOTIFICATION_DATE, clock.today());
    DateChecks.notBefore(values, violations, PANEL_NOTIFICATION_DATE, values.date(AWARENESS_DATE),
        "the date the local authority became aware");
  }
}
