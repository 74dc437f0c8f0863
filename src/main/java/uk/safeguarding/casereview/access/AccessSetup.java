package uk.safeguarding.casereview.access;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.casereview.support.DatabaseLock;

/**
 * Applies identity and access as data at every start, before the web server takes requests: the groups,
 * the administrator, {@link AccessTable}, the Tasklist filters and, in the embedded default, the demo users.
 * Safe to repeat and safe with several nodes starting at once (they take turns on a database lock).
 */
@Component
public class AccessSetup implements SmartInitializingSingleton {

  private final TransactionTemplate transaction;
  private final DatabaseLock lock;
  private final GroupDirectory groups;
  private final AdministratorAccount administrator;
  private final Authorizations authorizations;
  private final TasklistFilters filters;
  private final ObjectProvider<DemoUsers> demoUsers;

  public AccessSetup(TransactionTemplate transaction, DatabaseLock lock, GroupDirectory groups,
                     AdministratorAccount administrator, Authorizations authorizations, TasklistFilters filters,
                     ObjectProvider<DemoUsers> demoUsers) {
    this.transaction = transaction;
    this.lock = lock;
    this.groups = groups;
    this.administrator = administrator;
    this.authorizations = authorizations;
    this.filters = filters;
    this.demoUsers = demoUsers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> apply());
  }

  public void apply() {
    lock.acquire("access-setup");
    groups.ensureGroups();
    administrator.ensure();
    List<String> agencyGroups = groups.agencyGroups();
    AccessTable.grants(agencyGroups).forEach(authorizations::ensureGranted);
    filters.apply(AccessTable.tasklistUsers(agencyGroups));
    demoUsers.ifAvailable(DemoUsers::ensure);
  }
}
