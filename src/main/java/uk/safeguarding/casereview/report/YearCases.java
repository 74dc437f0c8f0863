package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;

/** The day each case counts from in the reporting years, read from history as the person asking. */
final class YearCases {

  static final int MAX_CASES = 5000;

  private YearCases() {
  }

  /**
   * Every serious incident, referral and notifiable death by its reference, with the day that puts it in a
   * reporting year (the local authority became aware, or the referral came).
   */
  static Map<String, LocalDate> byDay(HistoryService historyService) {
    Map<String, String> references = new HashMap<>();
    HistoryPages.all(historyService.createHistoricProcessInstanceQuery().rootProcessInstances()
            .processDefinitionKeyIn(ProcessKeys.SERIOUS_INCIDENT, ProcessKeys.CASE_REFERRAL,
                ProcessKeys.NOTIFIABLE_DEATH)
            .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc(), MAX_CASES)
        .forEach(root -> references.put(root.getId(), root.getBusinessKey()));
    Map<String, LocalDate> cases = new HashMap<>();
    if (references.isEmpty()) {
      return cases;
    }
    for (HistoricVariableInstance variable : HistoryPages.all(historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(references.keySet().toArray(String[]::new))
        .variableNameIn(CaseVariables.AWARENESS_DATE, CaseVariables.REFERRAL_RECEIVED_ON)
        .disableCustomObjectDeserialization().orderByVariableId().asc(), MAX_CASES * 2)) {
      LocalDate day = CaseDates.readable(CaseProcesses.plain(variable.getTypedValue()));
      if (day != null) {
        cases.merge(references.get(variable.getProcessInstanceId()), day,
            (one, other) -> one.isBefore(other) ? one : other);
      }
    }
    return cases;
  }
}
