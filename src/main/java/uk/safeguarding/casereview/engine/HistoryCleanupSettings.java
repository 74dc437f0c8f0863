package uk.safeguarding.casereview.engine;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.Retention;

/**
 * Keeps years of history bounded: every finished case's history gets a removal time (the end of the whole case
 * plus the retention period, the same for its called processes and tasks), and the engine's history cleanup
 * removes what is past it, every night inside the configured window. Without a window Camunda never runs the
 * cleanup on its own, and the history tables only grow.
 */
@Component
public class HistoryCleanupSettings extends AbstractProcessEnginePlugin {

  private final CaseReviewProperties properties;

  public HistoryCleanupSettings(CaseReviewProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Retention retention = properties.getRetention();
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    // counted from the end of the whole case, so a case's parts go together and none outlives the others
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryCleanupBatchWindowStartTime(retention.getCleanupWindowStart());
    configuration.setHistoryCleanupBatchWindowEndTime(retention.getCleanupWindowEnd());
    configuration.setHistoryCleanupBatchSize(retention.getCleanupBatchSize());
    configuration.setHistoryCleanupDegreeOfParallelism(1);
  }
}
