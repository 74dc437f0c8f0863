package uk.safeguarding.casereview.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.SeriousIncidentFixtures.startForm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.casereview.support.Authentication;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessEngineTest;
import uk.safeguarding.casereview.support.SmtpServer;

/**
 * What is queued, for whom, and what a mail may say. No SMTP server here: every mail waits in the outbox,
 * which is what these tests read.
 */
@ProcessEngineTest
@ExtendWith(OutputCaptureExtension.class)
class MailContentProcessTest {

  /** A child's details that must never reach a mail, whatever the case's fields hold. */
  private static final List<String> IDENTIFYING = List.of("Jayden", "Matthews", "14/03/2015", "2015-03-14",
      "14 March 2015", "Elm Grove", "LS6 2AB", "Kelly");

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MailOutbox outbox;
  @Autowired MailTemplates templates;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void wednesday_in_london() {
    EngineClock.setLondonTime(LocalDateTime.of(2026, 11, 18, 10, 0));
  }

  @AfterEach
  void reset() {
    EngineClock.reset();
  }

  private static Map<String, Object> identifyingData(Map<String, Object> variables) {
    variables.put("incidentSummary", "Jayden Matthews (born 14/03/2015) was found at 27 Elm Grove, Leeds LS6 2AB"
        + " by his mother Kelly Matthews.");
    variables.put("localAuthorityArea", "Leeds, near Elm Grove by Kelly's");
    variables.put("childRealName", "Jayden Matthews");
    variables.put("dateOfBirth", "2015-03-14");
    variables.put("homeAddress", "27 Elm Grove, Leeds LS6 2AB");
    return variables;
  }

  private MailOutbox.Claimed claimOnly(String caseReference, String kind) {
    List<OutboxEntry> rows = outbox.forCase(caseReference).stream().filter(row -> row.kind().equals(kind)).toList();
    assertThat(rows).hasSize(1);
    return outbox.claim(rows.get(0).id(), "test", Instant.now().plusSeconds(60)).orElseThrow();
  }

