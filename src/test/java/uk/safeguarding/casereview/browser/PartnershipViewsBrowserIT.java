package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Accessibility;
import uk.safeguarding.casereview.support.ActionPlanForms;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The case board and the recommendations tracker as people see them: a committee member in Tasklist reads the
 * board and filters every agency's recommendations, coloured overdue / due soon / later; a police lead sees the
 * police's recommendations only and no board; the business manager reads both in Cockpit and opens a case from
 * them. Screenshots in target/screenshots.
 */
@WebIntegrationTest
class PartnershipViewsBrowserIT {

  static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
  // made once for the class: the screenshots show these two reviews, not three copies
  private static String lcspr;
  private static String rapid;
  private static String incident;

  private String plan(String pseudonym, String decision, List<String> themes, Object recommendations) {
    String reference = "CR-UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Map<String, Object> variables = new HashMap<>(CaseDriver.caseLabels(reference, pseudonym));
    variables.put(CaseVariables.REVIEW_DECISION, decision);
    variables.put(CaseVariables.LEARNING_THEMES, CaseDriver.json(themes));
    variables.put(CaseVariables.RECOMMENDATIONS, recommendations);
    engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, reference, variables);
    return reference;
  }

  /** An LCSPR's three recommendations, overdue, due soon and later; a rapid review's one, closed on time. */
  @BeforeEach
  void twoReviews() {
    if (lcspr != null) {
      return;
    }
    lcspr = plan("Child Linnet", "lcspr", List.of("neglect", "information-sharing"), ReviewForms.recommendations(
        ReviewForms.recommendation("Follow up every missed health appointment with the family.", "police",
            "partner-police", today.minusDays(10).toString()),
        ReviewForms.recommendation("Share missed appointments with the GP within two days.", "health",
            "partner-icb", today.plusDays(10).toString()),
        ReviewForms.recommendation("Schools record and chase every unexplained absence.", "education",
            "partner-la", today.plusDays(90).toString())));
    rapid = plan("Child Dunnock", "no-further-review", List.of("domestic-abuse"), ReviewForms.recommendations(
        ReviewForms.recommendation("Check the history of every adult in the home at a strategy meeting.", "police",
            "partner-police", today.plusDays(60).toString())));
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    cases.complete("lead.health", cases.taskFor(lcspr, "Task_ReportProgress", "agency-health"),
        ActionPlanForms.progress("amber", today.plusDays(7).toString()));
    cases.complete("lead.police", cases.taskFor(rapid, "Task_ReportProgress", "agency-police"),
        ActionPlanForms.completeWithEvidence(today.toString()));
    cases.complete("chair", rapid, "Task_VerifyEvidence", ActionPlanForms.closed());
    // a serious incident in its rapid review, one agency's summary in of two
    incident = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures.startForm(
        "Child Siskin", today.minusDays(3).toString(), today.minusDays(4).toString())).getBusinessKey();
    cases.complete("notifier", incident, "Task_RecordPanelNotification", CaseDriver.form(
        CaseVariables.PANEL_NOTIFICATION_DATE, today.toString(), CaseVariables.PANEL_REFERENCE, "NOT-UI"));
    cases.complete("business", incident, "Task_NameInvolvedAgencies", ReviewForms.involvedAgencies("police", "health"));
    cases.complete("lead.police", cases.taskFor(incident, "Task_SubmitAgencySummary", "agency-police"),
        ReviewForms.agencySummary("ongoing"));
    // the themes an earlier review of this year was tagged with, as its decision hands them back to the case
    engine.getRuntimeService().setVariable(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(incident).processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult()
        .getId(), CaseVariables.LEARNING_THEMES, CaseDriver.json(List.of("neglect", "parental-mental-health")));
  }

  /** The row of this test's case with that text (a retried test's cases have the same words). */
  private static WebElement rowOf(Browser browser, String reference, String text) {
    return browser.all(By.cssSelector("table.case-review-tracker-table tbody tr")).stream()
        .filter(row -> row.getText().contains(reference) && row.getText().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("No row with " + text));
  }

  @Test
  void a_committee_member_filters_every_agencys_recommendations_in_tasklist() {
    try (Browser browser = Browser.open(port)) {
      browser.resize(1600, 1000);
      browser.login("tasklist", "member", "member");
      browser.click(By.cssSelector("a.case-review-recommendations"));
      browser.waitForText(By.cssSelector("table.case-review-tracker-table"), "Child Linnet");

      WebElement overdue = rowOf(browser, lcspr, "Follow up every missed health appointment");
      assertThat(overdue.getAttribute("class")).contains("case-review-tracker-overdue");
      assertThat(overdue.getText()).contains(lcspr, "LCSPR", "Exampleshire Police", "Overdue", "Not started",
          today.minusDays(10).format(UK_DAY), "Neglect · Information sharing");
      WebElement soon = rowOf(browser, lcspr, "Share missed appointments with the GP");
      assertThat(soon.getAttribute("class")).contains("case-review-tracker-due-soon");
      assertThat(soon.getText()).contains("Due soon", "Amber", today.format(UK_DAY));
      assertThat(rowOf(browser, lcspr, "Schools record and chase").getAttribute("class")).contains("case-review-tracker-later");
      WebElement closed = rowOf(browser, rapid, "Check the history of every adult");
      assertThat(closed.getText()).contains("Closed", "on time", "Complete", "Evidence");
      assertThat(closed.findElement(By.linkText("Evidence")).getAttribute("rel")).contains("noopener");
      Accessibility.assertAccessible(browser, ".case-review-partnership-panel", "the recommendations tracker");
      browser.screenshot("41-review-group-recommendations");

      new Select(browser.visible(By.id("case-review-tracker-overdue"))).selectByVisibleText("Overdue");
      browser.waitForText(By.cssSelector(".case-review-tracker-caption"), "recommendation");
      browser.waitForText(By.cssSelector("table.case-review-tracker-table"), "Child Linnet");
      assertThat(browser.visible(By.cssSelector("table.case-review-tracker-table")).getText())
          .doesNotContain("Child Dunnock", "Share missed appointments");
      new Select(browser.visible(By.id("case-review-tracker-theme"))).selectByVisibleText("Domestic abuse");
      browser.waitForText(By.cssSelector(".case-review-tracker-none, .case-review-tracker-table"), "");
      assertThat(browser.pageText()).doesNotContain("Child Linnet");
      assertThat(browser.visible(By.cssSelector("a.case-review-tracker-xlsx")).getAttribute("href"))
          .contains("export.xlsx?").contains("overdue=true").contains("theme=domestic-abuse");
    }
  }

  @Test
  void a_committee_member_reads_the_case_board_in_tasklist() {
    try (Browser browser = Browser.open(port)) {
      browser.resize(1600, 1000);
      browser.login("tasklist", "member", "member");
      browser.click(By.cssSelector("a.case-review-board"));
      browser.waitForText(By.cssSelector("table.case-review-board-table"), "Child Siskin");
      WebElement row = browser.all(By.cssSelector("table.case-review-board-table tbody tr")).stream()
          .filter(tr -> tr.getText().contains(incident)).findFirst().orElseThrow();
      assertThat(row.getText()).contains("Serious incident", "Rapid review — waiting for agency summaries, 1 of 2 in",
          "working day", "Safeguarding lead");
      browser.waitForText(By.cssSelector(".case-review-themes"), "Learning themes by year");
      assertThat(browser.visible(By.cssSelector(".case-review-themes-table")).getText())
          .contains("Neglect", "Parental mental health", "Reviews tagged");
      Accessibility.assertAccessible(browser, ".case-review-partnership-panel", "the case board");
      browser.screenshot("40-review-group-case-board");

      new Select(browser.visible(By.id("case-review-board-stage"))).selectByVisibleText("Notification");
      browser.waitForText(By.cssSelector(".case-review-board-caption"), "case");
      assertThat(browser.pageText()).doesNotContain("Child Siskin");
    }
  }

  @Test
  void a_police_lead_sees_the_polices_recommendations_only() {
    try (Browser browser = Browser.open(port)) {
      browser.resize(1600, 1000);
      browser.login("tasklist", "lead.police", "lead.police");
      browser.click(By.cssSelector("a.case-review-recommendations"));
      assertThat(browser.all(By.cssSelector("a.case-review-board"))).isEmpty();
      browser.waitForText(By.cssSelector("table.case-review-tracker-table"), "Child Linnet");
      assertThat(browser.visible(By.cssSelector(".case-review-tracker-own")).getText())
          .isEqualTo("Your agency's recommendations: Exampleshire Police.");
      assertThat(browser.all(By.id("case-review-tracker-agency"))).isEmpty();
      assertThat(browser.all(By.cssSelector("table.case-review-tracker-table tbody tr")))
          .allSatisfy(row -> assertThat(row.getText()).contains("Exampleshire Police"));
      assertThat(browser.pageText()).doesNotContain("Share missed appointments", "Schools record and chase");
      browser.screenshot("42-police-lead-recommendations");
    }
  }

  @Test
  void the_business_manager_reads_it_in_cockpit_and_opens_a_case() {
    try (Browser browser = Browser.open(port)) {
      browser.resize(1600, 1000);
      browser.login("cockpit", "business", "business");
      browser.click(By.cssSelector("a.case-review-nav-link"));
      browser.click(By.cssSelector("a.case-review-tab-recommendations"));
      browser.waitForText(By.cssSelector("table.case-review-tracker-table"), "Child Linnet");
      new Select(browser.visible(By.id("case-review-tracker-agency"))).selectByVisibleText("Exampleshire Police");
      browser.waitForText(By.cssSelector("table.case-review-tracker-totals"), "Exampleshire Police");
      assertThat(browser.driver().getCurrentUrl()).contains("tab=recommendations").contains("agency=police");
      assertThat(browser.visible(By.cssSelector("table.case-review-tracker-table")).getText())
          .doesNotContain("Share missed appointments");
      Accessibility.assertAccessible(browser, ".case-review", "the recommendations tab");
      browser.screenshot("43-business-unit-recommendations-in-cockpit");

      browser.click(By.linkText(lcspr));
      browser.waitForText(By.cssSelector(".case-review-case-header"), "Child Linnet");

      browser.go("/camunda/app/cockpit/default/#/case-reviews?tab=board");
      browser.waitForText(By.cssSelector("table.case-review-board-table"), "Child Siskin");
      Accessibility.assertAccessible(browser, ".case-review", "the case board tab");
      browser.screenshot("44-business-unit-case-board-in-cockpit");
      browser.click(By.linkText(incident));
      browser.waitForText(By.cssSelector(".case-review-case-header"), "Child Siskin");
    }
  }
}
