package uk.safeguarding.casereview.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** A check that hangs is DOWN once the bound has passed, and hanging checks do not pile up. */
class BoundedHealthTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch databaseBack = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();

  @AfterEach
  void stop() {
    databaseBack.countDown();
    executor.shutdownNow();
  }

  private BoundedHealth hangingUntilTheDatabaseIsBack() {
    return new BoundedHealth(() -> {
      started.incrementAndGet();
      try {
        databaseBack.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Health.up().build();
    }, Duration.ofMillis(300), executor);
  }

  @Test
  void a_hanging_check_is_down_within_its_bound_and_up_when_it_answers() throws Exception {
    BoundedHealth health = hangingUntilTheDatabaseIsBack();
    long start = System.nanoTime();
    Health answer = health.health();
    assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
    assertThat(answer.getDetails()).containsEntry("error", "No answer within 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(started).as("the second call waited for the first check").hasValue(1);

    databaseBack.countDown();
    Thread.sleep(50);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void a_failing_check_is_down_with_its_error() {
    BoundedHealth health = new BoundedHealth(() -> {
      throw new IllegalStateException("Connection refused");
    }, Duration.ofSeconds(1), executor);
    Health answer = health.health();
    assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
    assertThat(answer.getDetails().get("error").toString()).contains("Connection refused");
  }
}
