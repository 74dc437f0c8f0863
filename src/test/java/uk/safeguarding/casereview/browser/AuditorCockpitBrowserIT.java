package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Accessibility;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ClosedCase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The auditor in Cockpit: finds a closed case, reads its history with the path it took drawn on its diagrams,
 * and reads the timeliness report; the business unit sees where a running case stands. Screenshots in target/screenshots.
 */
@WebIntegrationTest
class AuditorCockpitBrowserIT {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Folded, a case's page is a screen or two; the user test found one 29,600 px long. */
  static final long FOLDED_PAGE_MAX_HEIGHT = 4000;
  static final DateTimeFormatter PROSE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final Pattern ISO_OR_US_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b");

  @Test
  void the_auditor_reads_a_closed_cases_history_and_the_timeliness_report() {
    // the Panel was told 12 days after the local authority knew: late
    String reference = ClosedCase.withoutFurtherReview(engine, "Child Hazel", 12);

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "auditor", "auditor");
      browser.click(By.cssSelector("a.case-review-nav-link"));
      browser.visible(By.cssSelector("table.case-review-cases"));
      browser.type(By.id("case-review-search-input"), "hazel");
      browser.click(By.cssSelector(".case-review-search-button"));
      browser.waitForText(By.cssSelector("table.case-review-cases"), "Child Hazel");
      assertThat(browser.all(By.cssSelector("table.case-review-cases tbody tr"))).hasSize(1);
      assertThat(browser.visible(By.cssSelector("table.case-review-cases tbody tr")).getText())
          .contains(LocalDate.now(LONDON).format(UK_DAY));
      Accessibility.assertAccessible(browser, ".case-review", "the case search");
      browser.screenshot("31-auditor-finds-a-case");

      browser.click(By.linkText(reference));
      browser.waitForText(By.cssSelector(".case-review-case-header"), "Child Hazel");
      // the summary is open, every process folded: the page is short
      WebElement summary = browser.visible(By.cssSelector("details.case-review-summary[open]"));
      assertThat(summary.getText()).contains("Completed").contains("Ended");
      assertThat(browser.all(By.cssSelector("details.case-review-process"))).hasSize(4)
          .noneMatch(section -> section.getAttribute("open") != null);
      assertThat(pageHeight(browser)).isLessThan(FOLDED_PAGE_MAX_HEIGHT);
      Accessibility.assertAccessible(browser, ".case-review", "a case's history");
      browser.screenshot("32-auditor-case-history");

      // a process's section opens from the keyboard
      WebElement incident = browser.visible(By.cssSelector("[data-process-key='serious-incident']"));
      incident.findElement(By.cssSelector(":scope > summary")).sendKeys(Keys.ENTER);
      browser.visible(By.cssSelector("[data-process-key='serious-incident'] .case-review-diagram-svg"));
      // the path taken is drawn: the end it reached, the flows into it, and not the review it never called
      assertThat(incident.findElements(By.cssSelector(
          ".case-review-passed[data-element-id='EndEvent_ClosedWithoutActions']"))).hasSize(1);
      assertThat(incident.findElements(By.cssSelector(
          ".case-review-passed[data-element-id='CallActivity_LocalReview']"))).isEmpty();
      assertThat(incident.findElements(By.cssSelector(".case-review-flow.case-review-taken"))).isNotEmpty();
      browser.scrollTo(incident.findElement(By.cssSelector(".case-review-diagram")));
      browser.screenshot("32b-auditor-case-diagram");

      WebElement timeline = incident.findElement(By.cssSelector("table.case-review-timeline"));
      browser.scrollTo(timeline);
      WebElement notification = timeline.findElement(By.xpath(".//tr[td[contains(., 'Record the Panel notification')]]"));
      assertThat(notification.getText()).contains("notifier").contains("late");
      browser.screenshot("33-auditor-case-timeline");
      // the group decided in the rapid review; the serious incident credits the chair, not the process
      WebElement handedUp = incident.findElement(By.xpath(
          ".//table[contains(@class, 'case-review-decisions')]//tr[td[contains(., 'The group')]]"));
      assertThat(handedUp.getText()).contains("chair").doesNotContain("(the process)");

