package uk.safeguarding.casereview.access.directory.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import uk.safeguarding.casereview.support.OidcProvider;

/** The ID tokens of Spring's sign-in, checked with the provider's keys fetched through our bounded client. */
class BoundedProviderCallsTest {

  @Test
  void an_id_token_for_this_application_is_read_and_one_for_another_is_refused() {
    try (OidcProvider provider = OidcProvider.onFreePort(false).start()) {
      ProviderMetadata metadata = new ProviderMetadata(provider.issuer(), Duration.ZERO, Clock.systemUTC());
      ClientRegistration registration = ClientRegistrations.fromOidcConfiguration(metadata.document())
          .registrationId("directory").clientId(OidcProvider.CLIENT_ID).clientSecret(OidcProvider.CLIENT_SECRET)
          .redirectUri("http://localhost/login/oauth2/code/directory").build();
      JwtDecoderFactory<ClientRegistration> factory = BoundedProviderCalls.idTokens();

      Jwt ours = factory.createDecoder(registration).decode(provider.tokenFromTokenEndpoint(OidcProvider.CLIENT_ID,
          "r.okafor", Map.of("groups", List.of("g1"), "email_verified", "true")));
      assertThat(ours.getSubject()).isEqualTo("r.okafor");
      assertThat(ours.getClaims().get("email_verified")).as("OIDC's claim types, as Spring's own decoder gives them")
          .isEqualTo(Boolean.TRUE);
      assertThat(factory.createDecoder(registration)).as("one decoder, keeping the keys").isSameAs(
          factory.createDecoder(registration));

      String theirs = provider.tokenFromTokenEndpoint("another-app", "r.okafor", Map.of());
      assertThatThrownBy(() -> factory.createDecoder(registration).decode(theirs))
          .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
    }
  }
}
