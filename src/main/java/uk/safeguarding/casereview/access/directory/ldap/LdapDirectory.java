package uk.safeguarding.casereview.access.directory.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;

/**
 * The partnership's LDAP server or Active Directory, read with the service account ({@code LDAP_BIND_DN}): a
 * person found by the user filter, their password checked by binding as them, their groups found by the
 * group filter and named by the group name attribute, then mapped. LDAPS or StartTLS with the JVM's trusted
 * certificates and the host name checked.
 */
public class LdapDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(LdapDirectory.class);

  private final DirectoryProperties.Ldap settings;
  private final GroupMapping mapping;
  private final LDAPURL url;

  public LdapDirectory(DirectoryProperties.Ldap settings, GroupMapping mapping) {
    this.settings = settings;
    this.mapping = mapping;
    try {
      this.url = new LDAPURL(settings.url());
    } catch (LDAPException wrong) {
      throw new IllegalArgumentException("casereview.directory.ldap.url (LDAP_URL) is not an LDAP URL: "
          + wrong.getMessage());
    }
  }

  /** The person if the password is theirs; empty for an unknown name or a wrong (or empty) password. */
  public Optional<DirectoryPerson> signIn(String userId, String password) throws LDAPException {
    if (password == null || password.isEmpty()) {
      return Optional.empty(); // an empty password is an anonymous bind, which many servers accept
    }
    try (LDAPConnection connection = connect()) {
      Optional<SearchResultEntry> entry = find(connection, userId);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      try (LDAPConnection asThem = connect()) {
        asThem.bind(entry.get().getDN(), password);
      } catch (LDAPException refused) {
        if (refused.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
          return Optional.empty();
        }
        throw refused;
      }
      return Optional.of(person(connection, userId, entry.get()));
    }
  }

  /** The person as the directory has them now, without their password; empty when the directory has no such person. */
  public Optional<DirectoryPerson> lookUp(String userId) throws LDAPException {
    try (LDAPConnection connection = connect()) {
      Optional<SearchResultEntry> entry = find(connection, userId);
      return entry.isEmpty() ? Optional.empty() : Optional.of(person(connection, userId, entry.get()));
    }
  }

  private Optional<SearchResultEntry> find(LDAPConnection connection, String userId) throws LDAPException {
    Filter filter = Filter.create(settings.userSearchFilter().replace("{0}", Filter.encodeValue(userId)));
    SearchResult found = connection.search(new SearchRequest(settings.userSearchBase(), SearchScope.SUB, filter,
        settings.firstNameAttribute(), settings.lastNameAttribute(), settings.emailAttribute()));
    if (found.getEntryCount() != 1) {
      if (found.getEntryCount() > 1) {
        LOG.warn("The user filter finds {} entries for '{}': none is used", found.getEntryCount(), userId);
      }
      return Optional.empty();
    }
    return Optional.of(found.getSearchEntries().get(0));
  }

  private DirectoryPerson person(LDAPConnection connection, String userId, SearchResultEntry entry)
      throws LDAPException {
    Filter filter = Filter.create(settings.groupSearchFilter().replace("{0}", Filter.encodeValue(entry.getDN())));
    SearchResult groups = connection.search(new SearchRequest(settings.groupSearchBase(), SearchScope.SUB, filter,
        settings.groupNameAttribute()));
    // "dn": groups named by their whole distinguished name, which no one can repeat elsewhere in the directory
    boolean byDn = "dn".equalsIgnoreCase(settings.groupNameAttribute());
    List<String> names = groups.getSearchEntries().stream()
        .map(group -> byDn ? group.getDN() : group.getAttributeValue(settings.groupNameAttribute()))
        .filter(name -> name != null)
        .toList();
    String first = entry.getAttributeValue(settings.firstNameAttribute());
    return new DirectoryPerson(userId.toLowerCase(Locale.ROOT), first == null ? userId : first,
        entry.getAttributeValue(settings.lastNameAttribute()), entry.getAttributeValue(settings.emailAttribute()),
        mapping.applicationGroups(names));
  }

  private LDAPConnection connect() throws LDAPException {
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    int timeout = (int) settings.timeout().toMillis();
    options.setConnectTimeoutMillis(timeout);
    options.setResponseTimeoutMillis(timeout);
    options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
    LDAPConnection connection;
    try {
      connection = "ldaps".equalsIgnoreCase(url.getScheme())
          ? new LDAPConnection(SSLContext.getDefault().getSocketFactory(), options, url.getHost(), url.getPort())
          : new LDAPConnection(options, url.getHost(), url.getPort());
    } catch (NoSuchAlgorithmException noTls) {
      throw new IllegalStateException("this JVM offers no TLS", noTls);
    }
    try {
      if (settings.startTls()) {
        connection.processExtendedOperation(new StartTLSExtendedRequest(SSLContext.getDefault()));
      }
      if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
        connection.bind(settings.bindDn(), settings.bindPassword());
      }
      return connection;
    } catch (LDAPException refused) {
      connection.close();
      throw refused;
    } catch (NoSuchAlgorithmException noTls) {
      connection.close();
      throw new IllegalStateException("this JVM offers no TLS", noTls);
    }
  }
}
