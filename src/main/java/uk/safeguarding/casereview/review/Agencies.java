package uk.safeguarding.casereview.review;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.support.FormChoices;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * The configured agencies as diagrams need them: the choices of a form ({@code agencyOptions}), the agencies
 * a case involves as a multi-instance collection, and an agency's group for a task's candidate group.
 */
@Component("agencies")
public class Agencies {

  private final CaseReviewProperties properties;

  public Agencies(CaseReviewProperties properties) {
    this.properties = properties;
  }

  /** Puts the configured agencies into the case as the choices of a form's checklist or select. */
  public void offerChoices(VariableScope scope) {
    JsonVariables.set(scope, CaseVariables.AGENCY_OPTIONS, options());
  }

  /** The configured agencies as a form's choices: [{label, value}]. */
  public List<Map<String, String>> options() {
    return FormChoices.of(properties.getAgencies(), Agency::getName, Agency::getId);
  }

  /** The ids of the agencies the case involves, in configured order. */
  public List<String> involved(VariableScope scope) {
    List<String> chosen = JsonVariables.list(scope, CaseVariables.INVOLVED_AGENCIES).stream()
        .map(String::valueOf).toList();
    return properties.getAgencies().stream().map(Agency::getId).filter(chosen::contains).toList();
  }

  /** Names the agency of an agency-summary instance in the case, for its forms. */
  public void nameAgency(VariableScope scope) {
    scope.setVariable(CaseVariables.AGENCY_NAME, nameOf(String.valueOf(scope.getVariable(CaseVariables.AGENCY_ID))));
  }

  public String groupOf(String agencyId) {
    return agency(agencyId).getGroup();
  }

  /** The safeguarding partner's group that answers for the agency when it is late (an escalation's last step). */
  public String partnerLeadOf(String agencyId) {
    return agency(agencyId).getPartnerLead();
  }

  public String nameOf(String agencyId) {
    return agency(agencyId).getName();
  }

  /** An agency the configuration does not know stops the step as an engine failure, so it is retried or seen. */
  private Agency agency(String agencyId) {
    try {
      return properties.agency(agencyId);
    } catch (IllegalArgumentException unknown) {
      throw new ProcessEngineException(unknown.getMessage(), unknown);
    }
  }
}
