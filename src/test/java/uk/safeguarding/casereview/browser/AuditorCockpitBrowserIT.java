package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ClosedCase;
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
      browser.screenshot("31-auditor-finds-a-case");

      browser.click(By.linkText(reference));
      browser.waitForText(By.cssSelector(".case-review-case-header"), "Child Hazel");
      browser.visible(By.cssSelector("[data-process-key='serious-incident'] .case-review-diagram-svg"));
      WebElement incident = browser.visible(By.cssSelector("[data-process-key='serious-incident']"));
      // the path taken is drawn: the end it reached, the flows into it, and not the review it never called
      assertThat(incident.findElements(By.cssSelector(
          ".case-review-passed[data-element-id='EndEvent_ClosedWithoutActions']"))).hasSize(1);
      assertThat(incident.findElements(By.cssSelector(
          ".case-review-passed[data-element-id='CallActivity_LocalReview']"))).isEmpty();
      assertThat(incident.findElements(By.cssSelector(".case-review-flow.case-review-taken"))).isNotEmpty();
      assertThat(browser.all(By.cssSelector(".case-review-process"))).hasSize(4);
      browser.screenshot("32-auditor-case-history");

      WebElement timeline = incident.findElement(By.cssSelector("table.case-review-timeline"));
      browser.scrollTo(timeline);
      WebElement notification = timeline.findElement(By.xpath(".//tr[td[contains(., 'Record the Panel notification')]]"));
      assertThat(notification.getText()).contains("notifier").contains("late");
      browser.screenshot("33-auditor-case-timeline");

      WebElement rapidReview = browser.visible(By.cssSelector("[data-process-key='rapid-review']"));
      WebElement decisions = rapidReview.findElement(By.cssSelector("table.case-review-decisions"));
      browser.scrollTo(decisions);
      WebElement decided = decisions.findElement(By.xpath(".//tr[td[contains(., 'The group')]]"));
      assertThat(decided.getText()).contains("no-further-review").contains("The group's reasons for its decision.")
          .contains("chair");
      browser.screenshot("34-auditor-rapid-review-decisions");

      browser.click(By.cssSelector(".case-review-back a"));
      browser.click(By.cssSelector(".case-review-tab-timeliness"));
      browser.visible(By.cssSelector("svg.case-review-chart"));
      WebElement late = browser.visible(By.xpath("//table[contains(@class, 'case-review-report')]//tr[td[contains(.,"
          + " '" + reference + "')] and td[contains(., 'Panel notified')]]"));
      assertThat(late.getText()).contains("missed");
      assertThat(browser.visible(By.cssSelector("a.case-review-csv")).getAttribute("href")).contains("timeliness.csv");
      browser.screenshot("35-auditor-timeliness-report");
      browser.scrollTo(late);
      browser.screenshot("36-auditor-timeliness-rows");
    }
  }

  @Test
  void the_business_unit_sees_where_a_running_case_stands() {
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures.startForm(
        "Child Rowan", today.minusDays(1).toString(), today.minusDays(1).toString())).getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        CaseDriver.form(CaseVariables.PANEL_NOTIFICATION_DATE, today.toString(), CaseVariables.PANEL_REFERENCE, "NOT-8"));
    cases.awaitIdle(reference);

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "business", "business");
      browser.click(By.cssSelector("a.case-review-nav-link"));
      browser.type(By.id("case-review-search-input"), reference);
      browser.click(By.cssSelector(".case-review-search-button"));
      browser.waitForText(By.cssSelector("table.case-review-cases"), "Active");
      browser.click(By.linkText(reference));
      WebElement rapidReview = browser.visible(By.cssSelector("[data-process-key='rapid-review']"));
      browser.visible(By.cssSelector("[data-process-key='rapid-review'] .case-review-diagram-svg"));
      // the case waits in its rapid review, for the business unit to name the agencies
      assertThat(rapidReview.findElements(By.cssSelector(
          ".case-review-active[data-element-id='Task_NameInvolvedAgencies']"))).hasSize(1);
      assertThat(browser.all(By.cssSelector(
          "[data-process-key='serious-incident'] .case-review-active[data-element-id='CallActivity_RapidReview']")))
          .hasSize(1);
      assertThat(rapidReview.findElement(By.cssSelector("table.case-review-changes")).getText())
          .contains("childPseudonym").contains("Start: Rapid review");
      browser.scrollTo(rapidReview.findElement(By.cssSelector(".case-review-diagram-bar")));
      browser.screenshot("37-business-unit-running-case");
    }
  }
}
