package uk.safeguarding.casereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.SmtpIntegrationTest;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * What operators see when mail fails for good: the health endpoint, the outbox endpoint, and "retry" once the
 * mail server is back.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
    "casereview.mail.poll-interval=200ms",
    "casereview.mail.initial-backoff=200ms",
    "casereview.mail.max-backoff=200ms",
    "casereview.mail.max-attempts=2"})
class MailOperatorsIT extends SmtpIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired MailOutbox outbox;

  @Test
  void mail_that_fails_for_good_shows_in_health_and_the_outbox_and_is_sent_when_retried() {
    // the mail server is down, so the mail exhausts its two attempts
    SMTP.stop();
    Response started = HttpSession.basic(port, "notifier", "notifier").postJson(
        "/engine-rest/process-definition/key/serious-incident/submit-form",
        Map.of("variables", SeriousIncidentFixtures.restVariables("Child Kestrel")));
    String reference = started.json().path("businessKey").asText();
    SmtpServer.await("the case's mail to fail for good", PATIENCE,
        () -> outbox.forCase(reference).stream().allMatch(row -> row.status() == Status.FAILED));
    List<OutboxEntry> allFailed = outbox.forCase(reference);
    OutboxEntry failed = allFailed.stream().filter(row -> row.kind().equals("new-task")).findFirst().orElseThrow();
    assertThat(failed.attempts()).isEqualTo(2);
    assertThat(failed.lastError()).startsWith("Gave up after 2 attempts. Last error: ");

    Response health = HttpSession.anonymous(port).get("/actuator/health");
    assertThat(health.status()).as("a degraded node stays in service").isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("DEGRADED");
    assertThat(health.json().has("components")).as("monitoring without a login sees the status only").isFalse();
    assertThat(HttpSession.anonymous(port).get("/actuator/health/mail").body()).doesNotContain("\"failed\":");
    assertThat(HttpSession.basic(port, "member", "member").get("/actuator/health/mail").body())
        .as("not an operator").doesNotContain("\"failed\":");
    Response operator = HttpSession.basic(port, "business", "business").get("/actuator/health");
    assertThat(operator.json().path("components").path("mailOutbox").path("status").asText()).isEqualTo("DEGRADED");
    JsonNode details = HttpSession.basic(port, "business", "business").get("/actuator/health/mail").json()
        .path("components").path("mailOutbox").path("details");
    assertThat(details.path("failed").asLong()).isEqualTo(allFailed.size());
    // a wrong password is refused (and slows that user from this address, so not one used below)
    assertThat(HttpSession.basic(port, "auditor", "wrong").get("/actuator/health").status()).isEqualTo(401);

    assertThat(HttpSession.anonymous(port).get("/api/mail-outbox").status()).isEqualTo(401);
    assertThat(HttpSession.basic(port, "member", "member").get("/api/mail-outbox").status()).isEqualTo(403);
    Response listed = HttpSession.basic(port, "business", "business").get("/api/mail-outbox?status=failed");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().findValuesAsText("recipient")).contains("notifier@demo.example.org",
        "partner.la@demo.example.org");
    assertThat(listed.json().findValuesAsText("caseReference")).containsOnly(reference);
    assertThat(HttpSession.basic(port, "admin", "admin").get("/api/mail-outbox?status=lost").status())
        .isEqualTo(400);

    SMTP.start();
    assertThat(HttpSession.basic(port, "member", "member")
        .postJson("/api/mail-outbox/" + failed.id() + "/retry", "{}").status()).isEqualTo(403);
    Response retried = HttpSession.basic(port, "admin", "admin")
        .postJson("/api/mail-outbox/" + failed.id() + "/retry", "{}");
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    assertThat(retried.json().path("attempts").asInt()).isZero();
    SmtpServer.await("the retried mail", PATIENCE, () -> SMTP.messagesTo("notifier@demo.example.org").size() == 1);
    SmtpServer.await("the row to be sent", PATIENCE,
        () -> outbox.find(failed.id()).orElseThrow().status() == Status.SENT);

    assertThat(HttpSession.basic(port, "admin", "admin")
        .postJson("/api/mail-outbox/" + failed.id() + "/retry", "{}").status())
        .as("only failed mail is retried").isEqualTo(409);
    assertThat(HttpSession.anonymous(port).get("/actuator/health").json().path("status").asText())
        .as("the partners' mail has still failed").isEqualTo("DEGRADED");
    for (OutboxEntry other : allFailed) {
      if (other.id() != failed.id()) {
        HttpSession.basic(port, "business", "business").postJson("/api/mail-outbox/" + other.id() + "/retry", "{}");
      }
    }
    SmtpServer.await("every mail of the case to be sent", PATIENCE,
        () -> outbox.forCase(reference).stream().allMatch(row -> row.status() == Status.SENT));
    assertThat(HttpSession.anonymous(port).get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
  }
}
