package uk.safeguarding.casereview.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Lets the integration tests run in one JVM, each class on an application of its own as if in a JVM of its
 * own. Camunda keeps its process engine, and the webapps their view of it, in JVM-wide statics keyed by the
 * engine's name ("default", which Tasklist and Cockpit need): two applications open at once would take each
 * other's engine. So an application is closed, with its in-memory database, after its class (what the class
 * left in Tasklist's lists would reach the next), unless its configuration is a {@link SharedApplication};
 * and a shared one is closed before a class that needs another.
 */
public class OneApplicationAtATime extends AbstractTestExecutionListener {

  private static TestContext open;

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) throws SQLException {
    closeAnyOther(testContext);
  }

  /** Before the application is started: with a test instance per class, JUnit creates it before the class starts. */
  @Override
  public void prepareTestInstance(TestContext testContext) throws SQLException {
    closeAnyOther(testContext);
  }

  private static void closeAnyOther(TestContext testContext) throws SQLException {
    if (open != null && open != testContext && !testContext.hasApplicationContext()) {
      close(open);
    }
    open = testContext;
  }

  @Override
  public void afterTestClass(TestContext testContext) throws SQLException {
    if (!AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), SharedApplication.class)) {
      close(testContext);
      open = null;
    }
  }

  private static void close(TestContext testContext) throws SQLException {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    DataSource dataSource = testContext.getApplicationContext().getBeanProvider(DataSource.class).getIfUnique();
    testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    HikariDataSource closed = dataSource == null ? null : DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
    if (closed != null && closed.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
      drop(closed);
    }
  }

  /** An H2 in-memory database outlives the application (DB_CLOSE_DELAY=-1); the closed pool still has its settings. */
  private static void drop(HikariDataSource closed) throws SQLException {
    try (Connection connection = DriverManager.getConnection(closed.getJdbcUrl(), closed.getUsername(),
        closed.getPassword());
         Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
