package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.Browser.formField;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
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
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * What the forms carry forward, seen in Tasklist: a day 1 made late by a late-recorded notification says so,
 * the rapid review meeting sees each agency's brief facts, the reviewer starts from the rapid review's key
 * practice episodes, the learning event's invitation starts with the terms of reference's agencies; and a
 * single-agency audit from the agency's finding to the group's decision on its learning. The earlier steps
 * run through the engine. Screenshots in target/screenshots/carried-*.png.
 */
@WebIntegrationTest
class CarriedForwardBrowserIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;

  private Browser tasklist(String user) {
    Browser browser = Browser.open(port);
    browser.login("tasklist", user, user);
    return browser;
  }

  private static void openTask(Browser browser, String reference, String name) {
    browser.click(By.partialLinkText("My groups' tasks"));
    browser.waitForText(By.cssSelector("[cam-tasks]"), reference);
    browser.click(By.xpath("//*[@cam-tasks]//a[contains(., \"" + name + "\")]"));
    browser.waitForText(By.cssSelector("[cam-tasklist-task]"), reference);
  }

  @Test
  void a_serious_incident_carries_what_is_known_from_the_rapid_review_to_the_learning_event() {
    LocalDate today = LocalDate.now(LONDON);
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures.startForm(
        "Child Shrike", today.minusDays(12).toString(), today.minusDays(13).toString())).getBusinessKey();
    // the notification went to the Panel ten days ago and is recorded only today
    cases.complete("notifier", reference, "Task_RecordPanelNotification", form(
        CaseVariables.PANEL_NOTIFICATION_DATE, today.minusDays(10).toString(), CaseVariables.PANEL_REFERENCE, "NOT-1"));

    try (Browser browser = tasklist("business")) {
      openTask(browser, reference, "Name the agencies involved");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Late before it reached you.");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "so this step was late before it reached the"
          + " business unit");
      browser.screenshot("carried-01-day-one-late-because-the-notification-was");
    }
    cases.complete("business", reference, "Task_NameInvolvedAgencies", ReviewForms.involvedAgencies("police",
        "health"));
    cases.complete("lead.police", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-police"),
        ReviewForms.agencySummary("ongoing"));
    cases.complete("lead.health", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-health"),
        ReviewForms.agencySummary("limited"));

    try (Browser browser = tasklist("member")) {
      openTask(browser, reference, "Hold the rapid review meeting");
      WebElement table = browser.visible(By.cssSelector(".fjs-form-field-table"));
      browser.scrollTo(table);
      assertThat(table.getText()).contains("Brief facts", "Health visiting contacts in 2025 and 2026");
      browser.screenshot("carried-02-meeting-sees-each-agencys-brief-facts");
    }
    cases.complete("member", reference, "Task_HoldRapidReviewMeeting", ReviewForms.meeting(today.toString(),
        "guidanceSingleAgencyConcern"));
    RapidReviewWalk.decideAndSend(cases, reference, today.toString(), "learning-review", "agree");
    LocalReviewWalk.toChronologies(cases, reference, false, "police", "health");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "police", "health");

    try (Browser browser = tasklist("member")) {
      openTask(browser, reference, "Identify the key practice episodes");
      browser.click(By.cssSelector("[ng-click='claim()']"));
      assertThat(browser.visible(formField("Field_KeyPracticeEpisodes")).getAttribute("value"))
          .isEqualTo(ReviewForms.meeting(today.toString()).get("keyPracticeEpisodes"));
      browser.screenshot("carried-03-reviewer-starts-from-the-rapid-reviews-episodes");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
    }
    try (Browser browser = tasklist("business")) {
      openTask(browser, reference, "Plan the practitioner learning event");
      browser.visible(formField("Field_InvitedAgencies-0"));
      assertThat(browser.all(By.cssSelector("[id*='-Field_InvitedAgencies-']")).stream()
          .filter(WebElement::isSelected).map(box -> box.getAttribute("id").replaceAll(".*-", "")).toList())
          .as("police and health ticked, in the configured order").containsExactly("1", "2");
      browser.screenshot("carried-04-invitation-starts-with-the-terms-agencies");
    }
  }

  @Test
  void an_agency_records_its_audit_and_the_group_decides_what_the_partnership_does_with_its_learning() {
    LocalDate today = LocalDate.now(LONDON);
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    String reference = cases.startByForm("referrer", ProcessKeys.CASE_REFERRAL, ReviewForms.referral())
        .getBusinessKey();
    cases.complete("member", reference, "Task_ScreenReferral", form("screeningOutcome", "audit",
        "learningThemes", ReviewForms.themes("neglect"),
        "screeningRationale", "One school's attendance follow-up.", "reviewingAgency", "education",
        "agencyReviewDueOn", today.plusDays(20).toString()));

    try (Browser browser = tasklist("lead.education")) {
      openTask(browser, reference, "Carry out the single-agency review or audit");
      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.typeDate("Field_AgencyReviewCompletedOn", today);
      browser.type(formField("Field_AgencyReviewFindings"), "Attendance follow-up stopped after two days.");
      browser.type(formField("Field_AgencyReviewLink"), "https://documents.partnership.example.org/audits/7");
      browser.type(formField("Field_AgencyReviewVersion"), "1.0");
      browser.click(formField("Field_LearningForPartnership-0"));
      browser.type(formField("Field_AgencyLearning"), "Schools do not tell the health visitor about absence.");
      browser.screenshot("carried-05-agency-records-its-audit");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
    }
    cases.awaitIdle(reference);
    try (Browser browser = tasklist("member")) {
      openTask(browser, reference, "Consider the agency's learning");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Education completed its audit");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Schools do not tell the health visitor");
      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.click(formField("Field_AgencyLearningDecision-0"));
      browser.type(formField("Field_AgencyLearningNote"), "A 7 minute briefing for every school.");
      browser.screenshot("carried-06-group-considers-the-agencys-learning");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
    }
    cases.awaitIdle(reference);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.CASE_REFERRAL).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_AgencyReviewCompleted");
  }
}
