package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.Browser.formField;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The LA notifier records a looked-after child's death without suspicion of abuse or neglect in Tasklist,
 * tells the other area and the Secretary of State and Ofsted; later records the serious incident it became,
 * naming its reference (the child's details are not asked again); the auditor sees the two cases linked in
 * Cockpit. Screenshots in target/screenshots/notifiable-death-*.png.
 */
@WebIntegrationTest
class NotifiableDeathBrowserIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  private static void startDialog(Browser browser, String processName) {
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//*[contains(@ng-click,'selectProcessDefinition') and contains(., '" + processName
        + "')]"));
  }

  private static void openTask(Browser browser, String name) {
    browser.click(By.partialLinkText("My groups' tasks"));
    browser.click(By.xpath("//a[contains(., \"" + name + "\")]"));
    browser.click(By.cssSelector("[ng-click='claim()']"));
  }

  @Test
  void a_notifiable_death_is_recorded_told_and_later_becomes_a_serious_incident_in_tasklist() {
    LocalDate today = LocalDate.now(LONDON);
    String deathReference;
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "notifier", "notifier");
      startDialog(browser, "Notifiable death");
      browser.visible(formField("Field_ChildPseudonym"));
      assertThat(browser.all(formField("Field_OtherArea"))).isEmpty();
      browser.screenshot("notifiable-death-01-start-form");
      browser.type(formField("Field_ChildPseudonym"), "Child Nightjar");
      browser.type(formField("Field_LocalAuthorityArea"), "Exampleshire Council");
      browser.typeDate("Field_AwarenessDate", today.minusDays(1));
      browser.typeDate("Field_IncidentDate", today.minusDays(2));
      browser.click(formField("Field_LookedAfterStatus-0"));
      browser.click(formField("Field_AbuseOrNeglect-0"));
      browser.click(formField("Field_OtherAreaConnection-2"));
      browser.type(formField("Field_OtherArea"), "Otherborough Council");
      browser.type(formField("Field_IncidentSummary"), "Died in hospital after a short illness.");
      browser.screenshot("notifiable-death-02-start-form-filled");
      browser.startProcess();
      browser.waitForText(By.tagName("body"), "The process has been started.");
      browser.dismissNotifications();
      ProcessInstance death = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.NOTIFIABLE_DEATH)
          .variableValueEquals(CaseVariables.CHILD_PSEUDONYM, "Child Nightjar").singleResult();
      deathReference = death.getBusinessKey();

      openTask(browser, "Tell the other area's safeguarding partners");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "was placed in Otherborough Council");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "safeguarding-partnership@otherborough.example.org");
      assertThat(browser.visible(formField("Field_OtherAreaToldHow")).getAttribute("value"))
          .contains("by email to safeguarding-partnership@otherborough.example.org");
      browser.typeDate("Field_OtherAreaToldOn", today);
      browser.screenshot("notifiable-death-03-tell-the-other-area");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));

      openTask(browser, "Notify the Secretary of State and Ofsted");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), deathReference + " – Child Nightjar");
      browser.typeDate("Field_SecretaryOfStateNotifiedOn", today);
      browser.typeDate("Field_OfstedNotifiedOn", today);
      browser.screenshot("notifiable-death-04-secretary-of-state-and-ofsted");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(deathReference).count())
          .isZero();

      // abuse or neglect comes to be suspected: the serious incident names the death and asks only what is new
      startDialog(browser, "Serious incident");
      browser.visible(formField("Field_ChildPseudonym"));
      browser.type(formField("Field_NotifiableDeathReference"), deathReference);
      browser.driver().findElement(By.tagName("body")).click();
      assertThat(browser.all(formField("Field_ChildPseudonym"))).isEmpty();
      assertThat(browser.all(formField("Field_IncidentDate-date"))).isEmpty();
      browser.typeDate("Field_AwarenessDate", today);
      browser.click(formField("Field_AbuseOrNeglect-1"));
      browser.type(formField("Field_IncidentSummary"), "The post-mortem raises a concern of abuse.");
      browser.screenshot("notifiable-death-05-serious-incident-from-it");
      browser.startProcess();
      browser.waitForText(By.tagName("body"), "The process has been started.");
    }

    ProcessInstance incident = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).rootProcessInstances()
        .variableValueEquals(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, deathReference).singleResult();
    // the case's own copy and the task card's label both carry the pseudonym taken from the death's case
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName(CaseVariables.CHILD_PSEUDONYM).list()).isNotEmpty()
        .allMatch(variable -> "Child Nightjar".equals(variable.getValue()));

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "auditor", "auditor");
      browser.click(By.cssSelector("a.case-review-nav-link"));
      browser.type(By.id("case-review-search-input"), deathReference);
      browser.click(By.cssSelector(".case-review-search-button"));
      browser.click(By.linkText(deathReference));
      browser.waitForText(By.cssSelector(".case-review-case-header"),
          "Became this serious incident: " + incident.getBusinessKey());
      browser.screenshot("notifiable-death-06-auditor-sees-the-link");
      browser.click(By.cssSelector(".case-review-linked-cases a"));
      browser.waitForText(By.cssSelector(".case-review-case-header"),
          "Began as this notifiable death: " + deathReference);
    }
  }
}
