package uk.safeguarding.casereview.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * A health check that answers within a bound. A check that needs the database waits for a connection as
 * long as the pool allows (30 seconds by default) when the database is unreachable, and monitoring waiting
 * that long sees nothing at all; this answers DOWN once the bound has passed. At most one check runs at a
 * time: while one still waits, the next call waits for that one rather than starting another.
 */
public class BoundedHealth implements HealthIndicator {

  private final HealthIndicator check;
  private final Duration bound;
  private final Executor executor;
  private final AtomicReference<CompletableFuture<Health>> running = new AtomicReference<>();

  public BoundedHealth(HealthIndicator check, Duration bound, Executor executor) {
    this.check = check;
    this.bound = bound;
    this.executor = executor;
  }

  @Override
  public Health health() {
    CompletableFuture<Health> answer = running.updateAndGet(current -> current != null && !current.isDone()
        ? current : CompletableFuture.supplyAsync(check::health, executor));
    try {
      return answer.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Health.down().withDetail("error", "No answer within " + bound.toMillis() + " ms").build();
    } catch (ExecutionException e) {
      return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down().withDetail("error", "Interrupted").build();
    }
  }
}
