package uk.safeguarding.casereview.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Dates held in a case. Camunda Forms submit dates as ISO text ("2026-11-20"), so every date variable is kept
 * that way; diagrams record the day a step happened with {@code ${caseDates.recordToday(execution, 'name')}}.
 */
@Component("caseDates")
public class CaseDates {

  private final CaseClock clock;

  public CaseDates(CaseClock clock) {
    this.clock = clock;
  }

  public void recordToday(VariableScope scope, String variable) {
    scope.setVariable(variable, clock.today().toString());
  }

  /** The date in the variable; refuses a case without it, naming the variable. */
  public static LocalDate required(VariableScope scope, String variable) {
    LocalDate date = optional(scope, variable);
    if (date == null) {
      throw new ProcessEngineException("The case has no date in '" + variable + "' to count a deadline from");
    }
    return date;
  }

  public static LocalDate optional(VariableScope scope, String variable) {
    return parse(scope.getVariable(variable));
  }

  /** A date as a case holds it ("2026-11-20", or the start of a date-time), or null when there is none. */
  public static LocalDate parse(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * For reports: a date that cannot be read (written past the forms, say by an administrator over REST)
   * counts as no date, so one bad value never stops the whole report.
   */
  public static LocalDate readable(Object value) {
    try {
      return parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
