package uk.safeguarding.casereview.review;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.form.DateChecks;

/**
 * The rapid review's day 1 counts from the notification (the statutory clock), not from when it was recorded:
 * a notification recorded late makes "Name the agencies involved" overdue as it appears. The task then says
 * why, so that nobody reads it as the business unit's miss; the due date stays as the clock has it
 * ({@code ${rapidReviewStart}} in the diagram).
 */
@Component("rapidReviewStart")
public class RapidReviewStart {

  private final Deadlines deadlines;
  private final CaseClock clock;

  public RapidReviewStart(Deadlines deadlines, CaseClock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public void explainALateDayOne(DelegateExecution execution) {
    Date dayOne = deadlines.rapidReviewDay(execution, 1);
    if (!clock.now().isAfter(dayOne.toInstant())) {
      return;
    }
    String startVariable = deadlines.rapidReviewStartVariable();
    LocalDate start = CaseDates.readable(execution.getVariable(startVariable));
    String from = CaseVariables.AWARENESS_DATE.equals(startVariable) ? "the day the local authority became aware"
        : "the Panel notification";
    execution.setVariable(CaseVariables.DAY_ONE_LATE_BECAUSE, "This step was due on "
        + DateChecks.uk(clock.dayOf(dayOne)) + ", day 1 of the rapid review, which counts from " + from + " ("
        + (start == null ? "its date" : DateChecks.uk(start)) + "). The notification was recorded only on "
        + DateChecks.uk(clock.today()) + ", so this step was late before it reached the business unit. The rapid"
        + " review's statutory dates still count from " + from + ".");
  }
}
