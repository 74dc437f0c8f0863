package uk.safeguarding.casereview.engine.collision;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link CollisionRetry} outside the engine's transaction, so each attempt gets a fresh one. */
@Component
public class CollisionRetryPlugin extends AbstractProcessEnginePlugin {

  /** Three attempts: a collision with one background step is over by the second. */
  static final int ATTEMPTS = 3;

  private final AtomicLong retries = new AtomicLong();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0,
        new CollisionRetry(ATTEMPTS, (command, attempt, collision) -> retries.incrementAndGet()));
  }

  /** How many people's steps have been run again since start-up. */
  public long retries() {
    return retries.get();
  }
}
