package uk.safeguarding.casereview.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A referral that turned out to be a serious incident becomes a serious-incident case of its own, with the
 * facts the LA notifier confirmed, the referral's pseudonym, and a link each way between the two cases.
 */
@Component("referrals")
public class Referrals {

  /** What the LA notifier confirms when deciding to notify: the serious incident start form's fields. */
  static final List<String> INCIDENT_FACTS = List.of(CaseVariables.CHILD_PSEUDONYM,
      CaseVariables.LOCAL_AUTHORITY_AREA, CaseVariables.AWARENESS_DATE, CaseVariables.INCIDENT_DATE,
      CaseVariables.INCIDENT_TYPE, CaseVariables.ABUSE_OR_NEGLECT, CaseVariables.LOOKED_AFTER_STATUS,
      CaseVariables.NUMBER_OF_CHILDREN, CaseVariables.OTHER_AREA_CONNECTION, CaseVariables.OTHER_AREA,
      CaseVariables.INCIDENT_SUMMARY);

  private final RuntimeService runtimeService;

  public Referrals(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void startSeriousIncident(DelegateExecution referral) {
    Map<String, Object> facts = new HashMap<>();
    for (String name : INCIDENT_FACTS) {
      facts.put(name, referral.getVariable(name));
    }
    // a referral whose LA notifier answered before the form asked about another area names none
    if (facts.get(CaseVariables.OTHER_AREA_CONNECTION) == null) {
      facts.put(CaseVariables.OTHER_AREA_CONNECTION, "none");
    }
    facts.put(CaseVariables.REFERRAL_REFERENCE, referral.getVariable(CaseVariables.CASE_REFERENCE));
    // the serious incident checks these facts as its start form would, and gives the case its own reference
    ProcessInstance incident = runtimeService.startProcessInstanceByKey(ProcessKeys.SERIOUS_INCIDENT, facts);
    referral.setVariable(CaseVariables.SERIOUS_INCIDENT_REFERENCE, incident.getBusinessKey());
  }
}
