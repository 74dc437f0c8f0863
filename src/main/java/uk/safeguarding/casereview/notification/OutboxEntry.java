package uk.safeguarding.casereview.notification;

import java.time.Instant;

/** A row of the mail outbox as operators see it (the mail's body is made only when it is sent). */
public record OutboxEntry(long id, String kind, String caseReference, String recipient, Status status, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

  /** PENDING waits for its next attempt; SENDING is claimed by a node; SENT and FAILED are final until retried. */
  public enum Status { PENDING, SENDING, SENT, FAILED }
}
