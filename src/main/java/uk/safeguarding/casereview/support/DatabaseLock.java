package uk.safeguarding.casereview.support;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A named lock held until the surrounding transaction ends, so that application nodes sharing one database
 * take turns at work that must not run twice at once. The names are rows of {@code cr_lock}.
 */
@Component
public class DatabaseLock {

  private final JdbcTemplate jdbc;

  public DatabaseLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void acquire(String name) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      // outside a transaction the lock would be released at once and protect nothing
      throw new IllegalStateException("The lock '" + name + "' needs a transaction");
    }
    try {
      jdbc.queryForObject("SELECT name FROM cr_lock WHERE name = ? FOR UPDATE", String.class, name);
    } catch (EmptyResultDataAccessException e) {
      throw new IllegalStateException("No lock named '" + name + "' in cr_lock; is a migration missing?", e);
    }
  }
}
