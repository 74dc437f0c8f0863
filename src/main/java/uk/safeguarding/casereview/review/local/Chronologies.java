package uk.safeguarding.casereview.review.local;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.review.Agencies;
import uk.safeguarding.casereview.review.CallerRecords;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * Keeps, for the reviewer, each agency's accepted chronology: the link, version and date of the document in
 * the secure store, when it was asked for, when it was due and when it was accepted. Called as each agency's
 * chronology request ends (process chronology-request).
 */
@Component("chronologies")
public class Chronologies {

  private final Agencies agencies;
  private final CaseClock clock;

  public Chronologies(Agencies agencies, CaseClock clock) {
    this.agencies = agencies;
    this.clock = clock;
  }

  public void accepted(DelegateExecution execution) {
    Map<String, Object> record = CallerRecords.forAgency(execution, agencies);
    for (String field : new String[] {"chronologyLink", "chronologyVersion", "chronologyDate",
        CaseVariables.CHRONOLOGY_REQUESTED_ON}) {
      record.put(field, execution.getVariable(field));
    }
    record.put("acceptedOn", clock.today().toString());
    CallerRecords.putForAgency(execution, CaseVariables.CHRONOLOGIES, record);
  }
}
