package uk.safeguarding.casereview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Our indices on the engine's tables exist once the application has started on a new database (where Flyway's
 * ordinary migrations run before the engine has made its tables), and a second start, or a second node, leaves
 * them as they are.
 */
@WebIntegrationTest
class EngineIndexMigrationsIT {

  @Autowired DataSource dataSource;

  @Test
  void the_tasklist_indices_exist_after_the_first_start_and_a_second_run_changes_nothing() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(indices(jdbc)).contains("CR_TASK_DUE_DATE");
    assertThat(jdbc.queryForList("select \"version\" from \"" + EngineIndexMigrations.HISTORY_TABLE
        + "\" where \"success\" = true and \"version\" is not null", String.class)).contains("0", "1");

    String rows = "select count(*) from \"" + EngineIndexMigrations.HISTORY_TABLE + "\"";
    Integer before = jdbc.queryForObject(rows, Integer.class);

    EngineIndexMigrations.migrate(dataSource);

    assertThat(jdbc.queryForObject(rows, Integer.class)).isEqualTo(before);
    assertThat(indices(jdbc)).filteredOn("CR_TASK_DUE_DATE"::equals).hasSize(1);
  }

  private static List<String> indices(JdbcTemplate jdbc) {
    return jdbc.queryForList("select index_name from information_schema.indexes where table_name = 'ACT_RU_TASK'",
        String.class);
  }
}
