package uk.safeguarding.casereview.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps the configured administrator a direct member of {@code camunda-admin}. Camunda's first-run setup
 * page offers to create an administrator whenever that group has no direct member (CVE-2026-77226); with a
 * direct member always present, and the setup endpoint blocked by {@link AdminSetupBlock}, nobody can.
 */
@Component
public class AdministratorAccount {

  private final IdentityService identityService;
  private final AdministratorProperties administrator;

  public AdministratorAccount(IdentityService identityService, AdministratorProperties administrator) {
    this.identityService = identityService;
    this.administrator = administrator;
  }

  public void ensure() {
    String id = administrator.getId();
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      // the configured password is the initial one; a change made later in Admin is kept across restarts
      user = identityService.newUser(id);
      user.setFirstName(administrator.getFirstName());
      user.setLastName(administrator.getLastName());
      user.setEmail(administrator.getEmail());
      user.setPassword(administrator.getPassword());
      identityService.saveUser(user);
    }
    boolean member = identityService.createUserQuery().userId(id).memberOfGroup(Groups.ADMINISTRATORS)
        .count() > 0;
    if (!member) {
      identityService.createMembership(id, Groups.ADMINISTRATORS);
    }
  }

  public String id() {
    return administrator.getId();
  }

  /**
   * The administrator's password as the demo users' table may show it: only the demo convention (password =
   * user id, admin/admin in the embedded default) is shown, never a password someone chose.
   */
  public String passwordToShow() {
    return administrator.getId().equals(administrator.getPassword()) ? administrator.getPassword()
        : "(as configured: casereview.administrator.password, not shown)";
  }
}
