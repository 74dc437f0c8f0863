package uk.safeguarding.casereview.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of the test's own on the PostgreSQL server of this machine (127.0.0.1:5432, trust auth), created
 * for the test and dropped afterwards. Host, port and user can be changed with PGHOST, PGPORT and PGUSER.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String HOST = env("PGHOST", "127.0.0.1");
  private static final String PORT = env("PGPORT", "5432");
  private static final String USER = env("PGUSER", "postgres");

  private final String name;
  private final boolean owned;

  private PostgresDatabase(String name, boolean owned) {
    this.name = name;
    this.owned = owned;
  }

  /** A database made earlier (one the benchmark kept): used as it is, and never dropped here. */
  public static PostgresDatabase existing(String name) {
    return new PostgresDatabase(name, false);
  }

  public static boolean isReachable() {
    DriverManager.setLoginTimeout(3);
    try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, "")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  public static PostgresDatabase create(String purpose) throws SQLException {
    String name = ("casereview_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT).replace('-', '_');
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new PostgresDatabase(name, true);
  }

  public String url() {
    return url(name);
  }

  public String user() {
    return USER;
  }

  /** The port of the PostgreSQL server on this machine. */
  public static int serverPort() {
    return Integer.parseInt(PORT);
  }

  /** Command-line settings that run the application (the embedded default) on this database. */
  public String[] asDataSource() {
    return asDataSource(serverPort());
  }

  /** The same, reaching the server through another port on this machine (a proxy in front of it). */
  public String[] asDataSource(int port) {
    return new String[] {"--spring.datasource.url=jdbc:postgresql://" + HOST + ":" + port + "/" + name,
        "--spring.datasource.username=" + USER, "--spring.datasource.password="};
  }

  /** Drops the database, unless the benchmark was asked to keep its data for looking at plans by hand. */
  @Override
  public void close() throws SQLException {
    if (!owned || Boolean.getBoolean("benchmark.keep")) {
      System.out.println("Kept database " + name);
      return;
    }
    try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
         Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
