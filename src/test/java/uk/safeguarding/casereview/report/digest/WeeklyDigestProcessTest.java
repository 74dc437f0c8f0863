package uk.safeguarding.casereview.report.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.casereview.notification.MailKind;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.MailTemplates;
import uk.safeguarding.casereview.notification.RenderedMail;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * weekly-digest: its timer waits for the configured day and time; the mail it queues for the business manager
 * and the chair lists new cases, deadlines this week and overdue recommendations by reference, pseudonym,
 * step and date, and nothing typed about a child. Its week (June 2040) is one no other test uses.
 */
class WeeklyDigestProcessTest extends ProcessTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired MailTemplates templates;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2040, 6, 4, 9, 0);
  }

  @Test
  void the_timer_waits_for_monday_at_eight() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("weekly-digest").timers()
        .singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).hasToString("08:00");
  }

  @Test
  void the_business_manager_and_the_chair_get_the_week_by_reference_pseudonym_step_and_date() {
    String incident = startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Goldcrest", "2040-06-01", "2040-05-31")).getBusinessKey();
    Map<String, Object> plan = new HashMap<>(CaseDriver.caseLabels("CR-2040-DIGEST", "Child Firecrest"));
    plan.put(CaseVariables.RECOMMENDATIONS, ReviewForms.recommendations(ReviewForms.recommendation(
        "Secret words of the recommendation.", "police", "partner-police", "2040-06-01")));
    runtimeService.startProcessInstanceByKey(ProcessKeys.ACTION_PLAN, "CR-2040-DIGEST", plan);

    ProcessInstance digest = runtimeService.startProcessInstanceByKey("weekly-digest");
    cases.runJobs();
    assertThat(digest).isEnded().hasPassed("Task_SendDigest", "EndEvent_DigestSent");

    List<Map<String, Object>> queued = jdbc.queryForList("SELECT id, recipient, case_reference FROM cr_mail_outbox"
        + " WHERE process_instance_id = ? AND kind = ?", digest.getId(), MailKind.DIGEST.id());
    assertThat(queued).extracting(row -> row.get("recipient")).containsExactlyInAnyOrder(
        "business.manager@exampleshire.example.org", "chair@demo.example.org");
    MailParameters parameters = outbox.parametersOf(((Number) queued.get(0).get("id")).longValue()).orElseThrow();
    assertThat(parameters.subject()).isEqualTo("The partnership's cases, week of 4 June 2040");
    assertThat(parameters.sections()).extracting(MailParameters.Section::title)
        .contains("New cases in the last 7 days (1)", "Due this week (1)");
    assertThat(lines(parameters, "New cases")).contains(
        new MailParameters.Line(incident, "Child Goldcrest", "New case", "began Mon 4 Jun 2040"));
    assertThat(lines(parameters, "Due this week")).singleElement().satisfies(line -> {
      assertThat(line.caseReference()).isEqualTo(incident);
      assertThat(line.step()).isEqualTo(cases.task(incident, "Task_RecordPanelNotification").getName());
      assertThat(line.date()).startsWith("due ");
    });
    assertThat(lines(parameters, "Recommendations overdue")).contains(new MailParameters.Line("CR-2040-DIGEST",
        "Child Firecrest", "Recommendation 1, Exampleshire Police", "was due Fri 1 Jun 2040"));

    RenderedMail mail = templates.render(MailKind.DIGEST, parameters);
    assertThat(mail.subject()).isEqualTo("Weekly digest: The partnership's cases, week of 4 June 2040");
    assertThat(mail.text()).contains("Due this week (1)", incident + " (Child Goldcrest) - ")
        .doesNotContain("Secret words", "null");
    assertThat(mail.html()).contains("Recommendations overdue").doesNotContain("Secret words");
  }

  private static List<MailParameters.Line> lines(MailParameters parameters, String title) {
    return parameters.sections().stream().filter(section -> section.title().startsWith(title)).findFirst()
        .map(MailParameters.Section::lines).orElse(List.of());
  }
}
