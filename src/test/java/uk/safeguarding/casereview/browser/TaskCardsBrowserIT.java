package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import uk.safeguarding.casereview.support.LocalReviewForms;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Task cards in Tasklist after the user test of issue 12 (items 6 and 7): one card per agency names its agency,
 * the soonest due comes first, an overdue task shows red, Camunda's priority "50" is gone; after Start the
 * person is told the new case's reference and a referrer finds their referral under "My referrals".
 */
@WebIntegrationTest
class TaskCardsBrowserIT {

  /** #c62828 as Selenium reports a colour, and as the page's own getComputedStyle does. */
  private static final String RED = "rgba(198, 40, 40, 1)";
  private static final String RED_IN_PAGE = "rgb(198, 40, 40)";
  private static final AtomicInteger NUMBERS = new AtomicInteger(7100);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  /** Three agencies' chronologies of one case, each sent in and waiting for the business unit's check. */
  private String threeChronologiesToCheck(String pseudonym) {
    String reference = "CR-2026-" + NUMBERS.incrementAndGet();
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    for (String agency : List.of("police", "health", "education")) {
      Map<String, Object> variables = new HashMap<>(CaseDriver.caseLabels(reference, pseudonym));
      variables.putAll(Map.of(CaseVariables.AGENCY_ID, agency, "scopeFrom", "2025-01-01", "scopeTo", "2026-10-31",
          "keyLinesOfEnquiry", "Missed appointments."));
      runtimeService.startProcessInstanceByKey(ProcessKeys.CHRONOLOGY_REQUEST, reference, variables);
      Task submit = await(cases, reference, "Task_SubmitChronology", 1).get(0);
      cases.complete("lead." + agency, submit, LocalReviewForms.chronology(today));
      await(cases, reference, "Task_CheckChronology", List.of("police", "health", "education").indexOf(agency) + 1);
    }
    return reference;
  }

  private static List<Task> await(CaseDriver cases, String reference, String taskKey, int count) {
    SmtpServer.await(count + " x " + taskKey + " in " + reference, Duration.ofSeconds(30),
        () -> cases.tasks(reference, taskKey).size() == count);
    return cases.tasks(reference, taskKey);
  }

