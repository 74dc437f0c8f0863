package uk.safeguarding.casereview.access.directory.ldap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;

/** The directory as an LDAP server, when {@code casereview.directory.kind} is {@code ldap}. */
@Configuration
@ConditionalOnProperty(name = "casereview.directory.kind", havingValue = "ldap")
public class LdapSignInConfiguration {

  @Bean
  LdapDirectory ldapDirectory(DirectoryProperties directory, GroupMapping mapping) {
    return new LdapDirectory(directory.ldap(), mapping);
  }
}
