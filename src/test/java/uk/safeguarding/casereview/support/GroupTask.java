package uk.safeguarding.casereview.support;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A task for one group, outside any case: what sign-in tests need to see who sees what. */
public final class GroupTask {

  private GroupTask() {
  }

  /** The new task's id. */
  public static String create(TaskService tasks, String name, String group) {
    Task task = tasks.newTask();
    task.setName(name);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), group);
    return task.getId();
  }
}
