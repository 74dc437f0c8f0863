package uk.safeguarding.casereview.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * Drives one whole case, ours or the minimal process, with the people's own rights: each form submitted by the
 * person whose task it is, and the case's async steps run by the same client straight after (the job executor
 * is paused meanwhile). Only the submissions and the steps are counted; finding the task to work on is the
 * client's business, as Tasklist's list is, and is not.
 */
final class CaseRunner {

  enum Kind {
    OURS("our case"), MINIMAL("minimal process"), MINIMAL_WITH_MAIL("minimal process with the same mail");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  CaseRunner(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  /** Walks one case to its end; what it cost goes into the tally. */
  void run(Kind kind, String pseudonym, SqlTally tally) {
    List<ShortestCase.Step> steps = ShortestCase.steps();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey(kind)).latestVersion().singleResult().getId();
    Map<String, Object> start = new HashMap<>(ShortestCase.startForm(pseudonym));
    String minimalReference = "MIN-" + pseudonym;
    if (kind != Kind.OURS) {
      // the case's labels, as ours gives itself at the start: on every task's card and in every mail
      start.put(CaseVariables.CASE_REFERENCE, minimalReference);
    }
    ProcessInstance instance = SqlCounter.counting(tally, () -> as(ShortestCase.STARTER,
        () -> kind == Kind.OURS ? engine.getFormService().submitStartForm(definition, start)
            : engine.getFormService().submitStartForm(definition, minimalReference, start)));
    String reference = instance.getBusinessKey();
    runJobs(reference, tally);
    for (int i = 0; i < steps.size(); i++) {
      ShortestCase.Step step = steps.get(i);
      TaskQuery query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
          .taskCandidateGroup(step.group())
          .taskDefinitionKey(kind == Kind.OURS ? step.taskKey() : MinimalProcess.taskKey(i));
      Task task = query.singleResult();
      if (task == null) {
        throw new IllegalStateException("No task " + step.taskKey() + " in " + reference);
      }
      Map<String, Object> form = new HashMap<>(step.form());
      SqlCounter.counting(tally, () -> as(step.user(), () -> {
        engine.getFormService().submitTaskForm(task.getId(), form);
        return null;
      }));
      runJobs(reference, tally);
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0) {
      throw new IllegalStateException("The case " + reference + " has not ended");
    }
  }

  private static String processKey(Kind kind) {
    return switch (kind) {
      case OURS -> ProcessKeys.SERIOUS_INCIDENT;
      case MINIMAL -> MinimalProcess.PLAIN;
      case MINIMAL_WITH_MAIL -> MinimalProcess.WITH_MAIL;
    };
  }

  /** Runs the case's due jobs (async steps), as the job executor would, until none is left. */
  private void runJobs(String reference, SqlTally tally) {
    for (int round = 0; round < 50; round++) {
      List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(reference).list().stream().map(Execution::getId).toList();
      List<Job> due = instances.stream().flatMap(id -> engine.getManagementService().createJobQuery()
          .processInstanceId(id).executable().list().stream()).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> SqlCounter.counting(tally, () -> engine.getManagementService().executeJob(job.getId())));
    }
    throw new IllegalStateException("Jobs keep coming in " + reference);
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    List<String> memberOf = groups.computeIfAbsent(user, id -> identity.createGroupQuery().groupMember(id).list()
        .stream().map(Group::getId).toList());
    identity.setAuthentication(user, memberOf);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
