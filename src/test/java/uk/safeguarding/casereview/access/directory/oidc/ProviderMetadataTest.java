package uk.safeguarding.casereview.access.directory.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.support.OidcProvider;

/** The provider read when it can be, left alone for a while after it could not, and never another issuer's. */
class ProviderMetadataTest {

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    private Instant now = Instant.parse("2026-11-30T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void a_provider_down_is_asked_again_only_after_the_quiet_time_and_then_kept() {
    Hands clock = new Hands();
    try (OidcProvider provider = OidcProvider.onFreePort(false)) {
      ProviderMetadata metadata = new ProviderMetadata(provider.issuer(), Duration.ofSeconds(30), clock);
      assertThat(metadata.document()).as("down").isNull();
      provider.start();
      clock.now = clock.now.plusSeconds(29);
      assertThat(metadata.document()).as("up, but within the quiet time: not asked").isNull();
      clock.now = clock.now.plusSeconds(2);
      assertThat(metadata.document()).containsEntry("issuer", provider.issuer()).containsKey("jwks_uri");
      provider.stop();
      assertThat(metadata.document()).as("kept once read").isNotNull();
    }
  }

  @Test
  void a_document_naming_another_issuer_is_refused() throws Exception {
    HttpServer impostor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    impostor.createContext("/partnership/.well-known/openid-configuration", exchange -> {
      byte[] body = "{\"issuer\": \"https://login.evil.example/partnership\", \"jwks_uri\": \"https://login.evil.example/keys\"}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    impostor.start();
    try {
      String issuer = "http://127.0.0.1:" + impostor.getAddress().getPort() + "/partnership";
      assertThat(new ProviderMetadata(issuer, Duration.ZERO, Clock.systemUTC()).document()).isNull();
      assertThat(new ProviderMetadata(issuer + "/", Duration.ZERO, Clock.systemUTC()).document()).isNull();
    } finally {
      impostor.stop(0);
    }
  }

  @Test
  void the_issuer_is_compared_exactly_as_tokens_will_be() {
    try (OidcProvider provider = OidcProvider.onFreePort(false).start()) {
      assertThat(new ProviderMetadata(provider.issuer(), Duration.ZERO, Clock.systemUTC()).document())
          .containsEntry("issuer", provider.issuer());
      assertThat(new ProviderMetadata(provider.issuer() + "/", Duration.ZERO, Clock.systemUTC()).document())
          .as("with a slash the tokens' issuer would never match").isNull();
    }
  }
}
