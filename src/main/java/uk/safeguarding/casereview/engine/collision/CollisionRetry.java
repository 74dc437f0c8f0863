package uk.safeguarding.casereview.engine.collision;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a person's step again when it collided with the case's own background work (a reminder, the mail to
 * the partners) instead of answering 500: completing the Panel notification within a second of starting
 * the case used to fail that way. Only the commands people send are retried, only when nothing encloses
 * them (the failed attempt's transaction has rolled back whole, mail in the outbox included), a few times,
 * each after a short random pause. Background jobs have the engine's own retries.
 */
public class CollisionRetry extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(CollisionRetry.class);
  private static final Set<Class<?>> PEOPLES_COMMANDS = Set.of(SubmitTaskFormCmd.class, CompleteTaskCmd.class,
      SubmitStartFormCmd.class, StartProcessInstanceCmd.class, ClaimTaskCmd.class, AssignTaskCmd.class);

  private final int attempts;
  private final RetryListener listener;

  /** Told of every retry, so that tests and operators can see collisions happen. */
  public interface RetryListener {
    void retried(Command<?> command, int attempt, RuntimeException collision);
  }

  public CollisionRetry(int attempts, RetryListener listener) {
    this.attempts = attempts;
    this.listener = listener;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!PEOPLES_COMMANDS.contains(command.getClass()) || Context.getCommandContext() != null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        if (attempt >= attempts || !Collisions.isCollision(failure)) {
          throw failure;
        }
        LOG.info("{} collided with other work on the same case (attempt {} of {}); running it again: {}",
            command.getClass().getSimpleName(), attempt, attempts, failure.getMessage());
        listener.retried(command, attempt, failure);
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
