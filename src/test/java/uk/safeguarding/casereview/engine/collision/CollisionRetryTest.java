package uk.safeguarding.casereview.engine.collision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.engine.rest.EngineErrorAnswer;

/** A person's step that collided runs again in a fresh transaction; nothing else is run twice. */
class CollisionRetryTest {

  private final List<Integer> retried = new ArrayList<>();
  private final CollisionRetry retry = new CollisionRetry(3, (command, attempt, collision) -> retried.add(attempt));

  /** The rest of the engine's chain: fails the given number of times, then succeeds. */
  private AtomicInteger failing(int times, RuntimeException failure) {
    AtomicInteger runs = new AtomicInteger();
    retry.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (runs.incrementAndGet() <= times) {
          throw failure;
        }
        return null;
      }
    });
    return runs;
  }

  private static Command<?> submitForm() {
    return new SubmitTaskFormCmd("task-1", null, false, false);
  }

  @Test
  void a_form_submission_that_collided_runs_again_and_succeeds() {
    AtomicInteger runs = failing(2, new OptimisticLockingException("Entity was updated by another transaction"));
    retry.execute(submitForm());
    assertThat(runs).hasValue(3);
    assertThat(retried).containsExactly(1, 2);
  }

  @Test
  void a_deadlock_reported_by_the_database_counts_as_a_collision() {
    SQLException deadlock = new SQLException("deadlock detected", "40P01");
    AtomicInteger runs = failing(1, new ProcessEngineException("flush failed", deadlock));
    retry.execute(submitForm());
    assertThat(runs).hasValue(2);
  }

  @Test
  void a_case_tree_changed_under_the_step_by_the_background_step_counts_as_a_collision() {
    // as the engine words it when the job executor ended a branch of the case while the step read it
    AtomicInteger runs = failing(1, new ProcessEngineException("ENGINE-03077 Cannot resolve parent with id 'p-1' "
        + "of execution 'e-1', perhaps it was deleted in the meantime"));
    retry.execute(submitForm());
    assertThat(runs).hasValue(2);
    assertThat(retried).containsExactly(1);
  }

  @Test
  void after_its_attempts_the_collision_reaches_the_caller() {
    AtomicInteger runs = failing(5, new OptimisticLockingException("again"));
    assertThatThrownBy(() -> retry.execute(submitForm())).isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).hasValue(3);
  }

  @Test
  void other_failures_and_other_commands_are_not_run_again() {
    AtomicInteger refused = failing(1, new ProcessEngineException("Please correct the form"));
    assertThatThrownBy(() -> retry.execute(submitForm())).hasMessage("Please correct the form");
    assertThat(refused).hasValue(1);

    AtomicInteger read = failing(1, new OptimisticLockingException("a read"));
    assertThatThrownBy(() -> retry.execute(new GetTaskVariableCmd("task-1", "x", false)))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(read).hasValue(1);
    assertThat(retried).isEmpty();
  }

  @Test
  void a_collision_is_409_with_what_to_do() {
    var response = new EngineErrorAnswer().toResponse(new OptimisticLockingException("x"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getEntity().toString()).contains("Please press Complete (or Start) again");
    assertThat(new EngineErrorAnswer().toResponse(new ProcessEngineException("other")).getStatus()).isEqualTo(500);
  }
}