  private void assertSaysNothingIdentifying(MailParameters parameters) {
    for (MailKind kind : MailKind.values()) {
      RenderedMail mail = templates.render(kind, parameters);
      for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
        for (String identifying : IDENTIFYING) {
          assertThat(part).as(kind + " mail").doesNotContain(identifying);
        }
      }
    }
  }

  @Test
  void a_new_task_mail_names_the_case_the_task_its_due_date_and_its_link_and_nothing_else() {
    ProcessInstance instance = Authentication.as(identityService, "notifier", () -> formService.submitStartForm(
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("serious-incident").latestVersion()
            .singleResult().getId(),
        identifyingData(startForm("Child Scarlet", "2026-11-18", "2026-11-17"))));
    String reference = instance.getBusinessKey();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    List<OutboxEntry> queued = outbox.forCase(reference);
    assertThat(queued).extracting(OutboxEntry::recipient).containsExactly("notifier@demo.example.org");
    MailOutbox.Claimed mail = claimOnly(reference, "new-task");
    RenderedMail rendered = templates.render(mail.kind(), mail.parameters());

    assertThat(rendered.subject())
        .isEqualTo("[" + reference + "] New task: Record the Panel notification (due 25 Nov 2026)");
    assertThat(rendered.text()).contains(reference + " (Child Scarlet)", "Record the Panel notification",
        "Wednesday 25 November 2026", "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId(),
        "Exampleshire Safeguarding Children Partnership");
    assertThat(rendered.html()).contains("Child Scarlet", "Wednesday 25 November 2026",
        "href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId() + "\"");
    assertSaysNothingIdentifying(mail.parameters());
  }

  @Test
  void a_step_tells_every_member_of_a_group_once_and_a_task_can_opt_out_of_its_new_task_mail() {
    Map<String, Object> variables = identifyingData(new HashMap<>());
    variables.put("caseReference", "CR-2026-0777");
    variables.put("childPseudonym", "Child Lark");
    variables.put("referrerEmail", "school.nurse@school.example.org");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("mail-content-check", variables);
    try {
      // the committee is told of the decision; the business unit's task asks for no mail
      assertThat(outbox.forCase("CR-2026-0777")).extracting(OutboxEntry::kind, OutboxEntry::recipient)
          .containsExactlyInAnyOrder(
              tuple("decision", "chair@demo.example.org"),
              tuple("decision", "member@demo.example.org"),
              tuple("information", "school.nurse@school.example.org"));
      MailOutbox.Claimed decision = outbox.claim(outbox.forCase("CR-2026-0777").stream()
              .filter(row -> row.kind().equals("decision")).findFirst().orElseThrow().id(), "test",
          Instant.now().plusSeconds(60)).orElseThrow();
      assertThat(decision.parameters().subject()).isEqualTo("Rapid review decision recorded");
      assertSaysNothingIdentifying(decision.parameters());

      // the police's task mails the police lead and the police's shared mailbox
      Task quiet = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      taskService.complete(quiet.getId());
      assertThat(outbox.forCase("CR-2026-0777")).filteredOn(row -> row.kind().equals("new-task"))
          .extracting(OutboxEntry::recipient)
          .containsExactlyInAnyOrder("lead.police@demo.example.org", "public-protection@police.example.org");
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test finished");
    }
  }

  @Test
  void the_same_occasion_is_queued_once_and_a_rolled_back_step_queues_nothing() {
    MailParameters parameters = new MailParameters("Partnership", "CR-2026-0900", "Child Finch", "Step", null,
        "http://localhost:8080/");
    assertThat(outbox.queue(MailKind.INFORMATION, "pi-900", "occasion-1", "a@example.org", parameters)).isTrue();
    assertThat(outbox.queue(MailKind.INFORMATION, "pi-900", "occasion-1", "a@example.org", parameters)).isFalse();
    assertThat(outbox.queue(MailKind.INFORMATION, "pi-900", "occasion-2", "a@example.org", parameters)).isTrue();

    try {
      transaction.executeWithoutResult(status -> {
        outbox.queue(MailKind.INFORMATION, "pi-900", "occasion-3", "a@example.org", parameters);
        throw new IllegalStateException("the engine step fails after asking for mail");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(outbox.forCase("CR-2026-0900")).hasSize(2);
  }

  @Test
  void without_an_smtp_server_mail_waits_in_the_outbox_and_the_log_says_so(CapturedOutput output) {
    MailParameters parameters = new MailParameters("Partnership", "CR-2026-0902", "Child Heron", "Step", null,
        "http://localhost:8080/");
    outbox.queue(MailKind.INFORMATION, "pi-902", "occasion", "c@example.org", parameters);

    SmtpServer.await("the sender to report the waiting mail", Duration.ofSeconds(10),
        () -> output.getAll().contains("mail(s) wait in the outbox and will be sent once one is"));
    assertThat(outbox.forCase("CR-2026-0902")).singleElement().satisfies(row -> {
      assertThat(row.status()).isEqualTo(OutboxEntry.Status.PENDING);
      assertThat(row.attempts()).isZero();
    });
  }

  @Test
  void a_mail_claimed_by_one_node_cannot_be_claimed_by_another() {
    MailParameters parameters = new MailParameters("Partnership", "CR-2026-0901", "Child Wren", "Step", null,
        "http://localhost:8080/");
    outbox.queue(MailKind.INFORMATION, "pi-901", "occasion", "b@example.org", parameters);
    long id = outbox.forCase("CR-2026-0901").get(0).id();

    assertThat(outbox.claim(id, "node-a", Instant.now().plusSeconds(300))).isPresent();
    assertThat(outbox.claim(id, "node-b", Instant.now().plusSeconds(300))).isEmpty();
    assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(OutboxEntry.Status.SENDING);
  }
}
