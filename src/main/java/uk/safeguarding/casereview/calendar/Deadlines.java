package uk.safeguarding.casereview.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.Timescales;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The due dates that diagrams show, as {@code ${deadlines.…}} expressions: computed from configuration and the
 * case's dates, never typed into a diagram.
 */
@Component("deadlines")
public class Deadlines {

  private final Timescales timescales;
  private final CaseClock clock;

  public Deadlines(CaseReviewProperties properties, CaseClock clock) {
    this.timescales = properties.getTimescales();
    this.clock = clock;
  }

  /**
   * The Panel must be notified within 5 working days of the local authority becoming aware. Until the
   * working-day calendar arrives the days are counted as calendar days, which is never later than the
   * statutory deadline.
   */
  public Date panelNotificationDue(VariableScope execution) {
    LocalDate aware = date(execution, CaseVariables.AWARENESS_DATE);
    return clock.endOf(aware.plusDays(timescales.getPanelNotificationWorkingDays()));
  }

  private static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new ProcessEngineException("The case has no '" + name + "' to count a deadline from");
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
