package uk.safeguarding.casereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.SmtpIntegrationTest;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/** Mail through a real SMTP server (GreenMail), as the application sends it in production. */
@WebIntegrationTest
@TestPropertySource(properties = {
    "casereview.mail.poll-interval=200ms",
    "casereview.mail.initial-backoff=300ms",
    "casereview.mail.max-backoff=1s",
    "casereview.mail.max-attempts=30"})
class MailDeliveryIT extends SmtpIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Long enough for several polls of the outbox: a second mail would have arrived by then. */
  private static final Duration SEVERAL_POLLS = Duration.ofMillis(1500);

  /** Fails the first time it runs and succeeds after: an engine step the job executor retries. */
  @TestConfiguration
  static class FlakyStepConfiguration {

    @Bean
    FlakyStep flakyStep() {
      return new FlakyStep();
    }
  }

  public static class FlakyStep {

    private final AtomicInteger calls = new AtomicInteger();

    public void failFirstTime(DelegateExecution execution) {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("the first attempt of this step fails");
      }
    }
  }

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired MailOutbox outbox;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired MailTemplates templates;
  @Autowired MailProperties properties;
  @Autowired CaseClock clock;

  @BeforeEach
  void emptyMailboxes() {
    SMTP.start();
    SMTP.reset();
  }

  private String startCaseAsNotifier(String pseudonym) {
    HttpSession.Response started = HttpSession.basic(port, "notifier", "notifier").postJson(
        "/engine-rest/process-definition/key/serious-incident/submit-form",
        Map.of("variables", SeriousIncidentFixtures.restVariables(pseudonym)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  private void addNotifier(String id, String email) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
      user.setEmail(email);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, "la-notifier");
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The "new task" mails about the case (the partners hear of a serious incident too). */
  private List<MimeMessage> mailsAbout(String caseReference) {
    return SMTP.messages().stream().filter(m -> SmtpServer.subject(m).startsWith("[" + caseReference + "] New task"))
        .toList();
  }

  private List<OutboxEntry> newTaskRows(String caseReference) {
    return outbox.forCase(caseReference).stream().filter(row -> row.kind().equals("new-task")).toList();
  }

  @Test
  void a_new_task_mails_each_member_of_its_group_exactly_once() {
    addNotifier("deputy.notifier", "deputy.notifier@demo.example.org");
    addNotifier("no.email", null);

    String reference = startCaseAsNotifier("Child Scarlet");
    SmtpServer.await("mail to both notifiers", PATIENCE, () -> mailsAbout(reference).size() >= 2);
    pause(SEVERAL_POLLS);

    assertThat(mailsAbout(reference)).hasSize(2);
    assertThat(SMTP.messagesTo("notifier@demo.example.org")).hasSize(1);
    assertThat(SMTP.messagesTo("deputy.notifier@demo.example.org")).hasSize(1);
    MimeMessage mail = SMTP.messagesTo("notifier@demo.example.org").get(0);
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(SmtpServer.subject(mail)).startsWith("[" + reference + "] New task: Record the Panel notification");
    assertThat(SmtpServer.text(mail)).contains("Child Scarlet", "Record the Panel notification",
        "#/?task=" + taskId);
    assertThat(SmtpServer.html(mail)).contains("Open in Tasklist");
    assertThat(newTaskRows(reference)).extracting(OutboxEntry::status).containsOnly(Status.SENT);
  }

  @Test
  void an_smtp_outage_delays_mail_but_loses_none_and_sends_it_once_when_the_server_is_back() {
    SMTP.stop();
    String reference = startCaseAsNotifier("Child Wren");
    SmtpServer.await("two failed attempts", PATIENCE, () -> newTaskRows(reference).stream()
        .anyMatch(row -> row.attempts() >= 2 && row.status() == Status.PENDING && row.lastError() != null));
    assertThat(newTaskRows(reference).get(0).lastError()).containsIgnoringCase("connect");

    SMTP.start();
    SmtpServer.await("the held mail", PATIENCE, () -> !mailsAbout(reference).isEmpty());
    pause(SEVERAL_POLLS);

    assertThat(mailsAbout(reference)).hasSize(1);
    assertThat(newTaskRows(reference)).singleElement().satisfies(row -> {
      assertThat(row.status()).isEqualTo(Status.SENT);
      assertThat(row.attempts()).isGreaterThanOrEqualTo(3);
    });
  }

  @Test
  void a_step_that_fails_and_is_retried_sends_one_mail() {
    repositoryService.createDeployment().name("mail-retry-check")
        .addClasspathResource("test-processes/mail-retry-check.bpmn").deploy();
    String instance = runtimeService.startProcessInstanceByKey("mail-retry-check",
        Map.of("caseReference", "CR-2026-0555", "childPseudonym", "Child Robin")).getId();

    SmtpServer.await("the process to finish after its retry", PATIENCE,
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    SmtpServer.await("the mail", PATIENCE, () -> SMTP.messages().stream()
        .anyMatch(m -> SmtpServer.subject(m).startsWith("[CR-2026-0555]")));
    pause(SEVERAL_POLLS);

    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count())
        .as("the step failed once before it succeeded").isOne();
    assertThat(outbox.forCase("CR-2026-0555")).hasSize(1);
    assertThat(SMTP.messagesTo("business.manager@exampleshire.example.org")).filteredOn(
        m -> SmtpServer.subject(m).equals("[CR-2026-0555] For information: Retry check")).hasSize(1);
  }

  @Test
  void a_malformed_address_fails_its_own_mail_and_the_others_are_delivered() {
    addNotifier("typo.notifier", "typo.notifier at demo dot example");

    String reference = startCaseAsNotifier("Child Swift");
    SmtpServer.await("the good mail", PATIENCE, () -> !SMTP.messagesTo("notifier@demo.example.org").stream()
        .filter(m -> SmtpServer.subject(m).contains(reference)).toList().isEmpty());
    SmtpServer.await("the bad one to fail", PATIENCE, () -> newTaskRows(reference).stream()
        .anyMatch(row -> row.status() == Status.FAILED));

    OutboxEntry failed = newTaskRows(reference).stream().filter(row -> row.status() == Status.FAILED)
        .findFirst().orElseThrow();
    assertThat(failed.recipient()).isEqualTo("typo.notifier at demo dot example");
    assertThat(failed.attempts()).as("no retry can mend an address").isOne();
    assertThat(failed.lastError()).startsWith("Invalid recipient address 'typo.notifier at demo dot example'");
    SmtpServer.await("the others to be sent", PATIENCE, () -> newTaskRows(reference).stream()
        .filter(row -> !row.recipient().equals(failed.recipient())).allMatch(row -> row.status() == Status.SENT));
    assertThat(newTaskRows(reference)).filteredOn(row -> !row.recipient().equals(failed.recipient()))
        .isNotEmpty().allSatisfy(row -> assertThat(row.status()).isEqualTo(Status.SENT));
  }

  @Test
  void two_nodes_draining_one_outbox_send_every_mail_of_a_large_batch_exactly_once() throws InterruptedException {
    int mails = 450;
    for (int i = 0; i < mails; i++) {
      outbox.queue(MailKind.INFORMATION, "two-nodes", "occasion-" + i, "partner" + i + "@two-nodes.example.org",
          new MailParameters("Exampleshire", "CR-2026-0450", "Child Heron", "The rapid review is due", null, null));
    }
    // a second node: its own sender on the same database, draining while this node's scheduled one does
    OutboxSender otherNode = new OutboxSender(mailSender, outbox, templates, properties, clock);
    Thread other = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted() && outbox.counts().get(Status.PENDING) > 0) {
        otherNode.drain();
      }
    });
    other.start();
    SmtpServer.await("every mail", PATIENCE, () -> twoNodesMail().size() >= mails);
    other.interrupt();
    other.join();
    pause(SEVERAL_POLLS);

    List<String> recipients = twoNodesMail().stream().map(MailDeliveryIT::recipient).toList();
    assertThat(recipients).hasSize(mails).doesNotHaveDuplicates();
    assertThat(outbox.forCase("CR-2026-0450")).hasSize(mails)
        .allSatisfy(row -> assertThat(row.attempts()).isOne())
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(Status.SENT));
  }

  private List<MimeMessage> twoNodesMail() {
    return SMTP.messages().stream().filter(m -> recipient(m).endsWith("@two-nodes.example.org")).toList();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
