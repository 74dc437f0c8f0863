package uk.safeguarding.casereview.report.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Who sees the case board and which recommendations, over the same REST calls the pages make in Tasklist and
 * Cockpit: the review group, partners, business unit and auditors the board and every agency's
 * recommendations; an agency's lead no board and their own agency's recommendations only (in the page, the
 * workbook and the CSV, and not by the engine's history either); everyone else nothing.
 */
@WebIntegrationTest
class PartnershipViewsIT {

  static final String TASKLIST = "/camunda/api/tasklist/plugin/case-review-tasklist/default/partnership/recommendations";
  static final String TASKLIST_ACCESS =
      "/camunda/api/tasklist/plugin/case-review-tasklist/default/partnership/access";
  static final String TASKLIST_BOARD = "/camunda/api/tasklist/plugin/case-review-tasklist/default/partnership/board";
  static final String COCKPIT_BOARD = "/camunda/api/cockpit/plugin/case-review/default/partnership/board";
  static final String COCKPIT = "/camunda/api/cockpit/plugin/case-review/default/partnership/recommendations";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private String reference;
  private String planId;

  /** A review's action plan with a recommendation for the police and one for health. */
  @BeforeEach
  void aPlanForThePoliceAndHealth() {
    reference = "CR-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LocalDate due = LocalDate.now().plusMonths(3);
    Map<String, Object> variables = new HashMap<>(CaseDriver.caseLabels(reference, "Child Wren"));
    variables.put(CaseVariables.REVIEW_DECISION, "lcspr");
    variables.put(CaseVariables.LEARNING_THEMES, CaseDriver.json(List.of("neglect")));
    variables.put(CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(
        ReviewForms.recommendation("Police follow up missed appointments of Child Wren.", "police", "partner-police",
            due.toString()),
        ReviewForms.recommendation("Health visitors audit the caseload of Child Wren.", "health", "partner-icb",
            due.toString())));
    planId = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, reference, variables)
        .getId();
  }

  private List<JsonNode> rowsOfThisCase(HttpSession session, String path) {
    HttpSession.Response answer = session.get(path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return StreamSupport.stream(answer.json().path("rows").spliterator(), false)
        .filter(row -> row.path("reference").asText().equals(reference)).toList();
  }

  private static List<String> agencies(List<JsonNode> rows) {
    return rows.stream().map(row -> row.path("owningAgency").asText()).toList();
  }

  @Test
  void the_review_group_partners_business_unit_and_auditors_see_every_agencys_recommendations() {
    for (String user : List.of("member", "chair", "partner.police", "partner.icb")) {
      HttpSession session = HttpSession.webapp(port, "tasklist", user, user);
      assertThat(session.get(TASKLIST_ACCESS).json().path("everyAgency").asBoolean()).as(user).isTrue();
      assertThat(agencies(rowsOfThisCase(session, TASKLIST))).as(user).containsExactly("police", "health");
    }
    for (String user : List.of("business", "auditor")) {
      HttpSession session = HttpSession.webapp(port, "cockpit", user, user);
      List<JsonNode> rows = rowsOfThisCase(session, COCKPIT);
      assertThat(agencies(rows)).as(user).containsExactly("police", "health");
      assertThat(rows.get(0).path("childPseudonym").asText()).isEqualTo("Child Wren");
      assertThat(rows.get(0).path("reviewKind").asText()).isEqualTo("LCSPR");
      assertThat(rows.get(0).path("state").asText()).isEqualTo("open");
      assertThat(rows.get(0).path("themes").toString()).isEqualTo("[\"Neglect\"]");
    }
  }

  @Test
  void an_agencys_lead_sees_only_their_own_agencys_recommendations_however_they_ask() throws IOException {
    HttpSession lead = HttpSession.webapp(port, "tasklist", "lead.police", "lead.police");
    HttpSession.Response page = lead.get(TASKLIST);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().path("everyAgency").asBoolean()).isFalse();
    assertThat(page.json().path("agencies").toString()).isEqualTo("[{\"label\":\"Exampleshire Police\",\"value\":\"police\"}]");
    assertThat(page.json().path("rows")).allSatisfy(row -> assertThat(row.path("owningAgency").asText()).isEqualTo("police"));
    assertThat(agencies(rowsOfThisCase(lead, TASKLIST))).containsExactly("police");
    assertThat(page.body()).doesNotContain("Health visitors audit");
    // asking for another agency gives nothing of it
    assertThat(rowsOfThisCase(lead, TASKLIST + "?agency=health")).isEmpty();

    HttpResponse<byte[]> workbook = lead.download(TASKLIST + "/export.xlsx");
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
      List<String> owners = StreamSupport.stream(book.getSheet("Recommendations").spliterator(), false).skip(1)
          .map(row -> row.getCell(5).getStringCellValue()).distinct().toList();
      assertThat(owners).containsExactly("Exampleshire Police");
      Row mine = StreamSupport.stream(book.getSheet("Recommendations").spliterator(), false)
          .filter(row -> row.getCell(0).getStringCellValue().equals(reference)).findFirst().orElseThrow();
      assertThat(mine.getCell(4).getStringCellValue()).startsWith("Police follow up");
    }
    HttpSession.Response csv = lead.get(TASKLIST + "/export.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains(reference + ",Child Wren,LCSPR,1,Police follow up").doesNotContain("Health visitors");

    // nor by the engine's history of the plan's data, which names every agency's (Camunda would let a group
    // with any task in the plan read all of it): refused on both paths, as a query or a single change
    for (HttpSession session : List.of(lead, HttpSession.basic(port, "lead.police", "lead.police"))) {
      String api = session == lead ? "/camunda/api/engine/engine/default" : "/engine-rest";
      for (HttpSession.Response refused : List.of(
          session.get(api + "/history/variable-instance?maxResults=50&processInstanceId=" + planId),
          session.postJson(api + "/history/variable-instance?maxResults=50", Map.of("processInstanceId", planId)),
          session.get(api + "/history/detail?maxResults=50&processInstanceId=" + planId),
          session.get(api + "/history/variable-instance/count?processInstanceId=" + planId))) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Health visitors", "Child Wren");
      }
    }
    // nor through their own task, whose process holds every agency's list: their recommendation, not the others'
    String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskCandidateGroup("agency-police").singleResult().getId();
    HttpSession.Response formVariables = lead.get("/camunda/api/engine/engine/default/task/" + task
        + "/form-variables");
    assertThat(formVariables.status()).isEqualTo(200);
    assertThat(formVariables.body()).contains("Police follow up missed appointments")
        .doesNotContain("Health visitors", "\"actionPlan\"", "\"recommendations\"");
    assertThat(HttpSession.basic(port, "lead.police", "lead.police").get("/engine-rest/task/" + task + "/variables")
        .body()).contains("Police follow up").doesNotContain("Health visitors");
    HttpSession.Response byName = lead.get("/camunda/api/engine/engine/default/task/" + task
        + "/variables/actionPlan");
    assertThat(byName.status()).isEqualTo(403);
    assertThat(byName.body()).doesNotContain("Health visitors");
    // nor on the REST API's path of a named engine
    HttpSession.Response named = HttpSession.basic(port, "lead.police", "lead.police")
        .get("/engine-rest/engine/default/history/variable-instance?maxResults=50&processInstanceId=" + planId);
    assertThat(named.status()).isEqualTo(403);
    assertThat(named.body()).doesNotContain("Health visitors");
    // the committee sees the plan in the tracker, not as the engine's raw history; the business unit reads both
    assertThat(HttpSession.basic(port, "member", "member")
        .get("/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + planId).status())
        .isEqualTo(403);
    HttpSession.Response business = HttpSession.basic(port, "business", "business")
        .get("/engine-rest/history/variable-instance?maxResults=50&processInstanceId=" + planId);
    assertThat(business.status()).isEqualTo(200);
    assertThat(business.body()).contains("Health visitors");
  }

  @Test
  void people_with_no_part_in_action_plans_are_refused_and_nothing_is_written() {
    for (String user : List.of("referrer", "notifier", "reviewer")) {
      HttpSession session = HttpSession.webapp(port, "tasklist", user, user);
      HttpSession.Response access = session.get(TASKLIST_ACCESS);
      assertThat(access.status()).as(user).isEqualTo(403);
      HttpSession.Response page = session.get(TASKLIST);
      assertThat(page.status()).as(user).isEqualTo(403);
      assertThat(page.body()).doesNotContain(reference);
      assertThat(session.download(TASKLIST + "/export.xlsx").statusCode()).as(user).isEqualTo(403);
    }
    HttpSession.Response anonymous = HttpSession.anonymous(port).get(TASKLIST);
    assertThat(anonymous.status()).isIn(401, 403);
    assertThat(anonymous.body()).doesNotContain(reference);

    HttpSession member = HttpSession.webapp(port, "tasklist", "member", "member");
    assertThat(member.postJson(TASKLIST, Map.of("owningAgency", "police")).status()).isEqualTo(403);
    assertThat(agencies(rowsOfThisCase(member, TASKLIST))).containsExactly("police", "health");
  }

  @Test
  void the_case_board_is_for_the_partnership_wide_readers_only() {
    for (String user : List.of("member", "partner.la")) {
      HttpSession session = HttpSession.webapp(port, "tasklist", user, user);
      JsonNode access = session.get(TASKLIST_ACCESS).json();
      assertThat(access.path("board").asBoolean()).as(user).isTrue();
      // they may not read a case's history in Cockpit, so the board does not link there
      assertThat(access.path("caseHistory").asBoolean()).as(user).isFalse();
      HttpSession.Response board = session.get(TASKLIST_BOARD);
      assertThat(board.status()).as(user).isEqualTo(200);
      assertThat(board.json().path("stages").toString()).contains("\"value\":\"rapid-review\"");
      HttpSession.Response themes = session.get(TASKLIST_BOARD.replace("/board", "/themes"));
      assertThat(themes.status()).as(user).isEqualTo(200);
      assertThat(themes.json().path("rows").get(0).path("theme").asText()).isEqualTo("Neglect");
    }
    assertThat(HttpSession.webapp(port, "tasklist", "business", "business").get(TASKLIST_ACCESS).json()
        .path("caseHistory").asBoolean()).isTrue();
    HttpSession auditor = HttpSession.webapp(port, "cockpit", "auditor", "auditor");
    assertThat(auditor.get(COCKPIT_BOARD).status()).isEqualTo(200);

    HttpSession lead = HttpSession.webapp(port, "tasklist", "lead.police", "lead.police");
    assertThat(lead.get(TASKLIST_ACCESS).json().path("board").asBoolean()).isFalse();
    assertThat(lead.get(TASKLIST_BOARD.replace("/board", "/themes")).status()).isEqualTo(403);
    HttpSession.Response refused = lead.get(TASKLIST_BOARD);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Child Wren", reference);
    HttpSession referrer = HttpSession.webapp(port, "tasklist", "referrer", "referrer");
    assertThat(referrer.get(TASKLIST_BOARD).status()).isEqualTo(403);

    HttpSession.Response bad = HttpSession.webapp(port, "tasklist", "member", "member")
        .get(TASKLIST_BOARD + "?stage=everything");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("message").asText()).startsWith("stage must be one of");
  }

  @Test
  void a_filter_naming_nothing_of_the_partnership_is_a_400_naming_it() {
    HttpSession member = HttpSession.webapp(port, "tasklist", "member", "member");
    HttpSession.Response rag = member.get(TASKLIST + "?rag=purple");
    assertThat(rag.status()).isEqualTo(400);
    assertThat(rag.json().path("message").asText()).startsWith("rag must be not-started, red, amber");
    HttpSession.Response year = member.get(TASKLIST + "/export.xlsx?year=last");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.body()).contains("year must be a reporting year");
    HttpSession.Response theme = member.get(TASKLIST + "?theme=%3Cscript%3E");
    assertThat(theme.status()).isEqualTo(400);
    assertThat(theme.json().path("message").asText()).startsWith("theme must be one of the configured");
  }
}
