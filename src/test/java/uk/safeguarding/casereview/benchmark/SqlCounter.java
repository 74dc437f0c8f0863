package uk.safeguarding.casereview.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application asks of its database, only on a thread that is inside {@link #counting}: SQL
 * statements (each statement of a JDBC batch counts), commits and inserted rows. The application's DataSource
 * is wrapped when the benchmark starts it with {@link #initializer()}; nothing else of the application changes.
 * Counting, not timing: a statement costs the same whether the machine is busy or not.
 */
final class SqlCounter {

  private static final ThreadLocal<SqlTally> CURRENT = new ThreadLocal<>();

  private SqlCounter() {
  }

  /** Registers the wrapping of the application's DataSource before any bean uses it. */
  static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
    return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
            ? new CountingDataSource(dataSource) : bean;
      }
    });
  }

  /** Runs the action with what it does on this thread counted into the tally. */
  static <T> T counting(SqlTally tally, Supplier<T> action) {
    SqlTally outer = CURRENT.get();
    CURRENT.set(tally);
    try {
      return action.get();
    } finally {
      CURRENT.set(outer);
    }
  }

  static void counting(SqlTally tally, Runnable action) {
    counting(tally, () -> {
      action.run();
      return null;
    });
  }

  /** The application's DataSource, whose connections count. */
  static final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(),
          new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }
  }

  private record ConnectionHandler(Connection target) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = call(target, method, args);
      SqlTally tally = CURRENT.get();
      String name = method.getName();
      if ("commit".equals(name) && tally != null) {
        tally.committed();
      }
      if (result instanceof Statement statement && !name.equals("unwrap")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        Class<?> type = result instanceof PreparedStatement ? method.getReturnType() : Statement.class;
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type},
            new StatementHandler(statement, sql, new ArrayList<>()));
      }
      return result;
    }
  }

  /** A statement: what it executes, one count per statement and per entry of a batch. */
  private record StatementHandler(Statement target, String prepared, List<String> batch) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if ("addBatch".equals(name)) {
        batch.add(args != null && args.length == 1 ? (String) args[0] : prepared);
      }
      if ("clearBatch".equals(name)) {
        batch.clear();
      }
      Object result = call(target, method, args);
      SqlTally tally = CURRENT.get();
      if (tally == null || !name.startsWith("execute")) {
        if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
          batch.clear();
        }
        return result;
      }
      if ("executeBatch".equals(name)) {
        int[] counts = (int[]) result;
        for (int i = 0; i < batch.size(); i++) {
          tally.statement(batch.get(i), i < counts.length ? counts[i] : 0);
        }
        batch.clear();
      } else {
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
        int rows = result instanceof Integer count ? count : 0;
        if ("execute".equals(name) && Boolean.FALSE.equals(result)) {
          rows = target.getUpdateCount();
        }
        tally.statement(sql, rows);
      }
      return result;
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
