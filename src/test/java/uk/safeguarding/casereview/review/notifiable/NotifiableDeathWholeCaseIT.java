package uk.safeguarding.casereview.review.notifiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.notifiableDeath;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.WebIntegrationTest;
import uk.safeguarding.casereview.support.WholeCaseTest;

/**
 * A looked-after child's death, abuse or neglect not suspected, from the LA notifier's start form to its
 * closure; six weeks later the post-mortem raises a concern and it becomes a serious incident that runs to
 * its own closure, the two cases linked in the auditors' history. The rapid review in between is walked
 * through the engine: WholeCaseIT walks one through Tasklist's calls.
 */
@WebIntegrationTest
@TestPropertySource(properties = {"casereview.mail.poll-interval=200ms",
    "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=500"})
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
}
