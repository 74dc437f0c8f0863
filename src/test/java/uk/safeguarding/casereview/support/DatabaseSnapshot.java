package uk.safeguarding.casereview.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the engine and of this application, as one fingerprint per table, so a test
 * can say "nothing changed" and, when something did, which tables. Metrics tables are left out: the engine
 * writes them on its own schedule. So is the history cleanup's job and its log: from 22:00 to 06:00 (its batch
 * window) the engine runs and reschedules it whatever a request does.
 */
public final class DatabaseSnapshot {

  private static final String CLEANUP_JOBS = "SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'history-cleanup'";
  /** Rows of the engine's own upkeep, per table. */
  private static final Map<String, String> UPKEEP = Map.of(
      "ACT_RU_JOB", "HANDLER_TYPE_ IS NULL OR HANDLER_TYPE_ <> 'history-cleanup'",
      "ACT_HI_JOB_LOG", "JOB_ID_ NOT IN (" + CLEANUP_JOBS + ") AND (JOB_DEF_TYPE_ IS NULL"
          + " OR JOB_DEF_TYPE_ <> 'history-cleanup')");

  private final Map<String, String> tables;

  private DatabaseSnapshot(Map<String, String> tables) {
    this.tables = tables;
  }

  public static DatabaseSnapshot of(DataSource dataSource) {
    Map<String, String> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (found.next()) {
          String schema = found.getString("TABLE_SCHEM");
          String name = found.getString("TABLE_NAME");
          if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !name.toUpperCase().contains("METER")) {
            names.add(name);
          }
        }
      }
      for (String name : names) {
        tables.put(name, fingerprint(statement, name));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseSnapshot(tables);
  }

  /** The tables whose rows differ from the other snapshot's. */
  public List<String> changedSince(DatabaseSnapshot before) {
    List<String> changed = new ArrayList<>();
    tables.forEach((name, rows) -> {
      if (!rows.equals(before.tables.get(name))) {
        changed.add(name);
      }
    });
    return changed;
  }

  /** Large objects by their content, not by the driver object that holds them. */
  private static String text(Object value) throws SQLException {
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (value instanceof java.sql.Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
  }

  private static String fingerprint(Statement statement, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    String upkeepLeftOut = UPKEEP.get(table.toUpperCase());
    String query = "SELECT * FROM \"" + table + "\"" + (upkeepLeftOut == null ? "" : " WHERE " + upkeepLeftOut);
    try (ResultSet result = statement.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(text(result.getObject(i))).append('\u0001');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      rows.forEach(row -> digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return rows.size() + ":" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
