package uk.safeguarding.casereview.calendar;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.Targets;

/**
 * Due dates for the steps the law sets no timescale for, as {@code camunda:dueDate="${targets.due('draftReport')}"}:
 * the configured working days ({@code casereview.targets.*}) from the day the task is created, at the end of the
 * day like every deadline.
 */
@Component("targets")
public class PartnershipTargets {

  private final Targets targets;
  private final WorkingDayCalendar calendar;
  private final CaseClock clock;

  public PartnershipTargets(CaseReviewProperties properties, WorkingDayCalendar calendar, CaseClock clock) {
    this.targets = properties.getTargets();
    this.calendar = calendar;
    this.clock = clock;
  }

  public Date due(String target) {
    int workingDays;
    try {
      workingDays = targets.workingDays(target);
    } catch (IllegalArgumentException unknown) {
      // a diagram naming a target that does not exist: the engine rolls the step back and Cockpit shows it
      throw new ProcessEngineException(unknown.getMessage(), unknown);
    }
    return clock.endOf(calendar.plusWorkingDays(clock.today(), workingDays));
  }
}
