package uk.safeguarding.casereview.access.directory.oidc;

import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.SignInRefused;

/**
 * The provider's access tokens on the REST API: signed with one of the issuer's published keys, from that
 * issuer, for this application (audience), not an ID token, and not expired (a minute's clock skew). The keys are read the
 * first time a token arrives, not at start-up, so the application starts with the provider down.
 */
public class BearerTokens {

  /** The outcome: a person (with or without groups), a token refused, or the provider out of reach. */
  public sealed interface Verdict permits Valid, Invalid, Unavailable {
  }

  public record Valid(DirectoryPerson person) implements Verdict {
  }

  public record Invalid(String reason) implements Verdict {
  }

  public record Unavailable(String reason) implements Verdict {
  }

  private final JwtDecoder decoder;
  private final TokenClaims claims;

  public BearerTokens(DirectoryProperties.Oidc settings, ProviderMetadata metadata, TokenClaims claims) {
    this.claims = claims;
    List<String> audiences = settings.acceptedAudiences();
    OAuth2TokenValidator<Jwt> forUs = token -> token.getAudience() != null
        && token.getAudience().stream().anyMatch(audiences::contains)
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not meant for this application", null));
    // an ID token also names this application as its audience, and one travels in the browser at sign-out
    // (id_token_hint): it says who signed in, it is no key to the API
    OAuth2TokenValidator<Jwt> notAnIdToken = token -> token.hasClaim("nonce") || token.hasClaim("at_hash")
        || "ID".equals(token.getClaimAsString("typ"))
        ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "an ID token is not an access token", null))
        : OAuth2TokenValidatorResult.success();
    this.decoder = new SupplierJwtDecoder(() -> {
      Map<String, Object> document = metadata.document();
      if (document == null || !(document.get("jwks_uri") instanceof String keys)) {
        throw new IllegalStateException("the provider's keys cannot be found");
      }
      NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(keys).restOperations(metadata.rest()).build();
      nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
          JwtValidators.createDefaultWithIssuer(settings.issuerUri()), forUs, notAnIdToken));
      return nimbus;
    });
  }

  public Verdict verify(String token) {
    Jwt jwt;
    try {
      jwt = decoder.decode(token);
    } catch (JwtDecoderInitializationException unreachable) {
      return new Unavailable("the sign-in provider cannot be reached to check the token");
    } catch (JwtException refused) {
      return new Invalid(refused.getMessage());
    }
    try {
      return new Valid(claims.person(jwt.getClaims()));
    } catch (SignInRefused refused) {
      return new Invalid(refused.getMessage());
    }
  }
}
