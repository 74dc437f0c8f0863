package uk.safeguarding.casereview.benchmark;

import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.safeguarding.casereview.engine.query.StatementHandlers;

/**
 * The SQL the engine really sends, with its parameters bound, for EXPLAIN: a MyBatis interceptor on the
 * engine's session factory that keeps the last statement of each mapped statement while {@link #on} is set.
 * PostgreSQL's driver prints a prepared statement with its parameters in place.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "parameterize", args = Statement.class))
final class SqlCapture implements Interceptor {

  private final Map<String, String> last = new ConcurrentHashMap<>();
  private volatile boolean on;

  static SqlCapture install(ProcessEngineConfigurationImpl configuration) {
    SqlCapture capture = new SqlCapture();
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(capture);
    return capture;
  }

  void on(boolean capturing) {
    on = capturing;
    if (capturing) {
      last.clear();
    }
  }

  /** The last statement sent for that mapped statement (e.g. selectTaskByQueryCriteria), or null. */
  String last(String statementId) {
    return last.get(statementId);
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object result = invocation.proceed();
    if (on) {
      MetaObject handler = SystemMetaObject.forObject(StatementHandlers.unwrapped(invocation.getTarget()));
      MappedStatement mapped = (MappedStatement) handler.getValue("delegate.mappedStatement");
      String id = mapped.getId().substring(mapped.getId().lastIndexOf('.') + 1);
      String text = invocation.getArgs()[0].toString();
      // a pool's proxy prints itself, then "wrapping" and the driver's statement
      int wrapped = text.lastIndexOf(" wrapping ");
      last.put(id, wrapped < 0 ? text : text.substring(wrapped + " wrapping ".length()));
    }
    return result;
  }

  @Override
  public Object plugin(Object target) {
    return target instanceof StatementHandler ? org.apache.ibatis.plugin.Plugin.wrap(target, this) : target;
  }

  @Override
  public void setProperties(Properties properties) {
  }
}
