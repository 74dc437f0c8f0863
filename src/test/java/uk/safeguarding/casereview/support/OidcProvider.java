package uk.safeguarding.casereview.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on a port of this machine (NAV's mock-oauth2-server): discovery document,
 * published signing keys, authorization code flow with a login page, signed ID and access tokens, userinfo and
 * end-session. The application under test reaches it over HTTP as it would Entra ID. The port is chosen before
 * the provider starts, so an application can be started while its provider is still down.
 */
public final class OidcProvider implements AutoCloseable {

  public static final String ISSUER_ID = "partnership";
  public static final String CLIENT_ID = "case-review-engine";
  public static final String CLIENT_SECRET = "test-client-secret-not-real";

  private final int port;
  private final boolean interactive;
  private MockOAuth2Server server;

  private OidcProvider(int port, boolean interactive) {
    this.port = port;
    this.interactive = interactive;
  }

  /** @param interactive with a login page asking for a user name and claims (for a browser), else none */
  public static OidcProvider onFreePort(boolean interactive) {
    return new OidcProvider(FreePort.next(), interactive);
  }

  public OidcProvider start() {
    server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": " + interactive + "}"));
    server.start(port);
    return this;
  }

  public void stop() {
    if (server != null) {
      server.shutdown();
      server = null;
    }
  }

  public String issuer() {
    return "http://localhost:" + port + "/" + ISSUER_ID;
  }

  /** The settings the application needs, as the production profile's variables. */
  public Map<String, String> environment(String groupMapping) {
    return Map.of("DIRECTORY", "oidc", "OIDC_ISSUER_URI", issuer(), "OIDC_CLIENT_ID", CLIENT_ID,
        "OIDC_CLIENT_SECRET", CLIENT_SECRET, "OIDC_GROUPS_CLAIM", "groups,roles", "GROUP_MAPPING", groupMapping,
        // a provider started a moment after a failed read is asked again at once
        "casereview.directory.oidc.retry-after", "0s");
  }

  /** The person the next sign-in (without a login page) is made for. */
  public void nextSignIn(String userName, Map<String, Object> claims) {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, userName, "JWT", List.of(CLIENT_ID),
        withUserName(userName, claims), 3600));
  }

  /** An access token for this application, valid for {@code seconds} (negative: expired that long ago). */
  public String accessToken(String userName, Map<String, Object> claims, long seconds) {
    return server.issueToken(ISSUER_ID, userName, CLIENT_ID, withUserName(userName, claims), seconds).serialize();
  }

  /** A token as the token endpoint gives this application (its client id as {@code azp}), for {@code audience}. */
  public String tokenFromTokenEndpoint(String audience, String userName, Map<String, Object> claims) {
    return server.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, userName, "JWT",
        List.of(audience), withUserName(userName, claims), 600)).serialize();
  }

  /** A token for another application of the same provider. */
  public String accessTokenFor(String audience, String userName, Map<String, Object> claims) {
    return server.issueToken(ISSUER_ID, userName, audience, withUserName(userName, claims), 3600).serialize();
  }

  @Override
  public void close() {
    stop();
  }

  private static Map<String, Object> withUserName(String userName, Map<String, Object> claims) {
    Map<String, Object> all = new java.util.HashMap<>(claims);
    all.putIfAbsent("preferred_username", userName);
    return all;
  }
}
