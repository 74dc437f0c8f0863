package uk.safeguarding.casereview.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * What the case keeps of the agency summaries once the rapid review is over ({@code camunda:out} of the
 * serious incident: {@code ${summariesForTheCase.of(execution)}}; the list's own variable name would hide a
 * bean of that name). Each agency's brief facts stay with the rapid review, whose meeting they were for,
 * because the case's later steps (each agency's chronology, the action plan) are read by every agency's lead.
 */
@Component("summariesForTheCase")
public class SummariesForTheCase {

  public Object of(VariableScope scope) {
    List<Map<String, Object>> kept = new ArrayList<>();
    for (Map<String, Object> record : JsonVariables.records(scope, CaseVariables.AGENCY_SUMMARIES)) {
      Map<String, Object> copy = new LinkedHashMap<>(record);
      copy.remove(AgencySummaries.BRIEF_FACTS);
      kept.add(copy);
    }
    return JsonVariables.jsonValue(kept);
  }
}
