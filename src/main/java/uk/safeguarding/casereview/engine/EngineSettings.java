package uk.safeguarding.casereview.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.engine.history.UnreadHistory;
import uk.safeguarding.casereview.form.FormValidationParseListener;
import uk.safeguarding.casereview.notification.NewTaskMail;

/**
 * Engine settings that come from our configuration rather than from {@code camunda.bpm.*}: the retention of
 * history (every process and decision gets it unless its diagram says otherwise) and the server-side check
 * of every Camunda Form submission, the case's labels on every task and the mail for every new task, and the
 * history less what nobody reads.
 */
@Component
public class EngineSettings extends AbstractProcessEnginePlugin {

  private final CaseReviewProperties properties;
  private final FormValidationParseListener formValidation;
  private final CaseLabelsOnTasks caseLabels;
  private final NewTaskMail newTaskMail;

  public EngineSettings(CaseReviewProperties properties, FormValidationParseListener formValidation,
                        CaseLabelsOnTasks caseLabels, NewTaskMail newTaskMail) {
    this.properties = properties;
    this.formValidation = formValidation;
    this.caseLabels = caseLabels;
    this.newTaskMail = newTaskMail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryTimeToLive("P" + properties.getRetention().getHistoryTimeToLiveDays() + "D");
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(formValidation);
    configuration.getCustomPostBPMNParseListeners().add(caseLabels);
    configuration.getCustomPostBPMNParseListeners().add(newTaskMail);
    // a case's agencies report in processes of their own that write to the one case (each agency's summary,
    // each chronology): their steps must take turns, not collide and wait minutes for a retry
    configuration.setJobExecutorAcquireExclusiveOverProcessHierarchies(true);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // full history, less the rows nobody reads (UnreadHistory says which)
    configuration.setHistoryEventHandler(new UnreadHistory(configuration.getHistoryEventHandler()));
  }
}
