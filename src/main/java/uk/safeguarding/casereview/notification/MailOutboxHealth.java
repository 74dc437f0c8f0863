package uk.safeguarding.casereview.notification;

import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Mail in the health endpoint: DEGRADED (still HTTP 200, so the node is not taken out) while any mail has
 * failed for good, with the counts of pending and failed mail. Registered, bounded in time, by
 * {@code HealthChecks}.
 */
public class MailOutboxHealth implements HealthIndicator {

  public static final Status DEGRADED = new Status("DEGRADED", "Mail has failed; see /api/mail-outbox");

  private final MailOutbox outbox;

  public MailOutboxHealth(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Health health() {
    Map<OutboxEntry.Status, Long> counts = outbox.counts();
    long failed = counts.get(OutboxEntry.Status.FAILED);
    return Health.status(failed > 0 ? DEGRADED : Status.UP)
        .withDetail("pending", counts.get(OutboxEntry.Status.PENDING) + counts.get(OutboxEntry.Status.SENDING))
        .withDetail("failed", failed)
        .withDetail("sent", counts.get(OutboxEntry.Status.SENT))
        .build();
  }
}