      WebElement rapidReview = browser.visible(By.cssSelector("[data-process-key='rapid-review']"));
      browser.click(By.cssSelector("[data-process-key='rapid-review'] > summary"));
      WebElement decisions = browser.visible(By.cssSelector("[data-process-key='rapid-review'] table.case-review-decisions"));
      browser.scrollTo(decisions);
      WebElement decided = decisions.findElement(By.xpath(".//tr[td[contains(., 'The group')]]"));
      assertThat(decided.getText()).contains("No further review (the learning is known or already acted on)")
          .contains("The group's reasons for its decision.").contains("chair").doesNotContain("no-further-review");
      browser.screenshot("34-auditor-rapid-review-decisions");

      // the changes are folded within the section: opened, they read as the forms do
      browser.click(By.cssSelector("[data-process-key='rapid-review'] .case-review-part-changes > summary"));
      WebElement changes = browser.visible(By.cssSelector("[data-process-key='rapid-review'] table.case-review-changes"));
      assertThat(changes.getText()).contains("Agencies involved").contains("Exampleshire Police")
          .doesNotContain("involvedAgencies").doesNotContain("[\"police\"");
      browser.scrollTo(changes);
      browser.screenshot("34b-auditor-rapid-review-changes");

      browser.click(By.cssSelector(".case-review-open-all"));
      String everything = browser.visible(By.cssSelector(".case-review-case")).getText();
      assertThat(everything).doesNotContain("nrOfInstances").doesNotContain("loopCounter")
          .doesNotContain("nrOfCompletedInstances");
      assertThat(ISO_OR_US_DAY.matcher(everything).results().map(MatchResult::group).toList())
          .as("dates are written the UK way").isEmpty();
      browser.click(By.cssSelector(".case-review-fold-every"));
      assertThat(pageHeight(browser)).isLessThan(FOLDED_PAGE_MAX_HEIGHT);

