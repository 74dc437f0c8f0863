package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.notification.Notify;

/**
 * Tells the three safeguarding partners of a new serious incident, by mail, as the case starts (well within
 * the 5 working days), and records the day for the timeliness report.
 */
@Component("tellPartners")
public class TellPartners {

  static final String PARTNERS = String.join(",", Groups.PARTNER_LA, Groups.PARTNER_ICB, Groups.PARTNER_POLICE);

  private final Notify notify;
  private final CaseDates caseDates;

  public TellPartners(Notify notify, CaseDates caseDates) {
    this.notify = notify;
    this.caseDates = caseDates;
  }

  public void tell(DelegateExecution execution) {
    notify.toGroups(execution, "information", PARTNERS,
        "A serious incident has been recorded: the safeguarding partners are told");
    caseDates.recordToday(execution, CaseVariables.PARTNERS_TOLD_ON);
  }
}
