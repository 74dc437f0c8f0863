package uk.safeguarding.casereview.support;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs a query of the engine's own bookkeeping (who is in a group, which case a reference names) from a step
 * of a case, whoever's action the step is part of: the person's read rights decide what they see, not what
 * the process may look up to do its work.
 */
public final class WithoutAuthorization {

  private WithoutAuthorization() {
  }

  public static <T> T query(Callable<T> query) {
    CommandContext commandContext = Context.getCommandContext();
    try {
      return commandContext == null ? query.call() : commandContext.runWithoutAuthorization(query);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
