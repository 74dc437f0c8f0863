package uk.safeguarding.casereview.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;

/**
 * The mail outbox table. {@link #queue} joins whatever transaction is running, so the engine step that asks
 * for a mail and the mail itself commit or roll back together. Claiming is a compare-and-set on a row's
 * status, so two nodes draining one database never both take the same mail.
 */
@Component
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
  private static final String COLUMNS = "id, kind, case_reference, recipient, status, attempts, next_attempt_at,"
      + " last_error, created_at, sent_at";

  /** A mail ready to go: its row and the parameters its template needs. */
  public record Claimed(long id, MailKind kind, String recipient, MailParameters parameters, int attempts) {
  }

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final CaseClock clock;

  public MailOutbox(JdbcTemplate jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.clock = clock;
  }

  /**
   * Queues one mail unless the same (process instance, kind, recipient, occasion) was queued before.
   *
   * @return whether a row was added
   */
  public boolean queue(MailKind kind, String processInstanceId, String occasion, String recipient,
                       MailParameters parameters) {
    String key = String.join("|", String.valueOf(processInstanceId), kind.id(), recipient, occasion);
    OffsetDateTime now = utc(clock.now());
    // INSERT ... SELECT ... WHERE NOT EXISTS works alike on H2 and PostgreSQL; two transactions racing on one
    // key meet the unique constraint and one of them is retried by the engine, which then finds the row
    int added = jdbc.update("""
        INSERT INTO cr_mail_outbox (dedup_key, kind, case_reference, process_instance_id, recipient, template,
                                    parameters, status, attempts, next_attempt_at, created_at)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM cr_mail_outbox WHERE dedup_key = ?)
        """, key, kind.id(), parameters.caseReference(), processInstanceId, recipient, kind.template(),
        json(parameters), Status.PENDING.name(), now, now, key);
    if (added > 0) {
      LOG.info("Queued {} mail for {} to {}", kind.id(), parameters.caseReference(), recipient);
    }
    return added > 0;
  }

  /** Ids of mails due now, oldest first, including those whose claim has lapsed. */
  public List<Long> due(int limit) {
    OffsetDateTime now = utc(clock.now());
    return jdbc.queryForList("""
        SELECT id FROM cr_mail_outbox
        WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)
        ORDER BY id FETCH FIRST ? ROWS ONLY
        """, Long.class, now, now, limit);
  }

  /** Takes a due mail for this node; empty when another node was quicker. */
  public Optional<Claimed> claim(long id, String node, Instant until) {
    return claimAll(List.of(id), node, until).stream().findFirst();
  }

  /**
   * Takes the given mails for this node in one statement, each only if it is still due: those another node was
   * quicker to are not returned.
   */
  public List<Claimed> claimAll(List<Long> ids, String node, Instant until) {
    if (ids.isEmpty()) {
      return List.of();
    }
    OffsetDateTime now = utc(clock.now());
    MapSqlParameterSource values = new MapSqlParameterSource("ids", ids).addValue("node", node)
        .addValue("until", utc(until)).addValue("now", now);
    int won = named.update("""
        UPDATE cr_mail_outbox SET status = 'SENDING', claimed_by = :node, claimed_until = :until
        WHERE id IN (:ids)
          AND ((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now))
        """, values);
    if (won == 0) {
      return List.of();
    }
    return named.query("""
        SELECT id, kind, recipient, parameters, attempts FROM cr_mail_outbox
        WHERE id IN (:ids) AND status = 'SENDING' AND claimed_by = :node ORDER BY id
        """, values, (rs, row) -> new Claimed(rs.getLong("id"), MailKind.of(rs.getString("kind")),
            rs.getString("recipient"), parameters(rs.getString("parameters")), rs.getInt("attempts")));
  }

  public void markSent(long id, String node) {
    markSent(List.of(id), node);
  }

  /** Records the mails as sent, in one statement. */
  public void markSent(Collection<Long> ids, String node) {
    if (ids.isEmpty()) {
      return;
    }
    named.update("""
        UPDATE cr_mail_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL,
                                  claimed_by = NULL, claimed_until = NULL
        WHERE id IN (:ids) AND claimed_by = :node
        """, new MapSqlParameterSource("ids", ids).addValue("node", node).addValue("now", utc(clock.now())));
  }

  public void markRetry(long id, String node, Instant nextAttempt, String error) {
    jdbc.update("""
        UPDATE cr_mail_outbox SET status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                                  claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND claimed_by = ?
        """, utc(nextAttempt), truncate(error), id, node);
  }

  public void markFailed(long id, String node, String error) {
    jdbc.update("""
        UPDATE cr_mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?,
                                  claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND claimed_by = ?
        """, truncate(error), id, node);
  }

  /** Gives a failed mail a fresh set of attempts, starting now. */
  public boolean retry(long id) {
    return jdbc.update("""
        UPDATE cr_mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?
        WHERE id = ? AND status = 'FAILED'
        """, utc(clock.now()), id) > 0;
  }

  public List<OutboxEntry> list(Status status, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM cr_mail_outbox WHERE status = ? ORDER BY id DESC",
        ENTRY, status.name()).stream().limit(limit).toList();
  }

  public Optional<OutboxEntry> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM cr_mail_outbox WHERE id = ?", ENTRY, id).stream().findFirst();
  }

  /** What a queued mail will say (the case, the step and its date), without claiming it. */
  public Optional<MailParameters> parametersOf(long id) {
    return jdbc.query("SELECT parameters FROM cr_mail_outbox WHERE id = ?",
        (rs, row) -> parameters(rs.getString("parameters")), id).stream().findFirst();
  }

  public List<OutboxEntry> forCase(String caseReference) {
    return jdbc.query("SELECT " + COLUMNS + " FROM cr_mail_outbox WHERE case_reference = ? ORDER BY id",
        ENTRY, caseReference);
  }

  public Map<Status, Long> counts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0L);
    }
    jdbc.query("SELECT status, COUNT(*) AS n FROM cr_mail_outbox GROUP BY status",
        (ResultSet rs) -> {
          counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  private static final RowMapper<OutboxEntry> ENTRY = (rs, row) -> new OutboxEntry(
      rs.getLong("id"), rs.getString("kind"), rs.getString("case_reference"), rs.getString("recipient"),
      Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
      rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
  }

  private static String json(MailParameters parameters) {
    try {
      return JSON.writeValueAsString(parameters);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Mail parameters cannot be written", e);
    }
  }

  private static MailParameters parameters(String json) {
    try {
      return JSON.readValue(json, MailParameters.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Mail parameters cannot be read: " + e.getMessage(), e);
    }
  }
}
