package uk.safeguarding.casereview.engine.query;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Installs {@link TaskGrantsLookup} on the engine's MyBatis configuration once the engine has built it, and
 * before it opens its first session: on PostgreSQL only. The embedded H2 database needs no help with a few
 * hundred tasks, and H2 2.3 answers a statement with a common table expression wrongly when it is run again
 * with other parameters (it kept the first run's grants), so there the engine's statements go unchanged.
 */
@Component
public class TaskGrantsLookupPlugin extends AbstractProcessEnginePlugin {

  private final TaskGrantsLookup lookup = new TaskGrantsLookup();

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(lookup);
    }
  }

  public TaskGrantsLookup lookup() {
    return lookup;
  }
}
