package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.Browser.formField;
import static uk.safeguarding.casereview.support.CaseDriver.caseLabels;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.Agencies;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;
import uk.safeguarding.casereview.support.CaseDriver;

/**
 * What people click late in a case: the chair records a review's recommendations in Tasklist (a dynamic list
 * with agencies to choose from), and an agency's safeguarding lead reports progress on its recommendation
 * with a RAG status. Screenshots in target/screenshots.
 */
@WebIntegrationTest
class ReviewAndActionPlanBrowserIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Agencies agencies;

  @Test
  void the_chair_records_the_recommendations_of_a_signed_off_review_in_tasklist() {
    LocalDate today = LocalDate.now(LONDON);
    // a review whose report the partners have signed off, brought to that step as the engine's modification
    // API allows (the earlier steps have their own tests)
    Map<String, Object> variables = caseLabels("CR-2026-7701", "Child Wren");
    variables.put(CaseVariables.REVIEW_DECISION, "lcspr");
    variables.put(CaseVariables.REVIEW_DECISION_DATE, today.minusMonths(2).toString());
    variables.put(CaseVariables.AGENCY_OPTIONS, CaseDriver.json(agencies.options()));
    ProcessInstance review = runtimeService.createProcessInstanceByKey(ProcessKeys.LOCAL_REVIEW)
        .businessKey("CR-2026-7701").setVariables(variables)
        .startBeforeActivity("Task_RecordRecommendations").execute();

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "chair", "chair");
      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), "CR-2026-7701");
      browser.click(By.xpath("//a[contains(., 'Record the recommendations')]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "The three partners signed off the report");
      browser.click(By.cssSelector("[ng-click='claim()']"));

      browser.type(formField("Field_FinalReportLink"), "https://documents.partnership.example.org/reviews/wren/final");
      browser.type(formField("Field_FinalReportVersion"), "2.0");
      browser.typeDate("Field_FinalReportDate", today);
      browser.type(formField("Field_Recommendation_0"), "Health visitors follow up every missed appointment.");
      browser.type(formField("Field_Actions_0"), "Revise the procedure and audit it after three months.");
      browser.choose("Field_OwningAgency_0", "Health (Integrated Care Board)");
      browser.choose("Field_StrategicLead_0", "Integrated Care Board");
      browser.typeDate("Field_DueOn_0", today.plusMonths(4));
      browser.click(By.cssSelector(".fjs-repeat-render-add"));
      browser.type(formField("Field_Recommendation_1"), "Police share domestic abuse call-outs with health visitors.");
      browser.type(formField("Field_Actions_1"), "Add health visitors to the daily call-out list.");
      browser.choose("Field_OwningAgency_1", "Exampleshire Police");
      browser.choose("Field_StrategicLead_1", "Police");
      // a due date that has passed: the browser lets it through, the server does not
      browser.typeDate("Field_DueOn_1", today);
      browser.screenshot("21-recommendations-filled");
      browser.completeTask();
      browser.waitForText(By.tagName("body"), "Recommendation 2: \"Due by\" must be after today");
      browser.screenshot("22-recommendations-refused-by-the-server");

      browser.dismissNotifications();
      browser.typeDate("Field_DueOn_1", today.plusMonths(5));
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
      browser.screenshot("23-recommendations-recorded");
    }

    SmtpServer.await("the publication decision", Duration.ofSeconds(30), () ->
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CR-2026-7701")
            .processDefinitionKey(ProcessKeys.PUBLICATION).count() == 1);
    JsonAssert.assertRecords(runtimeService.getVariable(review.getId(), CaseVariables.RECOMMENDATIONS))
        .extracting(r -> r.get("owningAgency"), r -> r.get("strategicLead"), r -> r.get("dueOn"))
        .containsExactly(tuple("health", "partner-icb", today.plusMonths(4).toString()),
            tuple("police", "partner-police", today.plusMonths(5).toString()));
  }

  @Test
  void an_agency_lead_reports_amber_progress_on_its_recommendation_in_tasklist() {
    LocalDate today = LocalDate.now(LONDON);
    Map<String, Object> variables = caseLabels("CR-2026-7702", "Child Finch");
    variables.put(CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(
        ReviewForms.recommendation("Follow up every missed health appointment with the family.", "police",
            "partner-police", today.plusMonths(3).toString()),
        ReviewForms.recommendation("Share information about missed appointments with the GP.", "health",
            "partner-icb", today.plusMonths(3).toString())));
    ProcessInstance plan = runtimeService.startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, "CR-2026-7702",
        variables);

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "lead.police", "lead.police");
      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), "CR-2026-7702");
      // the police lead sees the police recommendation, not the health one
      assertThat(browser.all(By.xpath("//*[@cam-tasks]//a[contains(., 'Report progress')]"))).hasSize(1);
      browser.click(By.xpath("//a[contains(., 'Report progress')]"));
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Recommendation 1");
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Follow up every missed health appointment");
      browser.screenshot("24-report-progress-form");
      browser.click(By.cssSelector("[ng-click='claim()']"));

      // "Complete" asks for the evidence; the form will not submit without it
      browser.click(formField("Field_RagStatus-3"));
      browser.type(formField("Field_ProgressNote"), "The procedure is drafted; training is booked.");
      browser.visible(formField("Field_EvidenceLink"));
      browser.completeTask();
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "Please fill this in.");
      browser.screenshot("25-complete-needs-evidence");

      browser.dismissNotifications();
      browser.click(formField("Field_RagStatus-1"));
      browser.typeDate("Field_NextUpdateOn", today.plusDays(14));
      browser.screenshot("26-amber-with-next-update");
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
      browser.screenshot("27-progress-reported");
    }

    SmtpServer.await("the progress in the plan", Duration.ofSeconds(30), () -> JsonAssert.records(
        runtimeService.getVariable(plan.getId(), CaseVariables.ACTION_PLAN)).get(0).get("ragStatus").equals("amber"));
    JsonAssert.assertRecords(runtimeService.getVariable(plan.getId(), CaseVariables.ACTION_PLAN))
        .extracting(r -> r.get("ragStatus")).containsExactly("amber", "not-started");
    // asked again on the day the lead gave, at 09:00
    Job nextUpdate = managementService.createJobQuery().processInstanceId(plan.getId())
        .activityId("Event_NextUpdate").singleResult();
    assertThat(nextUpdate.getDuedate()).isEqualTo(EngineClock.londonTime(today.plusDays(14).atTime(9, 0)));
  }
}
