package uk.safeguarding.casereview.access.directory.ldap;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.casereview.access.directory.DirectoryAccounts;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;
import uk.safeguarding.casereview.support.DatabaseLock;

/**
 * The directory as an LDAP server, when {@code casereview.directory.kind} is {@code ldap}: passwords checked there
 * at sign-in, and memberships checked against it every {@code casereview.directory.ldap.sync-interval} (an hour).
 */
@Configuration
@ConditionalOnProperty(name = "casereview.directory.kind", havingValue = "ldap")
public class LdapSignInConfiguration {

  @Bean
  LdapDirectory ldapDirectory(DirectoryProperties directory, GroupMapping mapping) {
    return new LdapDirectory(directory.ldap(), mapping);
  }

  @Bean
  LdapMembershipSync ldapMembershipSync(LdapDirectory ldap, DirectoryAccounts accounts, IdentityService identity,
                                        TransactionTemplate transaction, DatabaseLock lock) {
    return new LdapMembershipSync(ldap, accounts, identity, transaction, lock);
  }
}
