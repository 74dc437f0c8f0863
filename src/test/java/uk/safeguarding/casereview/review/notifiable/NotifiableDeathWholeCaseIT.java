package uk.safeguarding.casereview.review.notifiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.notifiableDeath;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WholeCaseApplication;
import uk.safeguarding.casereview.support.WholeCaseTest;

/**
 * A looked-after child's death, abuse or neglect not suspected, from the LA notifier's start form to its
 * closure; six weeks later the post-mortem raises a concern and it becomes a serious incident that runs to
 * its own closure, the two cases linked in the auditors' history. The rapid review in between is walked
 * through the engine: WholeCaseIT walks one through Tasklist's calls.
 */
@WholeCaseApplication
class NotifiableDeathWholeCaseIT extends WholeCaseTest {

  private static final String COCKPIT_API = "/camunda/api/cockpit/plugin/case-review/default";

  @Test
  void a_notifiable_death_closes_when_notified_and_later_becomes_a_serious_incident_that_runs_to_closure() {
    // Wednesday 26 May 2027; Monday 31 May is the spring bank holiday
    EngineClock.setLondonTime(LocalDateTime.of(2027, 5, 26, 9, 0));
    Map<String, Object> death = notifiableDeath("Child Bittern", "2027-05-26", "2027-05-25");
    death.put(CaseVariables.OTHER_AREA_CONNECTION, "placed-elsewhere");
    death.put(CaseVariables.OTHER_AREA, "Otherborough Council");
    String deathCase = as("notifier").start(ProcessKeys.NOTIFIABLE_DEATH, death);

    // 27, 28 May, 1, 2 and 3 June
    assertThat(due(task("notifier", deathCase, "Task_NotifySecretaryOfStateAndOfsted")))
        .isEqualTo(endOfDay(2027, 6, 3));
    JsonNode tellOtherArea = task("notifier", deathCase, "Task_TellOtherArea");
    assertThat(due(tellOtherArea)).isEqualTo(endOfDay(2027, 6, 3));
    at(deathCase, LocalDateTime.of(2027, 5, 27, 10, 0));
    complete("notifier", deathCase, "Task_TellOtherArea", form(CaseVariables.OTHER_AREA_TOLD_ON, "2027-05-27",
        CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough Safeguarding Children Partnership, by secure email"));
    complete("notifier", deathCase, "Task_NotifySecretaryOfStateAndOfsted", form(
        CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, "2027-05-27", CaseVariables.OFSTED_NOTIFIED_ON, "2027-05-27"));
    awaitAllMailSent(deathCase);

    assertThat(processesOf(deathCase)).extracting(HistoricProcessInstance::getProcessDefinitionKey,
            HistoricProcessInstance::getState)
        .containsExactlyInAnyOrder(tuple("notifiable-death", "COMPLETED"), tuple("regulator-notification", "COMPLETED"),
            tuple("other-area-notice", "COMPLETED"));
    assertThat(subjectsTo(deathCase, "notifier@demo.example.org")).containsExactly(
        "New task: Notify the Secretary of State and Ofsted (due 3 Jun 2027)",
        "New task: Tell the other area's safeguarding partners (due 3 Jun 2027)");
    // the Panel and the partners are not told of a death without suspicion of abuse or neglect
    assertThat(subjectsTo(deathCase, "partner.la@demo.example.org")).isEmpty();

    // Monday 5 July: the post-mortem raises a concern of abuse
    at(deathCase, LocalDateTime.of(2027, 7, 5, 9, 0));
    String incident = as("notifier").start(ProcessKeys.SERIOUS_INCIDENT, form(
        CaseVariables.NOTIFIABLE_DEATH_REFERENCE, deathCase, CaseVariables.AWARENESS_DATE, "2027-07-05",
        CaseVariables.ABUSE_OR_NEGLECT, "suspected", CaseVariables.NUMBER_OF_CHILDREN, 1,
        CaseVariables.INCIDENT_SUMMARY, "The post-mortem found injuries that raise a concern of abuse."));
    assertThat(due(task("notifier", incident, "Task_RecordPanelNotification"))).isEqualTo(endOfDay(2027, 7, 12));
    complete("notifier", incident, "Task_TellOtherArea", form(CaseVariables.OTHER_AREA_TOLD_ON, "2027-07-05",
        CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough Safeguarding Children Partnership, by secure email"));
    complete("notifier", incident, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2027-07-05", CaseVariables.PANEL_REFERENCE, "NOT-2027-0077"));
    RapidReviewWalk.toDecision(watch, incident, "2027-07-05");
    RapidReviewWalk.decideAndSend(watch, incident, "2027-07-05", "no-further-review", "agree");
    complete("chair", incident, "Task_RecordRapidReviewRecommendations",
        form(CaseVariables.RECOMMENDATIONS, recommendations()));
    awaitAllMailSent(incident);

    HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(incident).processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult();
    assertThat(root.getState()).isEqualTo("COMPLETED");
    assertThat(root.getEndActivityId()).isEqualTo("EndEvent_ClosedWithoutActions");
    assertThat(processesOf(incident)).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .doesNotContain(ProcessKeys.REGULATOR_NOTIFICATION).contains(ProcessKeys.OTHER_AREA_NOTICE);
    assertThat(subjectsTo(incident, "partner.la@demo.example.org")).contains(
        "For information: A serious incident has been recorded: the safeguarding partners are told");

    // the auditor sees each case point at the other in Cockpit's case history
    HttpSession auditor = HttpSession.webapp(port, "cockpit", "auditor", "auditor");
    HttpSession.Response read = auditor.get(COCKPIT_API + "/cases/" + deathCase);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonNode deathRecord = read.json();
    assertThat(deathRecord.path("pseudonym").asText()).isEqualTo("Child Bittern");
    assertThat(deathRecord.path("linkedCases").toString())
        .isEqualTo("[{\"reference\":\"" + incident + "\",\"relation\":\"Became this serious incident\"}]");
    JsonNode incidentRecord = auditor.get(COCKPIT_API + "/cases/" + incident).json();
    assertThat(incidentRecord.path("pseudonym").asText()).isEqualTo("Child Bittern");
    assertThat(incidentRecord.path("linkedCases").toString())
        .isEqualTo("[{\"reference\":\"" + deathCase + "\",\"relation\":\"Began as this notifiable death\"}]");
    JsonNode report = auditor.get(COCKPIT_API + "/timeliness?year=2027-28").json();
    assertThat(report.path("rows").toString()).contains("\"reference\":\"" + deathCase
        + "\",\"pseudonym\":\"Child Bittern\",\"measure\":\"regulators-notified\"");
  }

  @Test
  void the_rest_api_holds_a_notifiable_death_and_the_incident_it_becomes_to_their_forms() {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    long before = historyService.createHistoricProcessInstanceQuery().count();
    String deathForm = TasklistClient.engine("/process-definition/key/" + ProcessKeys.NOTIFIABLE_DEATH
        + "/submit-form");

    // only the LA notifiers record a notifiable death
    HttpSession.Response referrer = as("referrer").session().postJson(deathForm,
        Map.of("variables", TasklistClient.variables(notifiableDeath("Child Pochard", today, today))));
    assertThat(referrer.status()).as(referrer.body()).isEqualTo(403);
    // abuse or neglect suspected makes it a serious incident, which this form does not record
    Map<String, Object> suspected = notifiableDeath("Child Pochard", today, today);
    suspected.put(CaseVariables.ABUSE_OR_NEGLECT, "suspected");
    HttpSession.Response refused = as("notifier").session().postJson(deathForm,
        Map.of("variables", TasklistClient.variables(suspected)));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("(abuseOrNeglect) must be one of not-suspected");
    // what a serious incident carries over from the death cannot be typed in past its form
    Map<String, Object> retyped = form(CaseVariables.NOTIFIABLE_DEATH_REFERENCE, "CR-2026-0001",
        CaseVariables.AWARENESS_DATE, today, CaseVariables.ABUSE_OR_NEGLECT, "suspected",
        CaseVariables.NUMBER_OF_CHILDREN, 1, CaseVariables.INCIDENT_SUMMARY, "A concern of abuse.",
        CaseVariables.CHILD_PSEUDONYM, "Child Pochard");
    HttpSession.Response hidden = as("notifier").session().postJson(TasklistClient.engine(
        "/process-definition/key/" + ProcessKeys.SERIOUS_INCIDENT + "/submit-form"),
        Map.of("variables", TasklistClient.variables(retyped)));
    assertThat(hidden.status()).as(hidden.body()).isEqualTo(400);
    assertThat(hidden.json().path("message").asText())
        .contains("(childPseudonym) is hidden by the other answers; leave it out");

    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void the_auditor_an_agency_lead_and_bad_values_are_refused_on_the_new_forms_and_nothing_changes() {
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    Map<String, Object> death = notifiableDeath("Child Pochard", today, today);
    death.put(CaseVariables.OTHER_AREA_CONNECTION, "lived-elsewhere");
    death.put(CaseVariables.OTHER_AREA, "Otherborough Council");
    String deathCase = as("notifier").start(ProcessKeys.NOTIFIABLE_DEATH, death);
    String taskId = task("notifier", deathCase, "Task_TellOtherArea").path("id").asText();
    long before = historyService.createHistoricProcessInstanceQuery().count();
    String startPath = "/process-definition/key/" + ProcessKeys.NOTIFIABLE_DEATH + "/submit-form";
    Map<String, Object> startBody = Map.of("variables", TasklistClient.variables(death));

    // neither the auditor (REST, HTTP Basic) nor an agency lead (Tasklist) may record a notifiable death
    HttpSession.Response auditor = HttpSession.basic(port, "auditor", "auditor")
        .postJson("/engine-rest" + startPath, startBody);
    assertThat(auditor.status()).as(auditor.body()).isEqualTo(403);
    HttpSession.Response lead = as("lead.police").session().postJson(TasklistClient.engine(startPath), startBody);
    assertThat(lead.status()).as(lead.body()).isEqualTo(403);
    // nor complete the LA notifier's task
    HttpSession.Response leadTask = as("lead.police").session().postJson(TasklistClient.engine("/task/" + taskId
        + "/submit-form"), Map.of("variables", TasklistClient.variables(form(CaseVariables.OTHER_AREA_TOLD_ON, today,
        CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough, by secure email"))));
    assertThat(leadTask.status()).as(leadTask.body()).isBetween(403, 404);

    // the LA notifier, with a key the form does not have, a wrong type, a huge value and markup
    String submit = TasklistClient.engine("/task/" + taskId + "/submit-form");
    Map<String, Map<String, Object>> bad = Map.of(
        "\"otherAreaContact\" is not a field of this form", form(CaseVariables.OTHER_AREA_TOLD_ON, today,
            CaseVariables.OTHER_AREA_TOLD_HOW, "Otherborough", CaseVariables.OTHER_AREA_CONTACT, "x@example.org"),
        "(otherAreaToldOn)", form(CaseVariables.OTHER_AREA_TOLD_ON, 20270101, CaseVariables.OTHER_AREA_TOLD_HOW,
            "Otherborough"),
        "(otherAreaToldHow)", form(CaseVariables.OTHER_AREA_TOLD_ON, today, CaseVariables.OTHER_AREA_TOLD_HOW,
            "O".repeat(5000)),
        "(otherAreaToldHow) ", form(CaseVariables.OTHER_AREA_TOLD_ON, today, CaseVariables.OTHER_AREA_TOLD_HOW,
            "<img src=x onerror=alert(1)>"));
    bad.forEach((named, values) -> {
      HttpSession.Response refused = as("notifier").session().postJson(submit,
          Map.of("variables", TasklistClient.variables(values)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).contains(named.trim());
    });
    Map<String, Object> markedUp = notifiableDeath("<b>Child</b>", today, today);
    HttpSession.Response markup = as("notifier").session().postJson(TasklistClient.engine(startPath),
        Map.of("variables", TasklistClient.variables(markedUp)));
    assertThat(markup.status()).as(markup.body()).isEqualTo(400);
    assertThat(markup.json().path("message").asText()).contains("(childPseudonym)");

    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(task("notifier", deathCase, "Task_TellOtherArea").path("id").asText()).isEqualTo(taskId);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName(CaseVariables.OTHER_AREA_TOLD_ON)
        .processInstanceIdIn(processesOf(deathCase).stream().map(HistoricProcessInstance::getId)
            .toArray(String[]::new)).count()).isZero();
  }
}
