package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.FreePort;
import uk.safeguarding.casereview.support.GroupTask;
import uk.safeguarding.casereview.support.OidcProvider;

/**
 * A person signs in to Tasklist through the partnership's OpenID Connect provider (a real one, running here,
 * with its own login page), lands with the groups their token carries and sees only those groups' tasks; signs
 * out at the provider too; and, once taken out of the directory group, is refused at the next sign-in. The
 * break-glass administrator signs in with the local password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:directory-browser-${random.uuid};DB_CLOSE_DELAY=-1",
    "casereview.demo-users=false",
    "casereview.directory.kind=oidc",
    "casereview.directory.oidc.client-id=" + OidcProvider.CLIENT_ID,
    "casereview.directory.oidc.client-secret=" + OidcProvider.CLIENT_SECRET,
    "casereview.directory.oidc.provider-name=Exampleshire Council sign-in",
    "casereview.directory.group-mapping=review-group = " + DirectorySignInBrowserIT.REVIEW_GROUP_ID
        + "; agency-police = " + DirectorySignInBrowserIT.POLICE_LEADS_ID})
class DirectorySignInBrowserIT {

  static final String REVIEW_GROUP_ID = "6f1c2a4e-0b7d-4c55-9a3e-2d8f1b7c9e01";
  static final String POLICE_LEADS_ID = "0d9e8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
  private static final OidcProvider PROVIDER = OidcProvider.onFreePort(true);
  private static final String REVIEW_TASK = "Decide on a review for Child Scarlet";
  private static final String POLICE_TASK = "Agency summary for Child Indigo";

  private static final int PORT = FreePort.next();
  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    PROVIDER.start();
    registry.add("casereview.directory.oidc.issuer-uri", PROVIDER::issuer);
    // the address registered at the provider is built on the public URL: here, where the browser reaches it
    registry.add("server.port", () -> PORT);
    registry.add("casereview.public-url", () -> "http://localhost:" + PORT);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop();
  }

  @Test
  void a_committee_member_signs_in_at_the_provider_sees_the_committees_tasks_only_and_signs_out_there_too() {
    GroupTask.create(tasks, REVIEW_TASK, "review-group");
    GroupTask.create(tasks, POLICE_TASK, "agency-police");
    try (Browser browser = Browser.open(port)) {
      offline(browser);
      browser.go("/camunda/app/tasklist/default/");
      signInAtProvider(browser, "r.okafor@exampleshire.example.org", "{\"groups\": [\"" + REVIEW_GROUP_ID + "\"],"
          + " \"name\": \"Remi Okafor\", \"email\": \"r.okafor@exampleshire.example.org\"}");
      browser.waitForText(By.cssSelector("li.account"), "Remi Okafor");
      browser.click(By.linkText("My groups' tasks"));
      browser.waitForText(By.cssSelector(".tasks-list"), REVIEW_TASK);
      assertThat(browser.pageText()).doesNotContain(POLICE_TASK);
      browser.screenshot("directory-sign-in-tasklist");

      browser.click(By.cssSelector("li.account > a"));
      browser.click(By.cssSelector("li.account li.logout a"));
      browser.waitForText(By.tagName("h1"), "You have signed out");
      browser.screenshot("directory-signed-out");
      browser.go("/camunda/app/tasklist/default/");
      browser.visible(By.name("username"));
      assertThat(browser.driver().getCurrentUrl()).as("signed out here: the provider asks again")
          .startsWith(PROVIDER.issuer());
    }
  }

  @Test
  void taken_out_of_the_directory_group_a_person_is_refused_at_the_next_sign_in() {
    try (Browser browser = Browser.open(port)) {
      offline(browser);
      browser.go("/camunda/app/tasklist/default/");
      signInAtProvider(browser, "r.hale@exampleshire.example.org",
          "{\"groups\": [\"" + POLICE_LEADS_ID + "\"], \"name\": \"Robin Hale\"}");
      browser.waitForText(By.cssSelector("li.account"), "Robin Hale");

      browser.driver().manage().deleteAllCookies();
      browser.go("/camunda/app/tasklist/default/");
      signInAtProvider(browser, "r.hale@exampleshire.example.org", "{\"groups\": [], \"name\": \"Robin Hale\"}");
      browser.waitForText(By.tagName("h1"), "No access to the case review engine");
      assertThat(browser.pageText()).contains("ask your IT service desk");
      browser.screenshot("directory-sign-in-refused");
    }
  }

  @Test
  void the_break_glass_administrator_signs_in_with_the_local_password_into_admin() {
    try (Browser browser = Browser.open(port)) {
      browser.go("/break-glass");
      browser.waitForText(By.tagName("h1"), "Break-glass administrator sign-in");
      browser.type(By.id("username"), "admin");
      browser.type(By.id("password"), "admin");
      browser.screenshot("directory-break-glass");
      browser.click(By.cssSelector("button[type='submit']"));
      browser.waitForText(By.cssSelector("li.account"), "Ada Administrator");
      assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/admin/default/");
    }
  }

  /** The provider's page asks for Google's fonts; a test never leaves this machine. */
  private static void offline(Browser browser) {
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser.driver().executeCdpCommand("Network.setBlockedURLs",
        Map.of("urls", List.of("*fonts.googleapis.com*", "*fonts.gstatic.com*")));
  }

  /** As the provider's own login page takes it: a subject and the claims its tokens carry (Entra ID's shape). */
  private static void signInAtProvider(Browser browser, String user, String claims) {
    browser.type(By.name("username"), user);
    browser.type(By.name("claims"), "{\"preferred_username\": \"" + user + "\", " + claims.substring(1));
    browser.screenshot("directory-provider-login");
    browser.click(By.cssSelector("input[type='submit']"));
  }
}