  private void setDue(String reference, String agencyName, Date due) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskName("Check the chronology: " + agencyName).singleResult();
    taskService.setDueDate(task.getId(), due);
  }

  /** The cards of the case in list order: name, text, due date colour, left edge colour, priority shown. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cardsOf(Browser browser, String reference) {
    return (List<Map<String, Object>>) browser.driver().executeScript("""
        return Array.from(document.querySelectorAll('.tasks-list li.task'))
          .filter(card => card.innerText.includes(arguments[0]))
          .map(card => ({
            name: card.querySelector('h4.task').innerText.trim(),
            text: card.innerText,
            dueColour: getComputedStyle(card.querySelector('.due-date')).color,
            edgeColour: getComputedStyle(card).borderLeftColor,
            priorityShown: !!card.querySelector('.priority') && card.querySelector('.priority').offsetParent !== null
          }));""", reference);
  }

  private static String colourOf(WebElement element) {
    return element.getCssValue("color");
  }

  @Test
  void three_agencies_cards_name_their_agency_come_soonest_first_and_the_overdue_one_is_red() {
    String reference = threeChronologiesToCheck("Child Dunnock");
    // all three came today and are due by the same target; the checks are spread out here so that the order
    // and the overdue colour show: the police's was due yesterday, education's is due in three weeks
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    setDue(reference, "Exampleshire Police", Date.from(today.minusDays(1).atTime(23, 59, 59)
        .atZone(ZoneId.of("Europe/London")).toInstant()));
    setDue(reference, "Education", Date.from(today.plusDays(21).atTime(23, 59, 59)
        .atZone(ZoneId.of("Europe/London")).toInstant()));

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "business", "business");
      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), reference);
      browser.waitForText(By.cssSelector("[cam-tasks]"), "Check the chronology: Education");
      assertThat(browser.driver().getCurrentUrl()).as("sorted by due date unless the person chooses otherwise")
          .contains("dueDate");
      browser.screenshot("60-three-agencies-chronology-cards");

      // read in one go: Tasklist refreshes the list now and then, which would leave found elements stale
      List<Map<String, Object>> cards = cardsOf(browser, reference);
      assertThat(cards).extracting(card -> card.get("name")).containsExactly(
          "Check the chronology: Exampleshire Police", "Check the chronology: Health (Integrated Care Board)",
          "Check the chronology: Education");
      assertThat(cards.get(0)).containsEntry("dueColour", RED_IN_PAGE).containsEntry("edgeColour", RED_IN_PAGE);
      assertThat(cards.get(1).get("dueColour")).isNotEqualTo(RED_IN_PAGE);
      assertThat(cards.get(2).get("dueColour")).isNotEqualTo(RED_IN_PAGE);
      // Camunda's priority, 50 on every task, is not shown
      assertThat(cards).allSatisfy(card -> assertThat(card).containsEntry("priorityShown", false)
          .extractingByKey("text").asString().doesNotContainPattern("(?m)^\\s*50\\s*$"));

      // the card's own line for the agency, after the case and the pseudonym when the card is opened out
      browser.click(By.xpath("//li[contains(@class,'task') and .//h4[contains(., 'Health (Integrated Care Board)')]"
          + " and contains(., '" + reference + "')]//*[contains(@class,'shutter')]"));
      browser.waitForText(By.cssSelector(".tasks-list li.task .task-card-details.expanded"), "Agency");
      assertThat(cardsOf(browser, reference).get(1).get("text").toString())
          .contains("Agency:\nHealth (Integrated Care Board)").contains("Child Dunnock");

      browser.click(By.xpath("//li[contains(@class,'task') and contains(., '" + reference + "')]"
          + "//h4/a[contains(., 'Exampleshire Police')]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Check the chronology: Exampleshire Police");
      WebElement headerDue = browser.visible(By.cssSelector("[cam-tasklist-task-meta] .due-date"));
      assertThat(colourOf(headerDue)).isEqualTo(RED);
      browser.visible(By.cssSelector(".fjs-form"));
      browser.screenshot("61-overdue-task-header-in-red");
    }
  }

  @Test
  void after_start_the_referrer_is_told_the_reference_and_finds_the_referral_under_my_referrals() {
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "referrer", "referrer");
      browser.click(By.xpath("//a[contains(., 'Start process')]"));
      browser.click(By.xpath("//*[contains(@ng-click,'selectProcessDefinition') and contains(., 'referral')]"));
      Map<String, Object> referral = ReviewForms.referral();
      for (String[] field : new String[][] {{"Field_ReferrerName", "referrerName"},
          {"Field_ReferrerRole", "referrerRole"}, {"Field_ReferrerAgency", "referrerAgency"},
          {"Field_ReferrerEmail", "referrerEmail"}, {"Field_SafeguardingLeadName", "safeguardingLeadName"},
          {"Field_WhatHappened", "whatHappened"}, {"Field_WhyLearning", "whyLearning"}}) {
        browser.type(Browser.formField(field[0]), String.valueOf(referral.get(field[1])));
      }
      browser.type(Browser.formField("Field_ChildPseudonym"), "Child Yellowhammer");
      browser.click(Browser.formField("Field_SafeguardingLeadAgreed"));
      browser.startProcess();

      WebElement told = browser.visible(By.xpath("//*[contains(@class,'alert') and contains(., 'Its reference is')]"));
      String reference = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CASE_REFERRAL)
          .variableValueEquals(CaseVariables.CHILD_PSEUDONYM, "Child Yellowhammer").singleResult().getBusinessKey();
      assertThat(told.getText()).contains("Its reference is " + reference + ".");
      browser.screenshot("62-reference-shown-after-start");

      // the notification sits at the foot of the page, clear of the panel: no need to close it first
      browser.click(By.cssSelector("a.case-review-my-referrals"));
      WebElement panel = browser.visible(By.cssSelector(".case-review-referrals table"));
      browser.waitForText(By.cssSelector(".case-review-referrals"), reference);
      assertThat(panel.getText()).contains(reference).contains("Child Yellowhammer")
          .contains("Being screened by the review group")
          .doesNotContain(String.valueOf(referral.get("whatHappened")));
      browser.screenshot("63-my-referrals");
    }
  }
}
