package uk.safeguarding.casereview.notification;

import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * The outbox's record of mail sent (or given up) is kept as long as the cases' history, and no longer: it names
 * staff addresses and case references, and a year's reminders would otherwise stay forever. Mail still waiting
 * is never removed.
 */
@Component
public class OutboxRetention {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);

  private final JdbcTemplate jdbc;
  private final CaseClock clock;
  private final CaseReviewProperties properties;

  public OutboxRetention(JdbcTemplate jdbc, CaseClock clock, CaseReviewProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
  public int forgetOldMail() {
    Duration kept = Duration.ofDays(properties.getRetention().getHistoryTimeToLiveDays());
    int removed = jdbc.update("DELETE FROM cr_mail_outbox WHERE status IN ('SENT', 'FAILED') AND created_at < ?",
        clock.now().minus(kept).atOffset(ZoneOffset.UTC));
    if (removed > 0) {
      LOG.info("Removed the record of {} mail(s) older than {} days", removed, kept.toDays());
    }
    return removed;
  }
}
