package uk.safeguarding.casereview.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * Copies the case reference and the child's pseudonym onto every new user task, so that Tasklist can show
 * them on the task's card in the list. Tasklist reads those card variables with the person's own rights, and
 * people may read their tasks but not the whole case: a copy on the task is what they may see.
 *
 * <p>A task of a process that runs once per agency (agency summary, chronology, single-agency review, a
 * recommendation's action) also names its agency, on the card and in the task's name ("Check the chronology:
 * Exampleshire Police"): otherwise the business unit sees several identical cards for one case.
 */
@Component
public class CaseLabelsOnTasks extends AbstractBpmnParseListener {

  static final List<String> LABELS = List.of(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM);

  /** Where each per-agency process keeps its agency's name, in its own scope only (never passed on). */
  static final List<String> AGENCY_NAMES = List.of(CaseVariables.AGENCY_NAME, CaseVariables.REVIEWING_AGENCY_NAME,
      CaseVariables.OWNING_AGENCY_NAME);

  private final TaskListener copyLabels = CaseLabelsOnTasks::copyLabels;

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, copyLabels);
    }
  }

  private static void copyLabels(DelegateTask task) {
    for (String name : LABELS) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
    AGENCY_NAMES.stream().map(task::getVariable).filter(value -> value != null).findFirst()
        .map(String::valueOf).ifPresent(agency -> nameAgency(task, agency));
  }

  private static void nameAgency(DelegateTask task, String agency) {
    task.setVariableLocal(CaseVariables.AGENCY_NAME, agency);
    if (task.getName() != null && !task.getName().endsWith(": " + agency)) {
      task.setName(task.getName() + ": " + agency);
    }
  }
}
