package uk.safeguarding.casereview.access.directory.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestOperations;

/**
 * The provider's discovery document ({@code /.well-known/openid-configuration}), read when first needed and
 * kept. Every call to the provider is bounded ({@link BoundedProviderCalls}), and after a
 * failed read the provider is not asked again for a while ({@code casereview.directory.oidc.retry-after}, 30 s): while it is down, a page load costs nothing and
 * no request thread waits on a provider that does not answer.
 */
public class ProviderMetadata {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderMetadata.class);
  private final String issuer;
  private final Duration quietAfterFailure;
  private final RestOperations rest;
  private final Clock clock;
  private final AtomicReference<Map<String, Object>> document = new AtomicReference<>();
  private volatile Instant failedAt = Instant.MIN;

  public ProviderMetadata(String issuer, Duration quietAfterFailure, Clock clock) {
    this.issuer = issuer;
    this.quietAfterFailure = quietAfterFailure;
    this.clock = clock;
    this.rest = BoundedProviderCalls.rest();
  }

  /** The document, or null while the provider cannot be read. */
  public Map<String, Object> document() {
    Map<String, Object> known = document.get();
    if (known != null || clock.instant().isBefore(failedAt.plus(quietAfterFailure))) {
      return known;
    }
    try {
      String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
      Map<String, Object> read = rest.exchange(base + "/.well-known/openid-configuration",
          HttpMethod.GET, null,
          new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
      // exactly the issuer configured (OpenID Connect Discovery 4.3): tokens are checked against it, and a document
      // for another issuer would let that issuer's tokens in
      if (read == null || !Objects.equals(read.get("issuer"), issuer)) {
        throw new IllegalStateException("its discovery document names another issuer than " + issuer
            + " (OIDC_ISSUER_URI must be exactly the provider's issuer)");
      }
      document.compareAndSet(null, read);
      return document.get();
    } catch (RuntimeException unreachable) {
      failedAt = clock.instant();
      LOG.warn("The sign-in provider {} cannot be read: {}", issuer, unreachable.getMessage());
      return null;
    }
  }

  /** Calls to the provider with bounded waits. */
  public RestOperations rest() {
    return rest;
  }
}