      browser.click(By.cssSelector(".case-review-back a"));
      browser.click(By.cssSelector(".case-review-tab-timeliness"));
      browser.visible(By.cssSelector("svg.case-review-chart"));
      WebElement late = browser.visible(By.xpath("//table[contains(@class, 'case-review-report')]//tr[td[contains(.,"
          + " '" + reference + "')] and td[contains(., 'Panel notified')]]"));
      assertThat(late.getText()).contains("missed").contains(LocalDate.now(LONDON).format(UK_DAY));
      assertThat(ISO_OR_US_DAY.matcher(browser.visible(By.cssSelector(".case-review")).getText()).find()).isFalse();
      assertThat(browser.visible(By.cssSelector("a.case-review-csv")).getAttribute("href")).contains("timeliness.csv");
      Accessibility.assertAccessible(browser, ".case-review", "the timeliness report");
      browser.screenshot("35-auditor-timeliness-report");
      browser.scrollTo(late);
      browser.screenshot("36-auditor-timeliness-rows");
    }
  }

  @Test
  void the_business_unit_sees_where_a_running_case_stands() {
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    LocalDate today = LocalDate.now(LONDON);
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures.startForm(
        "Child Rowan", today.minusDays(1).toString(), today.minusDays(1).toString())).getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        CaseDriver.form(CaseVariables.PANEL_NOTIFICATION_DATE, today.toString(), CaseVariables.PANEL_REFERENCE, "NOT-8"));
    // halfway through its rapid review: the group has decided, the three partners are still to sign off
    RapidReviewWalk.toDecision(cases, reference, today.toString(), "criterionAgenciesWorkingTogether");
    cases.complete("chair", reference, "Task_DecideOnReview", ReviewForms.decision("lcspr"));
    cases.awaitIdle(reference);
    Date due = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_SignOffPolice").singleResult().getDueDate();
    String dueDay = LocalDate.ofInstant(due.toInstant(), LONDON).format(PROSE_DAY);

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "business", "business");
      browser.click(By.cssSelector("a.case-review-nav-link"));
      browser.type(By.id("case-review-search-input"), reference);
      browser.click(By.cssSelector(".case-review-search-button"));
      browser.waitForText(By.cssSelector("table.case-review-cases"), "Active");
      browser.click(By.linkText(reference));

      WebElement standing = browser.visible(By.cssSelector(".case-review-summary[open] .case-review-standing"));
      assertThat(browser.all(By.cssSelector(".case-review-stages li"))).extracting(WebElement::getText)
          .containsExactlyInAnyOrder("Local authority signs off", "Integrated Care Board signs off", "Police sign off");
      assertThat(browser.all(By.cssSelector(".case-review-waiting-for li"))).extracting(WebElement::getText)
          .containsExactlyInAnyOrder("Safeguarding partner: local authority",
              "Safeguarding partner: Integrated Care Board", "Safeguarding partner: police");
      assertThat(browser.visible(By.cssSelector(".case-review-next-deadline")).getText()).isEqualTo(dueDay);
      assertThat(standing.getText()).doesNotContain("overdue");
      assertThat(pageHeight(browser)).isLessThan(FOLDED_PAGE_MAX_HEIGHT);
      screenshotsAtWidths(browser, "37-business-unit-running-case");

      browser.click(By.cssSelector("[data-process-key='rapid-review'] > summary"));
      WebElement rapidReview = browser.visible(By.cssSelector("[data-process-key='rapid-review']"));
      browser.visible(By.cssSelector("[data-process-key='rapid-review'] .case-review-diagram-svg"));
      assertThat(rapidReview.findElements(By.cssSelector(
          ".case-review-active[data-element-id='Task_SignOffPolice']"))).hasSize(1);
      WebElement signOff = rapidReview.findElement(By.xpath(
          ".//table[contains(@class, 'case-review-timeline')]//tr[td[contains(., 'Police sign off')]]"));
      assertThat(signOff.getText()).contains("open, due " + dueDay).doesNotContain("on time");
      WebElement decided = rapidReview.findElement(By.xpath(
          ".//table[contains(@class, 'case-review-decisions')]//tr[td[contains(., 'The group')]]"));
      assertThat(decided.getText()).contains("A Local Child Safeguarding Practice Review (LCSPR)").contains("chair")
          .doesNotContain("lcspr");
      browser.click(By.cssSelector("[data-process-key='rapid-review'] .case-review-part-changes > summary"));
      WebElement changes = browser.visible(By.cssSelector("[data-process-key='rapid-review'] table.case-review-changes"));
      assertThat(changes.getText()).contains("Child's pseudonym").contains("Start: Rapid review")
          .doesNotContain("childPseudonym").doesNotContain("nrOfInstances").doesNotContain("loopCounter");
      browser.scrollTo(signOff);
      browser.screenshot("38-business-unit-running-case-timeline");
    }
  }

  /** The height of the plugin's page: Cockpit scrolls it inside its own view. */
  private static long pageHeight(Browser browser) {
    return ((Number) browser.driver().executeScript(
        "return Math.max(document.documentElement.scrollHeight, document.querySelector('.case-review').scrollHeight);"))
        .longValue();
  }

  /** The page as a laptop (1280 px) and a desktop monitor (1920 px) show it. */
  private static void screenshotsAtWidths(Browser browser, String name) {
    Dimension before = browser.driver().manage().window().getSize();
    for (int width : new int[] {1280, 1920}) {
      browser.driver().manage().window().setSize(new Dimension(width, 1000));
      browser.screenshot(name + "-" + width);
    }
    browser.driver().manage().window().setSize(before);
  }
}
