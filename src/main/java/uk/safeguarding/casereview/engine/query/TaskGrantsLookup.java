package uk.safeguarding.casereview.engine.query;

import java.sql.Connection;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MyBatis interceptor on the engine's own session factory: the task query and count it sends are prepared
 * with the asker's grants looked up once ({@link TaskGrantsRewrite}), whoever asks (Tasklist, the REST API,
 * our own code). Every other statement, and a task statement of a shape it does not know, goes as it was.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public final class TaskGrantsLookup implements Interceptor {

  static final Set<String> STATEMENTS = Set.of(
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

  private static final Logger LOG = LoggerFactory.getLogger(TaskGrantsLookup.class);

  private final AtomicLong rewritten = new AtomicLong();
  private final AtomicLong leftAlone = new AtomicLong();
  private volatile boolean enabled = true;

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    if (enabled) {
      try {
        rewrite(StatementHandlers.unwrapped(invocation.getTarget()));
      } catch (RuntimeException unexpected) {
        // never let a faster form cost a query: the engine's own statement goes
        unknownShape(unexpected);
      }
    }
    return invocation.proceed();
  }

  private void rewrite(Object target) {
    if (!(target instanceof RoutingStatementHandler)) {
      return;
    }
    MetaObject handler = SystemMetaObject.forObject(target);
    MappedStatement statement = (MappedStatement) handler.getValue("delegate.mappedStatement");
    if (!STATEMENTS.contains(statement.getId())) {
      return;
    }
    BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
    String sql = bound.getSql();
    TaskGrantsRewrite.rewrite(sql).ifPresentOrElse(faster -> {
      SystemMetaObject.forObject(bound).setValue("sql", faster);
      rewritten.incrementAndGet();
    }, () -> {
      if (sql.contains("ACT_RU_AUTHORIZATION")) {
        unknownShape(null);
      }
    });
  }

  private void unknownShape(RuntimeException cause) {
    long count = leftAlone.incrementAndGet();
    if (count == 1 || count % 10_000 == 0) {
      LOG.warn("{} task queries checked grants in a form TaskGrantsLookup does not know (revoke authorizations in "
          + "use, or a new engine version) and went as the engine wrote them: large task lists are slower", count,
          cause);
    }
  }

  @Override
  public Object plugin(Object target) {
    return target instanceof StatementHandler ? Plugin.wrap(target, this) : target;
  }

  @Override
  public void setProperties(Properties properties) {
    // nothing to set: the rewrite has no options
  }

  /** Off sends the engine's statements unchanged: for comparing the two in tests and the benchmark. */
  public void enabled(boolean on) {
    enabled = on;
  }

  /** Task statements sent with the grants looked up once since start-up. */
  public long rewritten() {
    return rewritten.get();
  }

  /** Task statements checking grants sent as the engine wrote them because their shape was not the one known. */
  public long leftAlone() {
    return leftAlone.get();
  }
}
