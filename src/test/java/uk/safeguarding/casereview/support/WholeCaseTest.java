package uk.safeguarding.casereview.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.OutboxEntry;

/**
 * Whole cases on the real application, each person working through the REST calls Tasklist makes, the job
 * executor running the timers and async steps, mail delivered to a real SMTP server (GreenMail), and the
 * engine's clock moved on from one working day to the next. The engine's own services only watch: they wait
 * for its steps and read the history at the end. Subclasses are annotated
 * {@link WholeCaseApplication}, so that they share one application.
 */
public abstract class WholeCaseTest extends SmtpIntegrationTest {

  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @Autowired protected HistoryService historyService;
  @Autowired protected MailOutbox outbox;

  private final Map<String, TasklistClient> people = new HashMap<>();
  protected CaseDriver watch;

  @BeforeEach
  void start() {
    SMTP.reset();
    watch = CaseDriver.besideJobExecutor(engine);
  }

  @AfterEach
  void resetTheClock() {
    EngineClock.reset();
  }

  protected TasklistClient as(String user) {
    return people.computeIfAbsent(user, id -> TasklistClient.as(port, id));
  }

  /** Moves the engine's clock to a moment in London and waits for whatever fell due. */
  protected void at(String reference, LocalDateTime londonTime) {
    EngineClock.setLondonTime(londonTime);
    watch.awaitIdle(reference);
  }

  /** The person completes the one task of that activity they see in the case, once the engine is idle. */
  protected void complete(String user, String reference, String taskKey, Map<String, Object> form) {
    watch.awaitIdle(reference);
    as(user).complete(reference, taskKey, form);
    watch.awaitIdle(reference);
  }

  protected JsonNode task(String user, String reference, String taskKey) {
    watch.awaitIdle(reference);
    return as(user).task(reference, taskKey);
  }

  protected static Instant due(JsonNode task) {
    return OffsetDateTime.parse(task.path("due").asText(), REST_DATE).toInstant();
  }

  protected static Instant endOfDay(int year, int month, int day) {
    return EngineClock.londonTime(LocalDateTime.of(year, month, day, 23, 59, 59)).toInstant();
  }

  /** The subjects of every mail about the case that reached this address, once all queued mail is sent. */
  protected List<String> subjectsTo(String reference, String address) {
    return SMTP.messagesTo(address).stream().map(SmtpServer::subject)
        .filter(subject -> subject.startsWith("[" + reference + "] "))
        .map(subject -> subject.substring(reference.length() + 3)).sorted().toList();
  }

  protected void awaitAllMailSent(String reference) {
    SmtpServer.await("every mail of " + reference + " sent", Duration.ofSeconds(30), () ->
        allSent(reference));
  }

  protected boolean allSent(String reference) {
    return outbox.forCase(reference).stream().allMatch(row -> row.status() == OutboxEntry.Status.SENT);
  }

  protected List<HistoricProcessInstance> processesOf(String reference) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list();
  }

}
