package uk.safeguarding.casereview.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Years of finished tasks without years of running the engine: the engine's own ACT_HI_TASKINST rows copied in
 * bulk with new ids, completed, and their dates moved back by up to three years. A shortcut the benchmark's
 * table names; the rows are real rows of the engine's history, multiplied.
 */
final class HistoricTasks {

  private HistoricTasks() {
  }

  static int add(DataSource dataSource, int rows) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet found = statement.executeQuery("select column_name from information_schema.columns "
          + "where table_name = 'act_hi_taskinst' and table_schema = current_schema() order by ordinal_position")) {
        while (found.next()) {
          columns.add(found.getString(1));
        }
      }
      int seed;
      try (ResultSet count = statement.executeQuery("select count(*) from act_hi_taskinst")) {
        count.next();
        seed = count.getInt(1);
      }
      List<String> values = columns.stream().map(column -> switch (column) {
        case "id_" -> "'hist-' || g || '-' || t.id_";
        case "start_time_" -> "t.start_time_ - (g % 1095) * interval '1 day'";
        case "end_time_" -> "t.start_time_ - (g % 1095) * interval '1 day' + interval '3 days'";
        case "duration_" -> "259200000";
        case "delete_reason_" -> "'completed'";
        case "task_state_" -> "'Completed'";
        default -> "t." + column;
      }).toList();
      String sql = "insert into act_hi_taskinst (" + String.join(", ", columns) + ") select "
          + String.join(", ", values) + " from act_hi_taskinst t cross join generate_series(1, "
          + (rows / Math.max(1, seed) + 1) + ") g where t.id_ not like 'hist-%' limit " + rows;
      int added = statement.executeUpdate(sql);
      statement.execute("analyze act_hi_taskinst");
      return added;
    }
  }
}
