package uk.safeguarding.casereview.access.directory.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.casereview.access.directory.DirectoryAccounts;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.gate.Caller;
import uk.safeguarding.casereview.support.DatabaseLock;

/**
 * Between sign-ins, asks the directory about everyone mirrored here: a leaver (gone from the directory, or out of
 * every mapped group) leaves our groups too, and a mover's groups follow, so that case mail, which goes to the
 * members of a group, stops reaching people the directory has taken out. Safe on several nodes at once.
 */
public class LdapMembershipSync {

  private static final Logger LOG = LoggerFactory.getLogger(LdapMembershipSync.class);

  private final LdapDirectory directory;
  private final DirectoryAccounts accounts;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final DatabaseLock lock;

  public LdapMembershipSync(LdapDirectory directory, DirectoryAccounts accounts, IdentityService identity,
                            TransactionTemplate transaction, DatabaseLock lock) {
    this.directory = directory;
    this.accounts = accounts;
    this.identity = identity;
    this.transaction = transaction;
    this.lock = lock;
  }

  @Scheduled(initialDelayString = "${casereview.directory.ldap.sync-interval:1h}",
      fixedDelayString = "${casereview.directory.ldap.sync-interval:1h}")
  public void run() {
    transaction.executeWithoutResult(status -> {
      // nodes sharing the database take turns; each finds the others' work done
      lock.acquire("directory-sync");
      checkEveryone();
    });
  }

  private void checkEveryone() {
    int left = 0;
    for (User user : Caller.asSystem(identity, () -> identity.createUserQuery().list())) {
      if (accounts.isBreakGlass(user.getId()) || DirectoryAccounts.isLocal(user)) {
        continue;
      }
      Optional<DirectoryPerson> person;
      try {
        person = directory.lookUp(user.getId());
      } catch (LDAPException unreachable) {
        // nothing is taken away while the directory cannot answer; the next run tries again
        LOG.warn("The directory cannot be read ({}); memberships are checked again at the next run",
            unreachable.getMessage());
        return;
      }
      if (person.isEmpty() || !person.get().hasAccess()) {
        accounts.removeAccess(user.getId());
        left++;
      } else {
        accounts.mirror(person.get());
      }
    }
    LOG.info("Directory memberships checked; {} people are in none of the mapped groups", left);
  }
}
