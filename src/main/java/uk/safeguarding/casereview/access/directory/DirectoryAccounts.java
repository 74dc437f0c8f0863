package uk.safeguarding.casereview.access.directory;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.AdministratorAccount;
import uk.safeguarding.casereview.access.GroupDirectory;
import uk.safeguarding.casereview.access.gate.Caller;

/**
 * Keeps Camunda's identity a mirror of what the directory said at each sign-in: the person with their name and
 * email (mail and Tasklist's names read them there) and no password, and their memberships of this
 * application's groups exactly as mapped, so a person taken out of a directory group is out of ours from their
 * next sign-in. Groups of the application are the only ones touched; the break-glass administrator never is.
 */
@Component
public class DirectoryAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryAccounts.class);

  private final IdentityService identity;
  private final GroupDirectory groups;
  private final AdministratorAccount administrator;

  public DirectoryAccounts(IdentityService identity, GroupDirectory groups, AdministratorAccount administrator) {
    this.identity = identity;
    this.groups = groups;
    this.administrator = administrator;
  }

  /** Whether this id is the local break-glass administrator's, which no directory person may take over. */
  public boolean isBreakGlass(String userId) {
    return administrator.id().equalsIgnoreCase(userId);
  }

  public void mirror(DirectoryPerson person) {
    if (isBreakGlass(person.userId())) {
      throw new IllegalStateException("a directory person may not sign in as the break-glass administrator");
    }
    // two sign-ins of one person at once (two tabs, two nodes) may both add the same membership: the second
    // attempt finds it there; inside an engine command (an LDAP password check) the command's own retry decides
    int attempts = Context.getCommandContext() == null ? 3 : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        Caller.asSystem(identity, () -> {
          saveUser(person);
          saveMemberships(person.userId(), person.groups());
          return null;
        });
        return;
      } catch (SignInRefused refused) {
        throw refused;
      } catch (RuntimeException collided) {
        if (attempt >= attempts) {
          throw collided;
        }
        LOG.info("Mirroring '{}' collided with another sign-in; trying again", person.userId());
      }
    }
  }

  /**
   * Takes a person out of every application group (a leaver the directory no longer knows); never a local
   * account (one with a password of its own), which is not the directory's to change.
   */
  public void removeAccess(String userId) {
    if (isBreakGlass(userId)) {
      return;
    }
    Caller.asSystem(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null || !isLocal(user)) {
        saveMemberships(userId, Set.of());
      }
      return null;
    });
  }

  /** Made in Admin with a password, not mirrored from the directory. */
  public static boolean isLocal(User user) {
    return user.getPassword() != null;
  }

  private void saveUser(DirectoryPerson person) {
    User user = identity.createUserQuery().userId(person.userId()).singleResult();
    boolean created = user == null;
    if (!created && isLocal(user)) {
      // a local account of the same name (made in Admin before the directory): its rights are not the directory's
      // to hand on to whoever the directory calls by that name
      throw new SignInRefused("An account named '" + person.userId() + "' already exists in the application with a"
          + " password of its own. Ask the partnership's administrator to remove it, then sign in again.");
    }
    if (created) {
      user = identity.newUser(person.userId());
    } else if (Objects.equals(user.getFirstName(), person.firstName())
        && Objects.equals(user.getLastName(), person.lastName()) && Objects.equals(user.getEmail(), person.email())) {
      return;
    }
    user.setFirstName(person.firstName());
    user.setLastName(person.lastName());
    user.setEmail(person.email());
    identity.saveUser(user);
    if (created) {
      LOG.info("Directory person '{}' signed in for the first time", person.userId());
    }
  }

  private void saveMemberships(String userId, Set<String> wanted) {
    Set<String> current = new HashSet<>();
    for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
      current.add(group.getId());
    }
    for (String group : groups.names().keySet()) {
      if (wanted.contains(group) && !current.contains(group)) {
        identity.createMembership(userId, group);
        LOG.info("Directory person '{}' joined group '{}'", userId, group);
      } else if (!wanted.contains(group) && current.contains(group)) {
        identity.deleteMembership(userId, group);
        LOG.info("Directory person '{}' left group '{}'", userId, group);
      }
    }
  }
}
