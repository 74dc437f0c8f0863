package uk.safeguarding.casereview.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.support.DatabaseLock;

/**
 * Gives out case references, {@code CR-2026-0001}, {@code CR-2026-0002}, …, numbered afresh each year. The
 * counter is a row of our own updated in the transaction that starts the case, under a database lock: two
 * nodes never give out the same number, and a start that fails gives its number back.
 */
@Component
public class CaseReferences {

  private final JdbcTemplate jdbc;
  private final DatabaseLock lock;
  private final CaseClock clock;
  private final String prefix;

  public CaseReferences(JdbcTemplate jdbc, DatabaseLock lock, CaseClock clock, CaseReviewProperties properties) {
    this.jdbc = jdbc;
    this.lock = lock;
    this.clock = clock;
    this.prefix = properties.getCaseReferencePrefix();
  }

  /** Must run inside the transaction that records the case. */
  public String next() {
    int year = clock.today().getYear();
    lock.acquire("case-reference");
    int updated = jdbc.update(
        "UPDATE cr_case_reference_counter SET last_number = last_number + 1 WHERE reference_year = ?", year);
    if (updated == 0) {
      jdbc.update("INSERT INTO cr_case_reference_counter (reference_year, last_number) VALUES (?, 1)", year);
    }
    Integer number = jdbc.queryForObject(
        "SELECT last_number FROM cr_case_reference_counter WHERE reference_year = ?", Integer.class, year);
    return String.format("%s-%d-%04d", prefix, year, number);
  }
}
