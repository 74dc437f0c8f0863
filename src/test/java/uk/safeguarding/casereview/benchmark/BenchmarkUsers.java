package uk.safeguarding.casereview.benchmark;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.access.AdministratorAccount;
import uk.safeguarding.casereview.access.DemoUsers;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * The people of the embedded default's demo (notifier, business, member, chair, the partners, each agency's
 * lead, the auditor...) in the benchmark's production database, as an administrator would add them in Admin:
 * the production profile has no demo users, and its password policy wants a strong password.
 */
public final class BenchmarkUsers {

  public static final String PASSWORD = "Quartz-Heron-Meadow-58!";

  private BenchmarkUsers() {
  }

  public static void ensure(ConfigurableApplicationContext app) {
    IdentityService identity = app.getBean(IdentityService.class);
    DemoUsers people = new DemoUsers(identity, app.getBean(CaseReviewProperties.class),
        app.getBean(AdministratorAccount.class));
    for (DemoUsers.DemoUser person : people.users()) {
      if (identity.createUserQuery().userId(person.id()).count() == 0) {
        User user = identity.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.id() + "@benchmark.example.org");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        person.groups().forEach(group -> identity.createMembership(person.id(), group));
      }
    }
  }
}
