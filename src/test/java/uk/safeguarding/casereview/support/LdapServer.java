package uk.safeguarding.casereview.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFException;
import java.util.EnumSet;

/**
 * A real LDAP server on a port of this machine (UnboundID's in-memory directory server), laid out as a small
 * partnership's directory: people under ou=people, groups (groupOfNames, members by DN) under ou=groups, and a
 * service account the application reads with. Staff names are invented.
 */
public final class LdapServer implements AutoCloseable {

  public static final String BASE = "dc=exampleshire,dc=example,dc=org";
  public static final String PEOPLE = "ou=people," + BASE;
  public static final String GROUPS = "ou=groups," + BASE;
  public static final String SERVICE_DN = "cn=case-review-reader," + BASE;
  public static final String SERVICE_PASSWORD = "reader-secret-not-real";

  private final InMemoryDirectoryServer server;
  private final int port;

  private LdapServer(int port) throws LDAPException, LDIFException {
    this.port = port;
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
    // no anonymous reads: the application must use its service account, as against Active Directory
    config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: exampleshire");
    server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
    server.add("dn: " + GROUPS, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
  }

  public static LdapServer onFreePort() {
    try {
      return new LdapServer(FreePort.next());
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  public LdapServer start() throws LDAPException {
    server.startListening();
    return this;
  }

  public void stop() {
    server.shutDown(true);
  }

  public String url() {
    return "ldap://localhost:" + port;
  }

  public String person(String uid, String givenName, String surname, String password)
      throws LDAPException, LDIFException {
    String dn = "uid=" + uid + "," + PEOPLE;
    server.add("dn: " + dn, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + givenName + " " + surname, "givenName: " + givenName,
        "sn: " + surname, "mail: " + uid + "@exampleshire.example.org", "userPassword: " + password);
    return dn;
  }

  public void group(String name, String... memberDns) throws LDAPException, LDIFException {
    String[] lines = new String[4 + memberDns.length];
    lines[0] = "dn: cn=" + name + "," + GROUPS;
    lines[1] = "objectClass: top";
    lines[2] = "objectClass: groupOfNames";
    lines[3] = "cn: " + name;
    for (int i = 0; i < memberDns.length; i++) {
      lines[4 + i] = "member: " + memberDns[i];
    }
    server.add(lines);
  }

  public void addMember(String group, String memberDn) throws LDAPException {
    server.modify("cn=" + group + "," + GROUPS, new Modification(ModificationType.ADD, "member", memberDn));
  }

  public void removeMember(String group, String memberDn) throws LDAPException {
    server.modify("cn=" + group + "," + GROUPS, new Modification(ModificationType.DELETE, "member", memberDn));
  }

  public void delete(String dn) throws LDAPException {
    server.delete(dn);
  }

  @Override
  public void close() {
    stop();
  }
}
