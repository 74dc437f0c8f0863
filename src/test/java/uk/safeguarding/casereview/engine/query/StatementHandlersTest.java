package uk.safeguarding.casereview.engine.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.junit.jupiter.api.Test;

/**
 * An interceptor reached through other interceptors' proxies still finds the handler, and one whose handler
 * is not MyBatis's own lets the statement go untouched rather than fail it.
 */
class StatementHandlersTest {

  @Test
  void the_handler_is_found_under_every_interceptor_installed_before() {
    StatementHandler handler = (StatementHandler) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {StatementHandler.class}, (proxy, method, args) -> null);
    Object once = new TaskGrantsLookup().plugin(handler);
    Object twice = new TaskGrantsLookup().plugin(once);

    assertThat(twice).isNotSameAs(handler);
    assertThat(StatementHandlers.unwrapped(twice)).isSameAs(handler);
    assertThat(StatementHandlers.unwrapped(handler)).isSameAs(handler);
  }

  @Test
  void a_handler_of_another_kind_is_prepared_as_it_is() throws Exception {
    List<String> called = new ArrayList<>();
    StatementHandler handler = (StatementHandler) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {StatementHandler.class}, (proxy, method, args) -> {
          called.add(method.getName());
          return null;
        });
    TaskGrantsLookup lookup = new TaskGrantsLookup();
    StatementHandler wrapped = (StatementHandler) lookup.plugin(new TaskGrantsLookup().plugin(handler));

    wrapped.prepare((Connection) null, 5);

    assertThat(called).containsExactly("prepare");
    assertThat(lookup.rewritten()).isZero();
    assertThat(lookup.leftAlone()).isZero();
  }
}
