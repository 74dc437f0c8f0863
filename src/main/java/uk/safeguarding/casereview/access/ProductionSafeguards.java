package uk.safeguarding.casereview.access;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile with the embedded default's conveniences switched back on: demo
 * users with known passwords, or an administrator password that need not be strong.
 */
@Component
@Profile("production")
public class ProductionSafeguards implements InitializingBean {

  private final boolean demoUsers;
  private final AdministratorProperties administrator;

  public ProductionSafeguards(@Value("${casereview.demo-users:false}") boolean demoUsers,
                              AdministratorProperties administrator) {
    this.demoUsers = demoUsers;
    this.administrator = administrator;
  }

  @Override
  public void afterPropertiesSet() {
    if (demoUsers) {
      throw new IllegalStateException("casereview.demo-users must be false in the production profile:"
          + " demo users have known passwords");
    }
    if (!administrator.isStrongPasswordRequired()) {
      throw new IllegalStateException("casereview.administrator.strong-password-required must be true in the"
          + " production profile");
    }
  }
}
