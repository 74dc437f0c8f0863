package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.Browser.formField;
import static uk.safeguarding.casereview.support.CaseDriver.caseLabels;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The statutory rules as people meet them in Tasklist: an LCSPR is not offered "Nothing" to publish, a delay
 * told to the Panel names a date after the target, and recording the national report while a contribution is
 * due asks what became of it. Each case is brought to its step with the engine's modification API (the steps
 * before have their own tests). Screenshots in target/screenshots.
 */
@WebIntegrationTest
class StatutoryRulesBrowserIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  private ProcessInstance startAt(String processKey, String reference, Map<String, Object> variables,
                                  String... activityIds) {
    var instantiation = runtimeService.createProcessInstanceByKey(processKey).businessKey(reference)
        .setVariables(variables);
    for (String activityId : activityIds) {
      instantiation.startBeforeActivity(activityId);
    }
    return instantiation.execute();
  }

  /** Opens the case's task from "My groups' tasks" and claims it. */
  private static void openTask(Browser browser, String reference, String taskName) {
    browser.click(By.partialLinkText("My groups' tasks"));
    browser.waitForText(By.cssSelector("[cam-tasks]"), reference);
    browser.click(By.xpath("//*[@cam-tasks]//li[contains(., '" + reference + "')]//a[contains(., '" + taskName
        + "')]"));
    browser.waitForText(By.cssSelector("[cam-tasklist-task]"), reference);
    browser.click(By.cssSelector("[ng-click='claim()']"));
  }

  /** The text of a form field (its label, description and choices) by its component id. */
  private static String fieldText(Browser browser, String componentId) {
    return browser.visible(By.xpath("//*[contains(@class,'fjs-form-field ') and .//*[contains(@id,'-"
        + componentId + "')]]")).getText();
  }

  @Test
  void an_lcspr_is_not_offered_nothing_to_publish_and_a_learning_review_is() {
    Map<String, Object> lcspr = caseLabels("CR-2026-7711", "Child Hazel");
    lcspr.put(CaseVariables.REVIEW_DECISION, "lcspr");
    startAt(ProcessKeys.PUBLICATION, "CR-2026-7711", lcspr, "Task_DecideWhatToPublish");
    Map<String, Object> learning = caseLabels("CR-2026-7712", "Child Rowan");
    learning.put(CaseVariables.REVIEW_DECISION, "learning-review");
    startAt(ProcessKeys.PUBLICATION, "CR-2026-7712", learning, "Task_DecideWhatToPublish");

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "chair", "chair");
      openTask(browser, "CR-2026-7711", "Decide what to publish");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "An LCSPR is always published");
      String choices = fieldText(browser, "Field_PublicationType");
      assertThat(choices).contains("The full report", "The improvements to be made, not the report")
          .doesNotContain("Nothing");
      assertThat(browser.all(formField("Field_PublicationType-2"))).isEmpty();
      browser.screenshot("71-lcspr-publication-choices");

      openTask(browser, "CR-2026-7712", "Decide what to publish");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "learning review report");
      assertThat(fieldText(browser, "Field_PublicationType")).contains("The full report",
          "The improvements to be made, not the report", "Nothing: the learning review stays unpublished");
      assertThat(browser.pageText()).doesNotContain("An LCSPR is always published");
      browser.screenshot("72-learning-review-publication-choices");
    }
  }

  @Test
  void a_delay_told_to_the_panel_needs_a_date_after_the_lcspr_target() {
    LocalDate today = LocalDate.now(LONDON);
    LocalDate target = today.plusDays(40);
    Map<String, Object> variables = caseLabels("CR-2026-7713", "Child Sorrel");
    variables.put(CaseVariables.REVIEW_DECISION, "lcspr");
    variables.put(CaseVariables.REVIEW_DECISION_DATE, target.minusMonths(6).toString());
    variables.put(CaseVariables.LCSPR_TARGET_DATE, target.toString());
    variables.put(CaseVariables.TARGET_OUTLOOK, "will-be-late");
    ProcessInstance review = startAt(ProcessKeys.LOCAL_REVIEW, "CR-2026-7713", variables,
        "Task_TellPanelOfExpectedDelay");

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "business", "business");
      openTask(browser, "CR-2026-7713", "Tell the Panel about the delay");
      assertThat(fieldText(browser, "Field_RevisedPublicationDate"))
          .contains("After the LCSPR target of " + UK_DATE.format(target) + ", and after today.");
      browser.typeDate("Field_PanelToldOfDelayOn", today);
      // after today, so the browser lets it through; before the target, so it is no delay
      browser.typeDate("Field_RevisedPublicationDate", target.minusDays(5));
      browser.type(formField("Field_DelayReasons"), "The criminal trial has been moved to the spring.");
      browser.completeTask();
      browser.waitForText(By.tagName("body"), "\"Expected publication date now\" must be"
          + " after the LCSPR target (" + DateChecks.uk(target) + ")");
      browser.screenshot("73-delay-before-the-target-refused");
      assertThat(runtimeService.getVariable(review.getId(), "revisedPublicationDate")).isNull();

      browser.dismissNotifications();
      browser.typeDate("Field_RevisedPublicationDate", target.plusMonths(2));
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
    }
    // the review's only path here was the delay: it ends with it
    SmtpServer.await("the delay recorded", Duration.ofSeconds(30), () -> historyService
        .createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName("revisedPublicationDate").list().stream()
        .anyMatch(variable -> target.plusMonths(2).toString().equals(variable.getValue())));
  }

  @Test
  void recording_the_national_report_asks_about_a_contribution_still_due_and_only_then() {
    LocalDate today = LocalDate.now(LONDON);
    startAt(ProcessKeys.NATIONAL_REVIEW, "CR-2026-7714", caseLabels("CR-2026-7714", "Child Linden"),
        "Task_RecordNationalReport");
    Map<String, Object> due = caseLabels("CR-2026-7715", "Child Juniper");
    due.put("requestSummary", "The Panel asks for the agencies' chronologies.");
    due.put("requestReceivedOn", today.minusDays(3).toString());
    due.put("contributionDueOn", today.plusDays(10).toString());
    ProcessInstance withContribution = startAt(ProcessKeys.NATIONAL_REVIEW, "CR-2026-7715", due,
        "Task_SendContribution", "Task_RecordNationalReport");

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "business", "business");
      openTask(browser, "CR-2026-7714", "Record the national report");
      browser.visible(formField("Field_NationalReportLink"));
      assertThat(browser.pageText()).doesNotContain("A contribution is still due");
      assertThat(browser.all(formField("Field_OutstandingContribution-0"))).isEmpty();
      browser.screenshot("74-national-report-nothing-due");

      openTask(browser, "CR-2026-7715", "Record the national report");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "A contribution is still due.");
      assertThat(browser.pageText()).contains("It is due by " + UK_DATE.format(today.plusDays(10)));
      browser.typeDate("Field_NationalReportPublishedOn", today);
      browser.type(formField("Field_NationalReportLink"), "https://documents.partnership.example.org/national/r");
      browser.type(formField("Field_Recommendation_0"), "Share information about missed appointments.");
      browser.type(formField("Field_Actions_0"), "Add the GP to the daily list and audit it in three months.");
      browser.choose("Field_OwningAgency_0", "Health (Integrated Care Board)");
      browser.choose("Field_StrategicLead_0", "Integrated Care Board");
      browser.typeDate("Field_DueOn_0", today.plusMonths(4));
      // the form will not complete until the business unit says what became of the contribution
      browser.completeTask();
      WebElement question = browser.visible(By.xpath("//*[contains(@class,'fjs-form-field ') and"
          + " .//*[contains(@id,'-Field_OutstandingContribution-0')]]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Please choose an answer.");
      assertThat(question.getText()).contains("The contribution still due",
          "Withdrawn: the Panel no longer needs it", "Overtaken: the report was published before it was sent");
      browser.scrollTo(question);
      browser.screenshot("75-national-report-asks-about-the-contribution-due");

      browser.click(formField("Field_OutstandingContribution-0"));
      browser.type(formField("Field_OutstandingContributionReason"),
          "The Panel wrote that the chronologies it holds are enough.");
      browser.dismissNotifications();
      browser.screenshot("76-contribution-withdrawn-with-its-reason");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
    }
    SmtpServer.await("the national review ended", Duration.ofSeconds(30), () -> historyService
        .createHistoricProcessInstanceQuery().processInstanceId(withContribution.getId()).finished().count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(withContribution.getId())
        .variableName(CaseVariables.OUTSTANDING_CONTRIBUTION).singleResult().getValue()).isEqualTo("withdrawn");
  }
}
