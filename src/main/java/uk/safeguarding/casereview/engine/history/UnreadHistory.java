package uk.safeguarding.casereview.engine.history;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The engine's history, less what nobody reads, written by the handler it wraps. Full history costs every case
 * hundreds of rows; these are the ones no auditor's page, report, Cockpit view or Tasklist reads:
 * <ul>
 *   <li>the job log of jobs that went well: a timer or async step created, done or deleted with its task (its
 *   failures, with their stack traces, stay: operators read those);</li>
 *   <li>the multi-instance counters the engine keeps ({@code nrOfInstances}, {@code loopCounter}, ...), which
 *   the case history deliberately does not show;</li>
 *   <li>the copies of the case's labels on each task ({@code CaseLabelsOnTasks}): the case's own variables keep
 *   their history, and the case history never shows a task's variables.</li>
 * </ul>
 * Every other event, including every change to the case's data, goes to the history as before. An event left
 * out is left out whole (created, updated and deleted alike), so no later event expects a row that is not there.
 */
public class UnreadHistory implements HistoryEventHandler {

  static final Set<String> ENGINE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");

  /** The labels CaseLabelsOnTasks copies onto every task. */
  static final Set<String> TASK_LABELS = Set.of(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM,
      CaseVariables.AGENCY_NAME);

  private final HistoryEventHandler history;

  public UnreadHistory(HistoryEventHandler history) {
    this.history = history;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (kept(event)) {
      history.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    List<HistoryEvent> kept = events.stream().filter(UnreadHistory::kept).toList();
    if (!kept.isEmpty()) {
      history.handleEvents(kept);
    }
  }

  static boolean kept(HistoryEvent event) {
    if (event instanceof HistoricJobLogEvent log) {
      // a job log entry says what it is by its state, not by an event type
      return log.isFailureLog();
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      String name = variable.getVariableName();
      boolean taskLabel = variable.getTaskId() != null && TASK_LABELS.contains(name);
      return !ENGINE_COUNTERS.contains(name) && !taskLabel;
    }
    return true;
  }
}
