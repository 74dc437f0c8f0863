package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.ReviewForms.referral;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * A referrer plants a link and an image in a referral for the committee, and a pseudonym with markup reaches
 * the case past its form (an administrator over REST: the form itself refuses it). The committee member
 * sees all of it as literal text in the screening form and on the task card, and the auditor on the Cockpit
 * case page; no link or image is made. Tasklist offers the member no control the server would refuse.
 */
@WebIntegrationTest
class MarkupBrowserIT {

  private static final String LINK = "<a href=\"https://evil.example/login\">Sign in again</a>";
  private static final String IMAGE = "<img src=\"https://evil.example/p.png\">";
  private static final String MARKDOWN = "[Sign in](https://evil.example/md)";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void what_people_typed_shows_as_text_in_tasklist_and_cockpit_and_no_refused_control_is_offered() {
    TasklistClient referrer = TasklistClient.as(port, "referrer");
    Map<String, Object> marked = referral();
    marked.put("childPseudonym", "Child " + LINK);
    Response refused = referrer.session().postJson(TasklistClient.engine(
        "/process-definition/key/case-referral/submit-form"), Map.of("variables", Map.of("childPseudonym",
        Map.of("value", "Child " + LINK))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("(childPseudonym) is not in the expected format");

    Map<String, Object> planted = referral();
    planted.put("whyLearning", "See " + LINK + " " + IMAGE + " " + MARKDOWN);
    String reference = referrer.start(ProcessKeys.CASE_REFERRAL, planted);
    CaseDriver.besideJobExecutor(engine).awaitIdle(reference);
    String pseudonym = "Child " + IMAGE + " " + LINK;
    Task screening = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    HttpSession admin = HttpSession.basic(port, "admin", "admin");
    assertThat(admin.putJson("/engine-rest/process-instance/" + screening.getProcessInstanceId() + "/variables/"
        + CaseVariables.CHILD_PSEUDONYM, Map.of("value", pseudonym)).status()).isEqualTo(204);
    assertThat(admin.putJson("/engine-rest/task/" + screening.getId() + "/localVariables/"
        + CaseVariables.CHILD_PSEUDONYM, Map.of("value", pseudonym)).status()).isEqualTo(204);

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "member", "member");
      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), reference);
      WebElement card = browser.visible(By.xpath("//*[@cam-tasks]//li[contains(., '" + reference + "')]"));
      assertThat(card.getText()).contains(IMAGE, LINK);
      browser.click(By.xpath("//a[contains(., 'Screen the referral')]"));
      WebElement form = browser.visible(By.cssSelector("[cam-tasklist-task]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Sign in again</a>");
      assertThat(form.getText()).contains(reference + " – " + pseudonym, "See " + LINK + " " + IMAGE + " " + MARKDOWN);
      assertThat(form.findElements(By.cssSelector("a[href*='evil.example'], img[src*='evil.example']"))).isEmpty();
      browser.screenshot("40-markup-shown-as-text-in-the-screening-form");

      // nothing on the page offers what the server refuses
      assertThat(browser.all(By.cssSelector("li.create-task-action")).stream().filter(WebElement::isDisplayed))
          .as("Create task").isEmpty();
      assertThat(browser.all(By.cssSelector("[cam-widget-inline-field]"))).as("date pickers on the task").isEmpty();
      assertThat(browser.all(By.cssSelector("[ng-click='editGroups()']"))).as("Add groups").isEmpty();
      assertThat(browser.all(By.cssSelector("[cam-tasklist-task-meta] .followup-date")).stream()
          .filter(WebElement::isDisplayed)).as("follow-up date").isEmpty();

      browser.go("/camunda/app/welcome/default/#!/welcome");
      browser.visible(By.xpath("//a[contains(., 'Change password')]"));
      assertThat(browser.all(By.xpath("//a[contains(., 'Edit profile')]")).stream().filter(WebElement::isDisplayed))
          .as("profiles are the administrator's").isEmpty();
    }
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "auditor", "auditor");
      browser.go("/camunda/app/cockpit/default/#/case-reviews?search=" + reference);
      browser.waitForText(By.cssSelector("table.case-review-cases"), reference);
      browser.click(By.linkText(reference));
      WebElement header = browser.visible(By.cssSelector(".case-review-case-header"));
      browser.waitForText(By.cssSelector(".case-review-case-header"), "Sign in again</a>");
      assertThat(header.getText()).contains(pseudonym);
      assertThat(browser.driver().findElements(By.cssSelector("a[href*='evil.example'], img[src*='evil.example']")))
          .isEmpty();
      browser.screenshot("41-markup-shown-as-text-in-cockpit");
    }
  }
}
