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
 * is then accepted as soon as the wait is over. Someone hammering a user name from elsewhere does not slow
 * the person whose name it is, and nothing is stored in the account: Camunda's own lock (permanent after ten
 * wrong passwords) is switched off by {@link ThrottledIdentityProvider}. Nothing is counted per address alone:
 * that would let one person keep everyone behind an office's shared address out; guessing across many user
 * names is for the reverse proxy or firewall, which sees every request, to limit.
 *
 * <p>Kept in memory per node: a restart forgets the waits, and on several nodes each node counts its own.
 */
@Component
public class LoginThrottle {

  private final LoginProperties properties;
  private final Clock clock;
  private final Map<String, Failures> byUserAndAddress;

  @Autowired
  public LoginThrottle(LoginProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(LoginProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.byUserAndAddress = bounded(properties.getMaxTracked());
  }

  /** How long an attempt for the user from the address must still wait; empty when it may be checked now. */
  public synchronized Optional<Duration> waitBefore(String user, String address) {
    Instant now = clock.instant();
    Instant until = blockedUntil(byUserAndAddress, key(user, address), now);
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public synchronized void failed(String user, String address) {
    Instant now = clock.instant();
    record(byUserAndAddress, key(user, address), now);
  }

  /** The right password: that user's waits from that address are over. */
  public synchronized void succeeded(String user, String address) {
    byUserAndAddress.remove(key(user, address));
  }

  private void record(Map<String, Failures> failures, String key, Instant now) {
    Failures previous = current(failures, key, now);
    failures.remove(key);
    failures.put(key, new Failures(previous == null ? 1 : previous.count() + 1, now));
  }

  private Instant blockedUntil(Map<String, Failures> failures, String key, Instant now) {
    Failures found = current(failures, key, now);
    return found == null ? Instant.MIN : found.last().plus(delayAfter(found.count()));
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
