package uk.safeguarding.casereview.review;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;

/**
 * Keeps, for the rapid review meeting, what each involved agency returned: its summary (extent of
 * involvement, its brief facts and the link to the document in the secure store), or the recorded gap when the business unit
 * went ahead without it. Called as each agency's summary ends (process agency-summary).
 */
@Component("agencySummaries")
public class AgencySummaries {

  public static final String RECEIVED = "received";
  public static final String MISSING = "missing";
  /** The agency summary form's brief facts: narrative, for the rapid review meeting only. */
  public static final String BRIEF_FACTS = "involvementSummary";

  /** The agency summary form's answers as its options read, for the meeting's table (which shows text as is). */
  static final Map<String, String> INVOLVEMENT = Map.of(
      "none", "No involvement found",
      "limited", "Limited (a one-off or past contact)",
      "ongoing", "Ongoing involvement",
      "extensive", "Extensive or statutory involvement");

  private final Agencies agencies;
  private final CaseClock clock;

  public AgencySummaries(Agencies agencies, CaseClock clock) {
    this.agencies = agencies;
    this.clock = clock;
  }

  public void received(DelegateExecution execution) {
    Map<String, Object> entry = entry(execution, RECEIVED);
    Object involvement = execution.getVariable("extentOfInvolvement");
    entry.put("extentOfInvolvement", involvement);
    entry.put("involvementLabel", INVOLVEMENT.getOrDefault(String.valueOf(involvement), String.valueOf(involvement)));
    entry.put(BRIEF_FACTS, execution.getVariable(BRIEF_FACTS));
    entry.put("summaryLink", execution.getVariable("summaryLink"));
    add(execution, entry);
  }

  public void missing(DelegateExecution execution) {
    Map<String, Object> entry = entry(execution, MISSING);
    entry.put("reason", execution.getVariable("proceedWithoutReason"));
    add(execution, entry);
  }

  private Map<String, Object> entry(DelegateExecution execution, String status) {
    Map<String, Object> entry = CallerRecords.forAgency(execution, agencies);
    entry.put("status", status);
    entry.put("statusLabel", RECEIVED.equals(status) ? "Received" : "Not received: the review went ahead without it");
    entry.put("recordedOn", clock.today().toString());
    return entry;
  }

  /** The list lives on the rapid review that called this agency's summary. */
  private static void add(DelegateExecution execution, Map<String, Object> entry) {
    CallerRecords.putForAgency(execution, CaseVariables.AGENCY_SUMMARIES, entry);
  }
}
