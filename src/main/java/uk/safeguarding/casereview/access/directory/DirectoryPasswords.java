package uk.safeguarding.casereview.access.directory;

import com.unboundid.ldap.sdk.LDAPException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import uk.safeguarding.casereview.access.directory.ldap.LdapDirectory;

/**
 * Whose password the engine's password check (webapps' login form, HTTP Basic) may accept: with no directory,
 * Camunda's own; with a directory, only the break-glass administrator's local one; with LDAP, everyone else's
 * at the directory, which at the same time mirrors them into Camunda identity with their groups as they are now.
 */
public class DirectoryPasswords {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryPasswords.class);

  private final DirectoryProperties.Kind kind;
  private final String breakGlassId;
  private final ObjectProvider<LdapDirectory> ldap;
  private final ObjectProvider<DirectoryAccounts> accounts;

  public DirectoryPasswords(DirectoryProperties.Kind kind, String breakGlassId, ObjectProvider<LdapDirectory> ldap,
                            ObjectProvider<DirectoryAccounts> accounts) {
    this.kind = kind;
    this.breakGlassId = breakGlassId;
    this.ldap = ldap;
    this.accounts = accounts;
  }

  /** Empty: check the password Camunda keeps; otherwise the directory's answer. */
  public Optional<Boolean> check(String userId, String password) {
    if (kind == DirectoryProperties.Kind.NONE || breakGlassId.equals(userId)) {
      return Optional.empty();
    }
    // one person, one id: the directory may match "R.Okafor " to r.okafor, but this application would not
    if (kind == DirectoryProperties.Kind.OIDC || userId == null || !DirectoryPerson.USER_ID.matcher(userId).matches()) {
      return Optional.of(false);
    }
    try {
      Optional<DirectoryPerson> person = ldap.getObject().signIn(userId, password);
      if (person.isEmpty()) {
        return Optional.of(false);
      }
      if (!person.get().hasAccess()) {
        accounts.getObject().removeAccess(userId);
        LOG.info("Sign-in refused for '{}': none of their directory groups is mapped", userId);
        return Optional.of(false);
      }
      accounts.getObject().mirror(person.get());
      return Optional.of(true);
    } catch (SignInRefused refused) {
      LOG.warn("Sign-in refused for '{}': {}", userId, refused.getMessage());
      return Optional.of(false);
    } catch (LDAPException unreachable) {
      LOG.warn("The directory could not check the password of '{}': {}", userId, unreachable.getMessage());
      return Optional.of(false);
    }
  }
}
