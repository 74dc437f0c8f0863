package uk.safeguarding.casereview.engine.query;

import java.lang.reflect.Proxy;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.reflection.SystemMetaObject;

/** MyBatis statement handlers as the engine's session factory makes them, for interceptors that read them. */
public final class StatementHandlers {

  private StatementHandlers() {
  }

  /**
   * The statement handler itself: an interceptor's target is the handler wrapped by every interceptor installed
   * before it (each a {@link Plugin} proxy), which has none of the handler's properties.
   */
  public static Object unwrapped(Object target) {
    Object handler = target;
    while (Proxy.isProxyClass(handler.getClass()) && Proxy.getInvocationHandler(handler) instanceof Plugin plugin) {
      handler = SystemMetaObject.forObject(plugin).getValue("target");
    }
    return handler;
  }
}
