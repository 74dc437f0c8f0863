package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * What people click: the LA notifier records a serious incident and the Panel notification in Tasklist; the
 * auditor reads the process in Cockpit; an agency lead is kept out of Cockpit. Screenshots of every step are
 * in target/screenshots.
 */
@WebIntegrationTest
class TasklistAndCockpitBrowserIT {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngine engine;

  private static By field(String componentId) {
    return Browser.formField(componentId);
  }

  @Test
  void the_la_notifier_records_a_serious_incident_and_the_panel_notification_in_tasklist() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "notifier", "notifier");
      browser.visible(By.partialLinkText("My groups' tasks"));

      browser.click(By.xpath("//a[contains(., 'Start process')]"));
      browser.click(By.xpath("//*[contains(@ng-click,'selectProcessDefinition') and contains(., 'Serious incident')]"));
      // Start on an empty form: the form says in place what is missing, and nothing starts
      browser.visible(field("Field_ChildPseudonym"));
      long casesBefore = historyService.createHistoricProcessInstanceQuery().count();
      browser.startProcess();
      browser.visible(By.xpath("//*[contains(@class,'fjs-form-field') and .//input[contains(@id,'-Field_ChildPseudonym')]]"
          + "//*[contains(@class,'fjs-form-field-error')]"));
      browser.screenshot("00-start-form-says-what-is-missing");
      assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
      browser.dismissNotifications();
      browser.type(field("Field_ChildPseudonym"), "Child Scarlet");
      browser.type(field("Field_LocalAuthorityArea"), "Exampleshire Council");
      browser.typeDate("Field_AwarenessDate", today.plusDays(1));
      browser.typeDate("Field_IncidentDate", today.minusDays(3));
      browser.click(field("Field_IncidentType-1"));
      browser.click(field("Field_AbuseOrNeglect-1"));
      browser.type(field("Field_IncidentSummary"), "Admitted to hospital with injuries not explained.");
      browser.screenshot("01-start-form-filled-with-a-future-date");

      // the browser accepts a date in the future; the server does not, and Tasklist says why
      browser.startProcess();
      WebElement refusal = browser.visible(By.xpath(
          "//*[contains(@class,'alert') and contains(., 'must not be in the future')]"));
      assertThat(refusal.getText()).contains("\"Date the local authority became aware\" must not be in the future")
          .doesNotContain("(awarenessDate)");
      browser.scrollTo(refusal);
      browser.screenshot("02-start-refused-by-the-server");
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("serious-incident")
          .variableValueEquals("childPseudonym", "Child Scarlet").count()).isZero();

      browser.typeDate("Field_AwarenessDate", today.minusDays(2));
      browser.startProcess();
      // "could not be started" was shown before; this waits for the success message itself
      browser.waitForText(By.tagName("body"), "The process has been started.");
      browser.screenshot("03-case-started");

      String caseReference = runtimeService.createProcessInstanceQuery().processDefinitionKey("serious-incident")
          .variableValueEquals("childPseudonym", "Child Scarlet").singleResult().getBusinessKey();
      browser.click(By.partialLinkText("My groups' tasks"));
      // the task's card shows which case it belongs to
      browser.waitForText(By.cssSelector("[cam-tasks]"), caseReference);
      browser.waitForText(By.cssSelector("[cam-tasks]"), "Child Scarlet");
      browser.click(By.xpath("//a[contains(., 'Record the Panel notification')]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), caseReference + " – Child Scarlet");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "became aware on " + UK.format(today.minusDays(2)));
      assertThat(browser.visible(By.cssSelector(".due-date")).getText()).isNotBlank();
      browser.screenshot("04-task-with-its-due-date");

      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.typeDate("Field_PanelNotificationDate", today.minusDays(1));
      browser.type(field("Field_PanelReference"), "NOT-2026-0042");
      browser.screenshot("05-notification-recorded");
      browser.click(By.cssSelector("[ng-click='complete()']"));
      browser.visible(By.cssSelector(".no-task"));
      browser.screenshot("06-task-completed");
    }

    HistoricProcessInstance incident = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("serious-incident").variableValueEquals("childPseudonym", "Child Scarlet").singleResult();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId("Task_RecordPanelNotification").finished().count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName(CaseVariables.PANEL_REFERENCE).singleResult().getValue()).isEqualTo("NOT-2026-0042");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName(CaseVariables.AWARENESS_DATE).singleResult().getValue())
        .isEqualTo(today.minusDays(2).toString());
    // the rapid review has begun for the business unit
    awaitTask(CaseDriver.besideJobExecutor(engine), incident.getBusinessKey(), "Task_NameInvolvedAgencies");
  }

  /** A case brought to its rapid review meeting through the engine, as the earlier steps' users would. */
  private String caseAtTheMeeting(LocalDate today) {
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    String reference = cases.startByForm("notifier", "serious-incident", SeriousIncidentFixtures.startForm(
        "Child Lark", today.minusDays(3).toString(), today.minusDays(4).toString())).getBusinessKey();
    cases.complete("notifier", awaitTask(cases, reference, "Task_RecordPanelNotification"),
        CaseDriver.form("panelNotificationDate", today.toString(), "panelReference", "NOT-99"));
    cases.complete("business", awaitTask(cases, reference, "Task_NameInvolvedAgencies"),
        ReviewForms.involvedAgencies("police", "health"));
    cases.complete("lead.police", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-police"),
        ReviewForms.agencySummary("ongoing"));
    cases.complete("lead.health", cases.taskFor(reference, "Task_SubmitAgencySummary", "agency-health"),
        ReviewForms.agencySummary("limited"));
    awaitTask(cases, reference, "Task_HoldRapidReviewMeeting");
    return reference;
  }

  /** The job executor runs the asynchronous steps here, so the test waits for the task to appear. */
  private static Task awaitTask(CaseDriver cases, String reference, String taskKey) {
    SmtpServer.await(taskKey + " in " + reference, Duration.ofSeconds(30),
        () -> cases.tasks(reference, taskKey).size() == 1);
    return cases.task(reference, taskKey);
  }

  @Test
  void a_committee_member_records_the_rapid_review_meeting_in_tasklist() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    String reference = caseAtTheMeeting(today);
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "member", "member");
      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), reference);
      browser.click(By.xpath("//a[contains(., 'Hold the rapid review meeting')]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "What the agencies returned");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Exampleshire Police");
      browser.screenshot("11-rapid-review-meeting-form");

      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.typeDate("Field_MeetingDate", today);
      browser.type(field("Field_KeyFacts"), "The child was admitted to hospital with injuries not explained.");
      browser.type(field("Field_KeyPracticeEpisodes"), "Missed appointments were not followed up.");
      browser.type(field("Field_ImmediateSafetyActions"), "A strategy meeting for the siblings.");
      browser.type(field("Field_FamilyContext"), "The family's first language was considered.");
      browser.click(field("Field_CriterionAgenciesWorkingTogether"));
      browser.click(field("Field_LearningIdentified"));
      browser.screenshot("12-rapid-review-meeting-filled");
      browser.click(By.cssSelector("[ng-click='complete()']"));
      browser.visible(By.cssSelector(".no-task"));
      browser.screenshot("13-rapid-review-meeting-completed");
    }

    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    Task decide = awaitTask(cases, reference, "Task_DecideOnReview");
    assertThat(cases.variable(decide, "recommendedReviewType")).isEqualTo("lcspr");
    assertThat(cases.variable(decide, "keyPracticeEpisodes")).isEqualTo("Missed appointments were not followed up.");
    assertThat(cases.variable(decide, "criterionAgenciesWorkingTogether")).isEqualTo(true);
    assertThat(cases.variable(decide, "criterionImprovementsNeeded")).isEqualTo(false);
  }

  @Test
  void the_auditor_sees_the_serious_incident_process_in_cockpit() {
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "auditor", "auditor");
      browser.visible(By.cssSelector("[cam-widget-header]"));
      browser.go("/camunda/app/cockpit/default/#/processes");
      browser.waitForText(By.tagName("body"), "Serious incident");
      browser.screenshot("07-auditor-cockpit-processes");
      browser.click(By.linkText("Serious incident"));
      browser.visible(By.cssSelector("[cam-widget-bpmn-viewer], .bjs-container"));
      browser.waitForText(By.tagName("body"), "Record the Panel notification");
      browser.screenshot("08-auditor-cockpit-diagram");
    }
  }

  @Test
  void an_agency_lead_works_in_tasklist_but_is_kept_out_of_cockpit() {
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "lead.police", "lead.police");
      // told who Cockpit is for and where their own work is (AppsAndBrandingBrowserIT), not "wrong credentials"
      browser.waitForText(By.tagName("body"),
          "Cockpit is for the business unit and auditors; your tasks are in Tasklist.");
      assertThat(browser.all(By.cssSelector("form[name='signinForm']"))).isNotEmpty();
      browser.screenshot("09-agency-lead-refused-by-cockpit");

      browser.login("tasklist", "lead.police", "lead.police");
      browser.visible(By.partialLinkText("My groups' tasks"));
      browser.screenshot("10-agency-lead-tasklist");
    }
  }
}
