package uk.safeguarding.casereview.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Our indices on Camunda's own ACT_* tables (db/engine), as Flyway migrations of their own. They cannot be
 * migrations in db/migration: Flyway runs those before the engine exists (the mail outbox needs its table and
 * the engine needs the outbox), when a new database has no ACT_* table yet. These run as soon as the engine has
 * created or updated its schema, before the job executor or any request; their own history table keeps them
 * apart from ours, and Flyway's lock lets two nodes start together.
 */
@Component
public class EngineIndexMigrations extends AbstractProcessEnginePlugin {

  public static final String LOCATION = "classpath:db/engine";
  /** A database's own migrations, in a folder named after it; outside db/engine, which Flyway reads with its sub-folders. */
  public static final String VENDOR_LOCATION = "classpath:db/engine-vendor/";
  public static final String HISTORY_TABLE = "cr_engine_schema_history";

  private DataSource dataSource;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    migrate(dataSource);
  }

  public static void migrate(DataSource dataSource) {
    // the schema already holds the engine's and our tables, so this history starts empty at version 0
    Flyway.configure().dataSource(dataSource).locations(LOCATION, VENDOR_LOCATION + vendor(dataSource))
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }

  /** The folder of a database's own migrations (db/engine-vendor/postgresql: statistics only PostgreSQL has). */
  static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database holds the engine's tables", e);
    }
  }
}
