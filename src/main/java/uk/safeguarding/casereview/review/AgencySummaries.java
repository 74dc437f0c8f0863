package uk.safeguarding.casereview.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * Keeps, for the rapid review meeting, what each involved agency returned: its summary (extent of
 * involvement and the link to the document in the secure store), or the recorded gap when the business unit
 * went ahead without it. Called as each agency's summary ends (process agency-summary).
 */
@Component("agencySummaries")
public class AgencySummaries {

  public static final String RECEIVED = "received";
  public static final String MISSING = "missing";

  private final Agencies agencies;
  private final CaseClock clock;

  public AgencySummaries(Agencies agencies, CaseClock clock) {
    this.agencies = agencies;
    this.clock = clock;
  }

  public void received(DelegateExecution execution) {
    Map<String, Object> entry = entry(execution, RECEIVED);
    entry.put("extentOfInvolvement", execution.getVariable("extentOfInvolvement"));
    entry.put("summaryLink", execution.getVariable("summaryLink"));
    add(execution, entry);
  }

  public void missing(DelegateExecution execution) {
    Map<String, Object> entry = entry(execution, MISSING);
    entry.put("reason", execution.getVariable("proceedWithoutReason"));
    add(execution, entry);
  }

  private Map<String, Object> entry(DelegateExecution execution, String status) {
    String agencyId = String.valueOf(execution.getVariable(CaseVariables.AGENCY_ID));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("agency", agencyId);
    entry.put("agencyName", agencies.nameOf(agencyId));
    entry.put("status", status);
    entry.put("recordedOn", clock.today().toString());
    return entry;
  }

  /**
   * The list lives on the rapid review that called this agency's summary (or on this process when it runs on
   * its own). Several agencies may report at once; the step runs as a job of its own, so one that meets
   * another's update is retried rather than refused.
   */
  private static void add(DelegateExecution execution, Map<String, Object> entry) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    DelegateExecution processInstance = caller != null ? caller.getProcessInstance() : execution.getProcessInstance();
    List<Object> summaries = JsonVariables.list(processInstance, CaseVariables.AGENCY_SUMMARIES);
    summaries.removeIf(existing -> existing instanceof Map<?, ?> map && entry.get("agency").equals(map.get("agency")));
    summaries.add(entry);
    processInstance.setVariableLocal(CaseVariables.AGENCY_SUMMARIES, JsonVariables.jsonValue(summaries));
  }
}
