package uk.safeguarding.casereview.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/** The demo users' table printed at start-up shows the administrator's demo password, never a chosen one. */
class DemoUsersTableTest {

  @Test
  void the_embedded_defaults_administrator_is_shown_with_its_demo_password() {
    assertThat(table("admin", "admin")).containsPattern("(?m)^  admin +admin +Administrator")
        .doesNotContain("(casereview.administrator.password)");
  }

  @Test
  void a_password_someone_chose_is_never_printed() {
    String table = table("ops.admin", "Kestrel-Harbour-Lantern-42");
    assertThat(table).doesNotContain("Kestrel-Harbour-Lantern-42")
        .containsPattern("(?m)^  ops\\.admin +\\(as configured: casereview\\.administrator\\.password, not shown\\)");
  }

  private static String table(String id, String password) {
    AdministratorProperties administrator = new AdministratorProperties();
    administrator.setId(id);
    administrator.setPassword(password);
    CaseReviewProperties properties = new CaseReviewProperties();
    properties.setReviewGroupName("Case Review Committee");
    IdentityService identity = mock(IdentityService.class);
    return new DemoUsers(identity, properties, new AdministratorAccount(identity, administrator)).table();
  }
}
