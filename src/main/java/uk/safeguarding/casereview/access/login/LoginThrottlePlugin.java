package uk.safeguarding.casereview.access.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.AdministratorProperties;
import uk.safeguarding.casereview.access.directory.DirectoryAccounts;
import uk.safeguarding.casereview.access.directory.DirectoryPasswords;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.ldap.LdapDirectory;

/**
 * Puts {@link ThrottledIdentityProvider} in place of Camunda's user store and its permanent lockout, with the
 * directory's say over whose passwords count.
 */
@Component
public class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

  private final LoginThrottle throttle;
  private final DirectoryPasswords directory;

  /** The directory's parts are looked up at the first sign-in: they need the engine this plugin configures. */
  public LoginThrottlePlugin(LoginThrottle throttle, DirectoryProperties properties,
                             AdministratorProperties administrator, ObjectProvider<LdapDirectory> ldap,
                             ObjectProvider<DirectoryAccounts> accounts) {
    this.throttle = throttle;
    this.directory = new DirectoryPasswords(properties.kind(), administrator.getId(), ldap, accounts);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle, directory));
  }
}
