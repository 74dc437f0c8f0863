package uk.safeguarding.casereview.access.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.access.directory.ldap.LdapMembershipSync;
import uk.safeguarding.casereview.support.GroupTask;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.LdapServer;

/**
 * People sign in to the webapps with their directory passwords, checked by a real LDAP server running here: their groups read
 * from it at every sign-in and mapped, their names and email mirrored into Camunda identity, leavers and movers
 * as the directory says at their next sign-in and at the hourly check between; no local password but the break-glass administrator's, who still
 * gets in with the directory down.
 */
@SpringBootTest(classes = CaseReviewApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
    "spring.datasource.url=jdbc:h2:mem:ldap-${random.uuid};DB_CLOSE_DELAY=-1",
    "casereview.demo-users=false",
    "casereview.login.first-delay=1ms", "casereview.login.max-delay=1ms",
    "casereview.directory.kind=ldap",
    "casereview.directory.ldap.bind-dn=" + LdapServer.SERVICE_DN,
    "casereview.directory.ldap.bind-password=" + LdapServer.SERVICE_PASSWORD,
    "casereview.directory.ldap.user-search-base=" + LdapServer.PEOPLE,
    "casereview.directory.ldap.group-search-base=" + LdapServer.GROUPS,
    "casereview.directory.group-mapping=review-group = CSPR Review Group; agency-police = Police Safeguarding Leads;"
        + " auditor = CSPR Scrutiny"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapSignInIT {

  private static final LdapServer LDAP = LdapServer.onFreePort();
  private static final String PASSWORD = "Lantern-Otter-Quarry-52";
  private static String okafor;
  private static String hale;

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired LdapMembershipSync sync;
  private String reviewTask;
  private String policeTask;

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) throws Exception {
    LDAP.start();
    okafor = LDAP.person("r.okafor", "Remi", "Okafor", PASSWORD);
    hale = LDAP.person("r.hale", "Robin", "Hale", PASSWORD);
    String outsider = LDAP.person("p.outsider", "Pat", "Outsider", PASSWORD);
    LDAP.group("CSPR Review Group", okafor);
    LDAP.group("Police Safeguarding Leads", hale);
    LDAP.group("Finance", outsider);
    registry.add("casereview.directory.ldap.url", LDAP::url);
  }

  @BeforeAll
  void seed() {
    reviewTask = GroupTask.create(tasks, "Decide on a review for Child Scarlet", "review-group");
    policeTask = GroupTask.create(tasks, "Agency summary for Child Scarlet", "agency-police");
    User clerk = identity.newUser("local.clerk");
    clerk.setPassword("Heron-Violet-Marble-83!");
    identity.saveUser(clerk);
    identity.createMembership("local.clerk", "business-unit");
  }

  @AfterAll
  void stopDirectory() {
    LDAP.stop();
  }

  @Test
  @Order(1)
  void directory_passwords_sign_in_with_the_directory_groups_mapped_and_the_person_mirrored() {
    assertThat(taskIds("r.okafor")).containsExactly(reviewTask);
    assertThat(taskIds("r.hale")).containsExactly(policeTask);
    User remi = identity.createUserQuery().userId("r.okafor").singleResult();
    assertThat(List.of(remi.getFirstName(), remi.getLastName(), remi.getEmail()))
        .containsExactly("Remi", "Okafor", "r.okafor@exampleshire.example.org");
    assertThat(groupsOf("r.okafor")).containsExactly("review-group");

    HttpSession webapp = HttpSession.webapp(port, "tasklist", "r.okafor", PASSWORD);
    Response who = webapp.get("/camunda/api/admin/auth/user/default");
    assertThat(who.json().get("userId").asText()).isEqualTo("r.okafor");
    assertThat(who.json().get("authorizedApps").toString()).contains("tasklist");

    Response localPassword = webapp.putJson("/camunda/api/engine/engine/default/user/r.okafor/credentials",
        Map.of("password", "Local-Shadow-Pass-71!", "authenticatedUserPassword", PASSWORD));
    assertThat(localPassword.status()).as("a local password beside the directory's").isEqualTo(403);
    assertThat(localPassword.body()).contains("kept by the partnership's directory");
  }

  @Test
  @Order(2)
  void wrong_unknown_empty_and_crafted_names_and_passwords_and_local_ones_are_refused() {
    assertThat(status("r.okafor", "wrong-password")).isEqualTo(401);
    assertThat(status("r.okafor", "")).as("an empty password would be an anonymous bind").isEqualTo(401);
    assertThat(status("nobody", PASSWORD)).isEqualTo(401);
    assertThat(status("*", PASSWORD)).as("a filter's wildcard is a name, not a pattern").isEqualTo(401);
    assertThat(status("r.okafor)(uid=*", PASSWORD)).isEqualTo(401);
    assertThat(status("R.Okafor", PASSWORD)).as("one person, one id: lower case").isEqualTo(401);
    assertThat(status("p.outsider", PASSWORD)).as("in the directory, in no mapped group").isEqualTo(401);
    assertThat(identity.createUserQuery().userId("p.outsider").count()).isZero();
    assertThat(status("local.clerk", "Heron-Violet-Marble-83!")).as("a local password").isEqualTo(401);
    assertThat(HttpSession.basic(port, "local.clerk", "Heron-Violet-Marble-83!").get("/engine-rest/task?maxResults=5")
        .status()).isEqualTo(401);
    assertThat(HttpSession.basic(port, "r.okafor", PASSWORD).get("/engine-rest/task?maxResults=5").status())
        .as("a directory password on every API call, tried against the directory by anyone: no").isEqualTo(401);
    assertThat(status("r.okafor ", PASSWORD)).as("a name the directory would match, but not ours").isEqualTo(401);
  }

  @Test
  @Order(3)
  void movers_and_leavers_are_as_the_directory_says_at_their_next_sign_in() throws Exception {
    LDAP.removeMember("Police Safeguarding Leads", hale);
    LDAP.addMember("CSPR Review Group", hale);
    assertThat(taskIds("r.hale")).containsExactly(reviewTask);
    assertThat(groupsOf("r.hale")).containsExactly("review-group");

    LDAP.removeMember("CSPR Review Group", hale);
    assertThat(status("r.hale", PASSWORD)).isEqualTo(401);
    assertThat(groupsOf("r.hale")).as("out of every group: no more tasks or mail").isEmpty();
  }

  @Test
  @Order(4)
  void between_sign_ins_the_hourly_check_takes_leavers_out_and_leaves_the_others() throws Exception {
    assertThat(groupsOf("r.okafor")).containsExactly("review-group");
    identity.createMembership("r.okafor", "auditor"); // given in Admin, not by the directory
    sync.run();
    assertThat(groupsOf("r.okafor")).as("as the directory says").containsExactly("review-group");
    LDAP.delete(okafor);
    sync.run();
    assertThat(groupsOf("r.okafor")).as("gone from the directory").isEmpty();
    assertThat(groupsOf("admin")).as("the break-glass administrator is not the directory's").contains("camunda-admin");
    assertThat(groupsOf("local.clerk")).as("nor an account made in Admin").containsExactly("business-unit");
  }

  @Test
  @Order(5)
  void with_the_directory_down_the_break_glass_administrator_still_gets_in() {
    LDAP.stop();
    assertThat(status("r.hale", PASSWORD)).isEqualTo(401);
    assertThat(HttpSession.basic(port, "admin", "admin").get("/engine-rest/task?maxResults=5").status())
        .as("Camunda Modeler's deployments, as the break-glass administrator").isEqualTo(200);
    HttpSession admin = HttpSession.webapp(port, "admin", "admin", "admin");
    assertThat(admin.get("/camunda/api/admin/auth/user/default").json().get("userId").asText()).isEqualTo("admin");
  }

  /** The webapps' sign-in, as their login page sends it: 200 in, 401 refused. */
  private int status(String user, String password) {
    HttpSession browser = HttpSession.anonymous(port);
    browser.get("/camunda/app/tasklist/default/");
    return browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", user, "password", password)).status();
  }

  /** The tasks a person signed in to Tasklist with their directory password sees. */
  private List<String> taskIds(String user) {
    Response answer = HttpSession.webapp(port, "tasklist", user, PASSWORD)
        .get("/camunda/api/engine/engine/default/task?maxResults=50");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().findValuesAsText("id");
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
  }
}
