package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.ClosedCase;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * The Cockpit plugin's REST resources as the browser calls them, with Cockpit's (or Tasklist's) login: who may
 * read, what they read about a closed case, and that reading changes nothing.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseReviewPluginIT {

  static final String API = "/camunda/api/cockpit/plugin/case-review/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;

  private String reference;

  @BeforeAll
  void aClosedCase() {
    reference = ClosedCase.withoutFurtherReview(engine, "Child Sorrel");
  }

  private HttpSession cockpit(String user) {
    return HttpSession.webapp(port, "cockpit", user, user);
  }

  @ParameterizedTest(name = "{0} uses the plugin")
  @ValueSource(strings = {"auditor", "business", "admin"})
  void auditors_the_business_unit_and_administrators_use_the_plugin(String user) {
    HttpSession session = cockpit(user);
    HttpSession.Response access = session.get(API + "/access");
    assertThat(access.status()).isEqualTo(200);
    assertThat(access.json().get("user").asText()).isEqualTo(user);
    for (String path : List.of(API + "/cases?search=Sorrel", API + "/timeliness")) {
      HttpSession.Response read = session.get(path);
      assertThat(read.status()).as(path + " answered " + read.body()).isEqualTo(200);
    }
    // the script Cockpit loads into the page for everyone with Cockpit; it only draws for those let in
    assertThat(session.get("/camunda/api/cockpit/plugin/case-review/static/app/plugin.js").status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} is refused every resource")
  @ValueSource(strings = {"member", "chair", "lead.police", "partner.la", "notifier"})
  void committee_members_partners_and_agency_leads_are_refused(String user) {
    // they may not open Cockpit at all; their Tasklist login is what they could try the resources with
    HttpSession session = HttpSession.webapp(port, "tasklist", user, user);
    for (String path : readPaths()) {
      HttpSession.Response refused = session.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).doesNotContain("Child Sorrel");
    }
  }

  @Test
  void nobody_reads_anything_without_logging_in() {
    HttpSession anonymous = HttpSession.anonymous(port);
    for (String path : readPaths()) {
      HttpSession.Response refused = anonymous.get(path);
      assertThat(refused.status()).as(path).isIn(401, 403);
      assertThat(refused.body()).as(path).doesNotContain("Child Sorrel");
    }
  }

  private List<String> readPaths() {
    String instance = processInstanceId();
    return List.of(API + "/access", API + "/cases?search=Sorrel", API + "/cases/" + reference,
        API + "/processes/" + instance + "/diagram", API + "/timeliness", API + "/timeliness.csv");
  }

  private String processInstanceId() {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("serious-incident").singleResult().getId();
  }

  @Test
  void the_plugin_only_reads_it_offers_no_way_to_change_anything() {
    HttpSession session = cockpit("admin");
    long operations = historyService.createUserOperationLogQuery().count();
    long details = historyService.createHistoricDetailQuery().count();
    for (String path : readPaths()) {
      assertThat(session.get(path).status()).as(path).isEqualTo(200);
      assertThat(session.postJson(path, "{}").status()).as("POST " + path).isEqualTo(405);
      assertThat(session.putJson(path, "{}").status()).as("PUT " + path).isEqualTo(405);
    }
    assertThat(historyService.createUserOperationLogQuery().count()).isEqualTo(operations);
    assertThat(historyService.createHistoricDetailQuery().count()).isEqualTo(details);
  }

  @Test
  void the_auditor_finds_the_closed_case_and_reads_its_whole_history() {
    HttpSession auditor = cockpit("auditor");
    JsonNode found = auditor.get(API + "/cases?search=" + URLEncoder.encode("child sorrel", StandardCharsets.UTF_8))
        .json();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("reference").asText()).isEqualTo(reference);
    assertThat(found.get(0).get("state").asText()).isEqualTo("COMPLETED");

    JsonNode record = auditor.get(API + "/cases/" + reference).json();
    assertThat(record.get("pseudonym").asText()).isEqualTo("Child Sorrel");
    List<String> keys = new ArrayList<>();
    record.get("processes").forEach(process -> keys.add(process.get("processDefinitionKey").asText()));
    assertThat(keys).containsExactly("serious-incident", "rapid-review", "agency-summary", "agency-summary");
    JsonNode notification = step(record.get("processes").get(0), "Task_RecordPanelNotification");
    assertThat(notification.get("completedBy").asText()).isEqualTo("notifier");
    assertThat(notification.get("late").asBoolean()).isFalse();
    // instants as the rest of Cockpit's API writes them
    assertThat(notification.get("endTime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}");
    List<String> decided = new ArrayList<>();
    record.get("processes").get(1).get("decisions").forEach(decision -> decided.add(
        decision.get("decision").asText() + "=" + decision.get("value").asText() + " by " + decision.get("by").asText()));
    assertThat(decided).contains("The group's decision on a review=no-further-review by chair",
        "The Panel's response=agree by business");
    // read as the auditor: the forms deployed with the case give the words (the auditor may read deployments)
    List<String> labelled = new ArrayList<>();
    record.get("processes").get(0).get("decisions").forEach(decision -> labelled.add(
        decision.get("decision").asText() + "=" + decision.get("valueLabel").asText() + " by " + decision.get("by").asText()));
    assertThat(labelled).contains(
        "The group's decision on a review=No further review (the learning is known or already acted on) by chair");
    List<String> variables = new ArrayList<>();
    record.get("processes").forEach(process -> process.get("variableChanges").forEach(change -> variables.add(
        change.get("variable").asText() + ":" + change.get("label").asText())));
    assertThat(variables).contains("panelNotificationDate:Date the notification was sent to the Panel")
        .noneMatch(variable -> variable.startsWith("nrOf") || variable.startsWith("loopCounter"));
    assertThat(record.get("standing").get("stages")).isEmpty();
    assertThat(record.get("standing").get("nextDeadline").isNull()).isTrue();

    JsonNode diagram = auditor.get(API + "/processes/" + processInstanceId() + "/diagram").json();
    assertThat(diagram.get("xml").asText()).contains("id=\"serious-incident\"");
    assertThat(diagram.get("activities").get("EndEvent_ClosedWithoutActions").get("passed").asLong()).isOne();
    assertThat(diagram.get("activities").has("CallActivity_LocalReview")).isFalse();
  }

  private static JsonNode step(JsonNode process, String activityId) {
    for (JsonNode step : process.get("steps")) {
      if (step.get("activityId").asText().equals(activityId)) {
        return step;
      }
    }
    throw new AssertionError("No step " + activityId);
  }

  @Test
  void the_timeliness_report_counts_this_years_case_and_downloads_as_csv() {
    HttpSession business = cockpit("business");
    // the case counts in the year the local authority became aware of it
    ReportingYear year = ReportingYear.containing(LocalDate.now(ZoneId.of("Europe/London")).minusDays(2), 4);
    JsonNode report = business.get(API + "/timeliness?year=" + year.label()).json();
    assertThat(report.get("from").asText()).isEqualTo(year.from().toString());
    List<String> rows = new ArrayList<>();
    report.get("rows").forEach(row -> {
      if (row.get("reference").asText().equals(reference)) {
        rows.add(row.get("measure").asText() + ":" + row.get("status").asText());
      }
    });
    assertThat(rows).contains("panel-notification:met", "rapid-review:met");
    assertThat(report.get("rows").get(0).get("due").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    HttpSession.Response csv = business.get(API + "/timeliness.csv?year=" + report.get("year").asText());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("timeliness-" + report.get("year").asText() + ".csv");
    assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("Reporting year,Case reference,");
    assertThat(csv.body()).contains(year.label() + "," + reference + ",Child Sorrel,");
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource({
      "/timeliness?year=last, year",
      "/timeliness.csv?year=2026-28, year",
      "/cases?search=Sorrel&maxResults=0, maxResults",
      "/cases?search=Sorrel&maxResults=many, maxResults"})
  void bad_parameters_are_refused_with_a_message_naming_them(String path, String parameter) {
    HttpSession.Response refused = cockpit("auditor").get(API + path);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains(parameter);
  }

  @Test
  void an_unknown_case_or_process_is_not_found() {
    HttpSession auditor = cockpit("auditor");
    assertThat(auditor.get(API + "/cases/CR-1999-0001").status()).isEqualTo(404);
    assertThat(auditor.get(API + "/processes/no-such-process/diagram").status()).isEqualTo(404);
  }
}
