package uk.safeguarding.casereview.support;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * What every process test needs: the engine, a {@link CaseDriver}, the engine's clock set to the moment the
 * test starts at (and reset afterwards), and the mail each case queued.
 */
@ProcessEngineTest
public abstract class ProcessTestBase {

  private static final AtomicInteger CASE_NUMBERS = new AtomicInteger(5000);

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected HistoryService historyService;
  @Autowired protected MailOutbox outbox;
  protected CaseDriver cases;

  /** When, in London, each test of the class begins. */
  protected abstract LocalDateTime startingAt();

  @BeforeEach
  void prepareTheEngine() {
    BpmnAwareTests.init(engine);
    cases = new CaseDriver(engine);
    EngineClock.setLondonTime(startingAt());
  }

  @AfterEach
  void resetTheClock() {
    EngineClock.reset();
  }

  /** Starts a process directly (as a call activity would), as a case of its own with a fresh reference. */
  protected ProcessInstance startCase(String processKey, Map<String, Object> variables) {
    String reference = "CR-2026-" + CASE_NUMBERS.incrementAndGet();
    Map<String, Object> all = new HashMap<>(variables);
    all.put(CaseVariables.CASE_REFERENCE, reference);
    all.putIfAbsent(CaseVariables.CHILD_PSEUDONYM, "Child Scarlet");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(processKey, reference, all);
    cases.runJobs();
    return instance;
  }

  /** Starts a case from its start form as the user, and runs the steps that fall due at once. */
  protected ProcessInstance startByForm(String user, String processKey, Map<String, Object> form) {
    ProcessInstance instance = cases.startByForm(user, processKey, form);
    cases.runJobs();
    return instance;
  }

  /** When the timer of that activity in that process instance falls due. */
  protected java.util.Date timer(String processInstanceId, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().singleResult().getDuedate();
  }

  protected List<OutboxEntry> mails(String caseReference, String kind) {
    return outbox.forCase(caseReference).stream().filter(mail -> mail.kind().equals(kind)).toList();
  }

  /** What the case's mails of that kind say: the step and its date, once per step whoever receives it. */
  protected List<MailParameters> mailSaying(String caseReference, String kind) {
    return mails(caseReference, kind).stream().map(mail -> outbox.parametersOf(mail.id()).orElseThrow())
        .distinct().toList();
  }

  protected Object historicVariable(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
