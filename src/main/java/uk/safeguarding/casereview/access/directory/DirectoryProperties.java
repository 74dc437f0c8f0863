package uk.safeguarding.casereview.access.directory;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people sign in: Camunda's own passwords (the embedded default), the partnership's OpenID Connect
 * provider, or its LDAP / Active Directory. In production every value comes from the environment
 * ({@code DIRECTORY}, {@code GROUP_MAPPING}, {@code OIDC_*}, {@code LDAP_*}; docker/.env.example).
 *
 * @param kind where directory people sign in
 * @param groupMapping lines (or {@code ;}-separated entries) {@code app-group = directory group}
 * @param sessionMaxLifetime a webapp session ends this long after sign-in, however busy it is
 */
@ConfigurationProperties(prefix = "casereview.directory")
public record DirectoryProperties(
    @DefaultValue("none") Kind kind,
    @DefaultValue("") String groupMapping,
    @DefaultValue("10h") Duration sessionMaxLifetime,
    @DefaultValue Oidc oidc,
    @DefaultValue Ldap ldap) {

  public enum Kind { NONE, OIDC, LDAP }

  public DirectoryProperties {
    kind = kind == null ? Kind.NONE : kind;
    sessionMaxLifetime = sessionMaxLifetime == null ? Duration.ofHours(10) : sessionMaxLifetime;
    if (sessionMaxLifetime.isNegative() || sessionMaxLifetime.isZero()) {
      throw new IllegalArgumentException("casereview.directory.session-max-lifetime (SESSION_MAX_LIFETIME) must be"
          + " longer than zero");
    }
    if (kind == Kind.OIDC) {
      oidc.requireComplete();
    }
    if (kind == Kind.LDAP) {
      ldap.requireComplete();
    }
  }

  public boolean configured() {
    return kind != Kind.NONE;
  }

  /**
   * The OpenID Connect provider. Microsoft Entra ID: issuer {@code https://login.microsoftonline.com/{tenant}/v2.0},
   * groups as object ids in {@code groups} or app roles in {@code roles}.
   *
   * @param audiences what a bearer token's {@code aud} may be (the client id when empty; Entra's API tokens
   *                  carry {@code api://client-id})
   * @param retryAfter how long the provider is left alone after its discovery document could not be read
   */
  public record Oidc(
      String issuerUri,
      String clientId,
      String clientSecret,
      @DefaultValue("groups") List<String> groupsClaims,
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
      @DefaultValue List<String> audiences,
      @DefaultValue("Microsoft Entra ID") String providerName,
      @DefaultValue("30s") Duration retryAfter) {

    /** An empty variable (docker-compose passes every one) means the default. */
    public Oidc {
      groupsClaims = groupsClaims.stream().filter(claim -> !claim.isBlank()).map(String::strip).toList();
      groupsClaims = groupsClaims.isEmpty() ? List.of("groups") : groupsClaims;
      usernameClaim = orDefault(usernameClaim, "preferred_username");
      scopes = scopes.isEmpty() ? List.of("openid", "profile", "email") : scopes;
      audiences = audiences.stream().filter(audience -> !audience.isBlank()).map(String::strip).toList();
      providerName = orDefault(providerName, "Microsoft Entra ID");
      retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
    }

    void requireComplete() {
      requireSet("casereview.directory.oidc.issuer-uri (OIDC_ISSUER_URI)", issuerUri);
      requireSet("casereview.directory.oidc.client-id (OIDC_CLIENT_ID)", clientId);
      requireSet("casereview.directory.oidc.client-secret (OIDC_CLIENT_SECRET)", clientSecret);
      if (!issuerUri.startsWith("https://") && !issuerUri.startsWith("http://127.0.0.1")
          && !issuerUri.startsWith("http://localhost")) {
        throw new IllegalArgumentException("casereview.directory.oidc.issuer-uri (OIDC_ISSUER_URI) must be https://");
      }
    }

    /** The audiences a bearer token may name: those configured, else the client id. */
    public List<String> acceptedAudiences() {
      return audiences.isEmpty() ? List.of(clientId) : audiences;
    }
  }

  /**
   * The LDAP / Active Directory server. Active Directory: user filter {@code (sAMAccountName={0})}, groups
   * by {@code (member={0})} under the groups' base, named by {@code cn}.
   */
  public record Ldap(
      String url,
      String bindDn,
      String bindPassword,
      String userSearchBase,
      @DefaultValue("(uid={0})") String userSearchFilter,
      String groupSearchBase,
      @DefaultValue("(member={0})") String groupSearchFilter,
      @DefaultValue("cn") String groupNameAttribute,
      @DefaultValue("givenName") String firstNameAttribute,
      @DefaultValue("sn") String lastNameAttribute,
      @DefaultValue("mail") String emailAttribute,
      @DefaultValue("false") Boolean startTls,
      @DefaultValue("5s") Duration timeout) {

    /** An empty variable (docker-compose passes every one) means the default. */
    public Ldap {
      userSearchFilter = orDefault(userSearchFilter, "(uid={0})");
      groupSearchFilter = orDefault(groupSearchFilter, "(member={0})");
      groupNameAttribute = orDefault(groupNameAttribute, "cn");
      firstNameAttribute = orDefault(firstNameAttribute, "givenName");
      lastNameAttribute = orDefault(lastNameAttribute, "sn");
      emailAttribute = orDefault(emailAttribute, "mail");
      startTls = Boolean.TRUE.equals(startTls);
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }

    void requireComplete() {
      requireSet("casereview.directory.ldap.url (LDAP_URL)", url);
      requireSet("casereview.directory.ldap.user-search-base (LDAP_USER_SEARCH_BASE)", userSearchBase);
      requireSet("casereview.directory.ldap.group-search-base (LDAP_GROUP_SEARCH_BASE)", groupSearchBase);
      if (!url.startsWith("ldap://") && !url.startsWith("ldaps://")) {
        throw new IllegalArgumentException("casereview.directory.ldap.url (LDAP_URL) must start ldap:// or ldaps://");
      }
      // people's passwords cross to the directory: never in clear, but to a directory on this machine
      boolean loopback = url.startsWith("ldap://localhost") || url.startsWith("ldap://127.0.0.1");
      if (url.startsWith("ldap://") && !startTls && !loopback) {
        throw new IllegalArgumentException("casereview.directory.ldap.url (LDAP_URL) ldap:// sends passwords in clear:"
            + " use ldaps:// or set LDAP_START_TLS=true");
      }
      if (!userSearchFilter.contains("{0}") || !groupSearchFilter.contains("{0}")) {
        throw new IllegalArgumentException("casereview.directory.ldap.user-search-filter and group-search-filter"
            + " must each contain {0}");
      }
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static void requireSet(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set when casereview.directory.kind (DIRECTORY) says so");
    }
  }
}
