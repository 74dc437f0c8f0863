package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.HttpSession;

/**
 * What each person sees of the webapps: only the applications they may use, a plain answer when they open
 * another, no "Create task", and the partnership's name (configured; here with characters that must stay
 * text) instead of Camunda's on every app and login page, whose requests all find something.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:branding-${random.uuid};DB_CLOSE_DELAY=-1",
    "casereview.demo-users=true",
    "casereview.partnership-name=" + AppsAndBrandingBrowserIT.PARTNERSHIP})
class AppsAndBrandingBrowserIT {

  static final String PARTNERSHIP = "Dalesford & Fenwick <b>Safeguarding</b> Partnership";
  private static final String COCKPIT_REFUSAL =
      "Cockpit is for the business unit and auditors; your tasks are in Tasklist.";
  private static final By BRAND = By.cssSelector(".navbar-brand .brand-name");

  @LocalServerPort int port;

  @Test
  void every_login_page_shows_the_partnership_and_asks_for_nothing_that_is_missing() {
    try (Browser browser = Browser.open(port)) {
      for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
        browser.driver().manage().deleteAllCookies();
        // the app itself, not its #/login: it asks who is signed in first, and then shows its login page
        browser.go("/camunda/app/" + app + "/default/");
        browser.visible(By.cssSelector("form[name='signinForm']"));
        WebElement partnership = browser.visible(By.cssSelector(".login-header .case-review-partnership"));
        assertThat(partnership.getText()).as(app).isEqualTo(PARTNERSHIP);
        assertThat(partnership.findElements(By.tagName("b"))).as(app + ": the name is text, not markup").isEmpty();
        assertThat(browser.driver().getTitle()).as(app).startsWith(PARTNERSHIP + " — ");
        WebElement footer = browser.visible(By.cssSelector(".case-review-footer"));
        assertThat(footer.getText()).as(app).startsWith("Case review engine — built on Camunda 7 (Apache License 2.0");
        assertThat(browser.pageText()).as(app).doesNotContain("Powered by").doesNotContain("Camunda " + capital(app));
        String notices = footer.findElement(By.linkText("third-party notices")).getAttribute("href");
        assertThat(HttpSession.anonymous(port).get(notices.replaceFirst("^http://[^/]+", "")).status())
            .as(app + ": the licence notices are reachable").isEqualTo(200);
        browser.pause(Duration.ofSeconds(1));
        assertThat(requestsAnswered(browser)).as(app + ": what its login page asked for")
            .isNotEmpty()
            .noneMatch(request -> request.endsWith(" 404"))
            .noneMatch(request -> request.matches("https?://[^/]+/camunda-welcome[ ?].*"));
        browser.screenshot("apps-login-" + app);
      }
    }
  }

  @Test
  void a_committee_member_sees_tasklist_only_and_is_told_plainly_where_cockpit_is() {
    try (Browser browser = Browser.open(port)) {
      browser.login("welcome", "member", "member");
      browser.visible(By.cssSelector(".welcome-page .tasklist-app"));
      assertThat(browser.all(By.cssSelector(".welcome-page .cockpit-app"))).isEmpty();
      assertThat(browser.all(By.cssSelector(".welcome-page .admin-app"))).isEmpty();
      assertThat(browser.pageText()).doesNotContain("Camunda webapps user documentation");
      assertBranded(browser, "Welcome");
      browser.screenshot("apps-member-welcome");

      // signed in, the member opens Cockpit's address: a page that says why and where to go
      browser.go("/camunda/app/cockpit/default/");
      WebElement refusal = browser.visible(By.cssSelector(".case-review-refusal"));
      assertThat(refusal.getText()).isEqualTo(COCKPIT_REFUSAL);
      assertThat(browser.pageText()).contains(PARTNERSHIP).doesNotContain("Whitelabel").doesNotContain("Forbidden");
      assertThat(browser.driver().getTitle()).isEqualTo(PARTNERSHIP + " — Cockpit");
      browser.screenshot("apps-member-opens-cockpit");
      refusal.findElement(By.linkText("Tasklist")).click();

      browser.visible(BRAND);
      assertBranded(browser, "Tasklist");
      assertThat(browser.all(By.cssSelector(".create-task-action"))).as("Create task is not even in the page").isEmpty();
      assertThat(browser.pageText()).doesNotContain("Create task").doesNotContain("Tenant ID");
      browser.screenshot("apps-member-tasklist");

      // not signed in: Cockpit's login page answers the right password with the same words, and a link
      browser.driver().manage().deleteAllCookies();
      browser.login("cockpit", "member", "member");
      WebElement message = browser.visible(By.cssSelector(".notifications .alert .message"));
      browser.waitForText(By.cssSelector(".notifications .alert .message"), COCKPIT_REFUSAL);
      assertThat(browser.pageText()).doesNotContain("Wrong credentials");
      assertThat(message.findElement(By.linkText("Tasklist")).getAttribute("href"))
          .endsWith("/camunda/app/tasklist/default/");
      browser.screenshot("apps-member-cockpit-login");
    }
  }

  @Test
  void administrators_and_the_business_unit_see_the_partnership_in_every_app() {
    try (Browser browser = Browser.open(port)) {
      browser.login("admin", "admin", "admin");
      browser.visible(BRAND);
      assertBranded(browser, "Admin");
      browser.screenshot("apps-admin");
      browser.driver().manage().deleteAllCookies();
      browser.login("cockpit", "business", "business");
      browser.visible(BRAND);
      assertBranded(browser, "Cockpit");
      browser.screenshot("apps-business-cockpit");
    }
  }

  @Test
  void sign_in_answers_say_what_is_wrong() {
    HttpSession anonymous = HttpSession.anonymous(port);
    anonymous.get("/camunda/app/tasklist/default/");
    assertThat(anonymous.get("/camunda/api/admin/auth/user/default").status()).as("nobody signed in").isEqualTo(401);

    HttpSession.Response auditor = anonymous.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "auditor", "password", "auditor"));
    assertThat(auditor.status()).isEqualTo(403);
    assertThat(auditor.json().path("message").asText())
        .isEqualTo("Tasklist is for the people who work on the cases' tasks; you read the cases in Cockpit.");

    HttpSession.Response wrong = anonymous.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", "referrer", "password", "not-the-password"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("message").asText()).isEqualTo("The user name or the password is wrong.");
  }

  private static void assertBranded(Browser browser, String app) {
    browser.waitForText(BRAND, PARTNERSHIP);
    assertThat(browser.visible(BRAND).getText()).isEqualTo(PARTNERSHIP + " — " + app);
    // Admin adds the page: "… — Admin | Dashboard"
    assertThat(browser.driver().getTitle()).startsWith(PARTNERSHIP + " — " + app);
  }

  /** Every request the page made, as "url status", from the browser's own resource timing. */
  @SuppressWarnings("unchecked")
  private static List<String> requestsAnswered(Browser browser) {
    return (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
        + ".map(entry => entry.name + ' ' + entry.responseStatus);");
  }

  private static String capital(String app) {
    return Character.toUpperCase(app.charAt(0)) + app.substring(1);
  }
}
