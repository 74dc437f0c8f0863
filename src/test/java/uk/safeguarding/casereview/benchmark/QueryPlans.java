package uk.safeguarding.casereview.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The indices and statistics of our Flyway migrations for Tasklist's queries, dropped and created again inside one run so that
 * plans and timings are compared side by side on the same data, and the plans PostgreSQL chooses.
 */
final class QueryPlans {

  static final List<String> MIGRATIONS = List.of("db/engine/V1__task_due_date.sql",
      "db/engine-vendor/postgresql/V2__authorization_permission_statistics.sql",
      "db/engine-vendor/postgresql/V3__authorization_read_task_index.sql");
  private static final Pattern OBJECT = Pattern.compile("(?is)create\\s+(index|statistics)\\s+(\\w+)\\s+on[^;]+;");

  private final DataSource dataSource;
  private final List<String[]> indices = new ArrayList<>();

  QueryPlans(DataSource dataSource) throws IOException {
    this.dataSource = dataSource;
    for (String migration : MIGRATIONS) {
      try (InputStream in = QueryPlans.class.getClassLoader().getResourceAsStream(migration)) {
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
        Matcher matcher = OBJECT.matcher(sql);
        while (matcher.find()) {
          indices.add(new String[] {matcher.group(2), matcher.group().replace(";", ""), matcher.group(1)});
        }
      }
    }
  }

  List<String> names() {
    return indices.stream().map(index -> index[0]).toList();
  }

  void drop() throws SQLException {
    for (String[] index : indices) {
      execute("drop " + index[2] + " if exists " + index[0]);
    }
    analyze();
  }

  /** What autovacuum does after much has changed (this machine's PostgreSQL runs with autovacuum off). */
  void analyze() throws SQLException {
    execute("analyze");
  }

  void create() throws SQLException {
    for (String[] index : indices) {
      execute(index[1].replaceFirst("(?i)create\\s+(index|statistics)", "create $1 if not exists"));
    }
    analyze();
  }

  /**
   * EXPLAIN (ANALYZE, BUFFERS) of a statement the engine sent, with its parameters as it bound them; a statement
   * that runs longer than a minute gets the planner's plan only (EXPLAIN without ANALYZE), and says so.
   */
  List<String> explain(String sql) throws SQLException {
    try {
      return plan("explain (analyze, buffers) " + sql);
    } catch (SQLException cancelled) {
      List<String> plan = new ArrayList<>(List.of("(EXPLAIN ANALYZE cancelled after 60 s; the planner's plan:)"));
      plan.addAll(plan("explain " + sql));
      return plan;
    }
  }

  private List<String> plan(String explain) throws SQLException {
    List<String> plan = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("set statement_timeout = 60000");
      try (ResultSet rows = statement.executeQuery(explain)) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      } finally {
        statement.execute("set statement_timeout = 0");
      }
    }
    return plan;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
