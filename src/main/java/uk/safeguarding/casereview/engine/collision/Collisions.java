package uk.safeguarding.casereview.engine.collision;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;

/**
 * Two transactions that changed the same case at once: Camunda's optimistic lock ("Entity was updated by
 * another transaction concurrently"), a database deadlock or a serialization failure, or a person's step that
 * read part of the case's execution tree just before the case's background step removed the rest (ENGINE-03077,
 * "perhaps it was deleted in the meantime"). The losing transaction has rolled back completely, so it may
 * safely run again.
 */
public final class Collisions {

  /** SQL states of a transaction the database aborted so that another could go on. */
  private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
  /** The engine's words when an execution's parent was gone by the time it was read. */
  private static final String PARENT_DELETED_MEANWHILE = "ENGINE-03077 ";

  private Collisions() {
  }

  public static boolean isCollision(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof ProcessEngineException engine
          && (engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()
          || engine.getMessage() != null && engine.getMessage().startsWith(PARENT_DELETED_MEANWHILE))) {
        return true;
      }
      if (cause instanceof SQLException sql && (ExceptionUtil.checkDeadlockException(sql)
          || sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState().toUpperCase(Locale.ROOT)))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
