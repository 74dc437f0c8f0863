package uk.safeguarding.casereview.access.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Someone hammers a user name with wrong passwords, over the REST API and the webapps' login, while its owner
 * signs in from elsewhere and, later, from the hammering address itself. Behind a proxy, as in production:
 * the address is the one the proxy reports (X-Forwarded-For).
 */
@WebIntegrationTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "casereview.login.first-delay=200ms",
    "casereview.login.max-delay=1s", "casereview.login.forget-after=1m"})
class LoginThrottleIT {

  private static final String ATTACKER = "203.0.113.66";
  private static final Duration BOUND = Duration.ofSeconds(1);

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  /** One attempt: the REST API with HTTP Basic, or the webapps' login form. */
  private Response attempt(boolean rest, String user, String password, String address) {
    if (rest) {
      return HttpSession.basic(port, user, password).withHeader("X-Forwarded-For", address)
          .get("/engine-rest/user/" + user + "/profile");
    }
    HttpSession browser = HttpSession.anonymous(port).withHeader("X-Forwarded-For", address);
    browser.get("/camunda/app/tasklist/default/");
    return browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", user, "password", password));
  }

  @Test
  void the_owner_gets_in_while_their_name_is_hammered_and_from_the_same_address_soon_after() throws Exception {
    for (boolean rest : List.of(true, false)) {
      for (String user : List.of("lead.police", "admin")) {
        String how = (rest ? "REST " : "webapp ") + user;
        AtomicBoolean hammering = new AtomicBoolean(true);
        AtomicInteger held = new AtomicInteger();
        ExecutorService attacker = Executors.newSingleThreadExecutor();
        Future<?> hammer = attacker.submit(() -> {
          for (int i = 0; hammering.get() || i < 30; i++) {
            Response wrong = attempt(rest, user, "guess-" + i, ATTACKER);
            assertThat(wrong.status()).as(how).isIn(401, 429);
            if (wrong.status() == 429) {
              held.incrementAndGet();
              assertThat(wrong.header("Retry-After")).as(how).matches("[1-9][0-9]*");
            }
          }
        });
        Thread.sleep(500);
        for (int i = 0; i < 3; i++) {
          Response owner = attempt(rest, user, user, "198.51.100." + (10 + i));
          assertThat(owner.status()).as(how + ": the owner from their own address").isEqualTo(200);
        }
        hammering.set(false);
        hammer.get();
        attacker.shutdown();
        assertThat(held.get()).as(how + ": the hammering was held back").isPositive();

        long start = System.nanoTime();
        Response owner = attempt(rest, user, user, ATTACKER);
        while (owner.status() == 429) {
          Thread.sleep(100);
          owner = attempt(rest, user, user, ATTACKER);
        }
        assertThat(owner.status()).as(how + ": never locked").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(how).isLessThan(BOUND.plusMillis(700));
      }
    }
    assertThat(new JdbcTemplate(dataSource).queryForList(
        "select coalesce(ATTEMPTS_, 0) from ACT_ID_USER where ID_ in ('admin', 'lead.police')", Integer.class))
        .as("Camunda's own lockout never counts").containsOnly(0);
  }

  @Test
  void a_throttled_login_says_how_long_to_wait() {
    for (int i = 0; i < 3; i++) {
      attempt(true, "lead.health", "wrong", "192.0.2.7");
    }
    Response held = attempt(true, "lead.health", "lead.health", "192.0.2.7");
    assertThat(held.status()).isEqualTo(429);
    assertThat(held.json().path("message").asText()).startsWith("Too many wrong passwords for this user from your "
        + "address. Try again in 1 second");
  }
}
