package uk.safeguarding.casereview.access.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking anyone out. Each wrong password for a user from an address
 * makes the next attempt for that user from that address wait, doubling up to a bound; the right password
 * is then accepted as soon as the wait is over. An address that sends many wrong passwords, for whatever
 * users, is slowed the same way. Someone hammering a user name from elsewhere does not slow the person
 * whose name it is, and nothing is stored in the account: Camunda's own lock (permanent after ten wrong
 * passwords) is switched off by {@link ThrottledIdentityProvider}.
 *
 * <p>Kept in memory per node: a restart forgets the waits, and on several nodes each node counts its own.
 */
@Component
public class LoginThrottle {

  private final LoginProperties properties;
  private final Clock clock;
  private final Map<String, Failures> byUserAndAddress;
  private final Map<String, Failures> byAddress;

  @Autowired
  public LoginThrottle(LoginProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(LoginProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.byUserAndAddress = bounded(properties.getMaxTracked());
    this.byAddress = bounded(properties.getMaxTracked());
  }

  /** How long an attempt for the user from the address must still wait; empty when it may be checked now. */
  public synchronized Optional<Duration> waitBefore(String user, String address) {
    Instant now = clock.instant();
    Instant until = later(blockedUntil(byUserAndAddress, key(user, address), 0, now),
        blockedUntil(byAddress, address, properties.getAddressFreeFailures(), now));
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    record(byUserAndAddress, key(user, address), now);
    record(byAddress, address, now);
  }

  /** The right password: that user's waits from that address are over (the address keeps its count). */
  public synchronized void succeeded(String user, String address) {
    byUserAndAddress.remove(key(user, address));
  }

  private void record(Map<String, Failures> failures, String key, Instant now) {
    Failures previous = current(failures, key, now);
    failures.remove(key);
    failures.put(key, new Failures(previous == null ? 1 : previous.count() + 1, now));
  }

  private Instant blockedUntil(Map<String, Failures> failures, String key, int free, Instant now) {
    Failures found = current(failures, key, now);
    if (found == null || found.count() <= free) {
      return Instant.MIN;
    }
    return found.last().plus(delayAfter(found.count() - free));
  }

  /** The wait after the n-th wrong password: the first delay, doubled n - 1 times, at most the bound. */
  Duration delayAfter(int failures) {
    Duration delay = properties.getFirstDelay();
    for (int i = 1; i < failures && delay.compareTo(properties.getMaxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(properties.getMaxDelay()) > 0 ? properties.getMaxDelay() : delay;
  }

  private Failures current(Map<String, Failures> failures, String key, Instant now) {
    Failures found = failures.get(key);
    if (found != null && found.last().plus(properties.getForgetAfter()).isBefore(now)) {
      failures.remove(key);
      return null;
    }
    return found;
  }

  /** User ids are compared without case, so "Admin" and "admin" share one count. */
  private static String key(String user, String address) {
    return (user == null ? "" : user.toLowerCase(Locale.ROOT)) + "\u0000" + address;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Map<String, Failures> bounded(int size) {
    return new LinkedHashMap<>(256, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > size;
      }
    };
  }

  private record Failures(int count, Instant last) {
  }
}
