package uk.safeguarding.casereview.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.RequiredInCi;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.TcpProxy;

/**
 * The application's PostgreSQL goes away and comes back: monitoring hears DOWN within 5 seconds, not after
 * the connection pool's 30-second wait, and UP again once the database answers.
 */
class DatabaseOutageIT {

  private PostgresDatabase database;
  private TcpProxy plug;
  private ConfigurableApplicationContext application;

  @BeforeEach
  void start() throws Exception {
    RequiredInCi.require(PostgresDatabase.isReachable(), "PostgreSQL at 127.0.0.1:5432");
    database = PostgresDatabase.create("outage");
    plug = new TcpProxy(PostgresDatabase.serverPort());
    application = new SpringApplicationBuilder(CaseReviewApplication.class).properties("server.port=0")
        .run(database.asDataSource(plug.port()));
  }

  @AfterEach
  void stop() throws Exception {
    if (application != null) {
      plug.restore();
      application.close();
    }
    if (plug != null) {
      plug.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private Response health() {
    int port = ((WebServerApplicationContext) application).getWebServer().getPort();
    return HttpSession.anonymous(port).get("/actuator/health");
  }

  @Test
  void health_is_down_within_five_seconds_while_the_database_is_gone_and_up_when_it_returns() throws Exception {
    assertThat(health().json().path("status").asText()).isEqualTo("UP");

    plug.cut();
    long start = System.nanoTime();
    Response down = health();
    Duration answered = Duration.ofNanos(System.nanoTime() - start);
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
    assertThat(answered).isLessThan(Duration.ofSeconds(5));
    assertThat(down.body()).as("no details without a login").doesNotContain("components", "Connection");
    start = System.nanoTime();
    assertThat(health().status()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("and again").isLessThan(Duration.ofSeconds(5));

    plug.restore();
    SmtpServer.await("health UP again", Duration.ofSeconds(60), () -> health().status() == 200);
    assertThat(health().json().path("status").asText()).isEqualTo("UP");
  }
}
