package uk.safeguarding.casereview.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * A list of records, one per agency, that the process which called a per-agency process keeps: each agency's
 * summary on its rapid review, each agency's chronology on its local review. The records live on the caller
 * (or on this process when it runs on its own).
 */
public final class CallerRecords {

  private CallerRecords() {
  }

  static final String AGENCY = "agency";

  /** A new record for the agency the per-agency process runs for: its id and its name. */
  public static Map<String, Object> forAgency(DelegateExecution execution, Agencies agencies) {
    String agencyId = String.valueOf(execution.getVariable(CaseVariables.AGENCY_ID));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put(AGENCY, agencyId);
    record.put("agencyName", agencies.nameOf(agencyId));
    return record;
  }

  /**
   * Puts an agency's record (from {@link #forAgency}) in place of that agency's earlier one. Several agencies
   * may finish at once; callers run this as a job of its own, so one that meets another's update is retried
   * rather than refused.
   */
  public static void putForAgency(DelegateExecution execution, String variable, Map<String, Object> record) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    DelegateExecution holder = caller != null ? caller.getProcessInstance() : execution.getProcessInstance();
    List<Object> records = JsonVariables.list(holder, variable);
    records.removeIf(existing -> existing instanceof Map<?, ?> map && record.get(AGENCY).equals(map.get(AGENCY)));
    records.add(record);
    holder.setVariableLocal(variable, JsonVariables.jsonValue(records));
  }
}
