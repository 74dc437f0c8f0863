package uk.safeguarding.casereview.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * Walks cases through the processes the way people and the engine do: forms submitted by the user whose
 * task it is (with that user's rights), jobs and due timers run on demand, time moved on the engine's clock.
 */
public class CaseDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final boolean runsJobs;

  /** For process tests: the job executor is off and this driver runs due jobs itself. */
  public CaseDriver(ProcessEngine engine) {
    this(engine, true);
  }

  /** For a running application, whose job executor runs the jobs: this driver leaves them alone. */
  public static CaseDriver besideJobExecutor(ProcessEngine engine) {
    return new CaseDriver(engine, false);
  }

  private CaseDriver(ProcessEngine engine, boolean runsJobs) {
    this.runsJobs = runsJobs;
    this.identityService = engine.getIdentityService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
  }

  /** The variables that name a case on its tasks: its reference and the child's pseudonym. */
  public static Map<String, Object> caseLabels(String reference, String pseudonym) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_REFERENCE, reference);
    variables.put(CaseVariables.CHILD_PSEUDONYM, pseudonym);
    return variables;
  }

  /** A list as Tasklist submits a checklist or dynamic list: a JSON variable. */
  public static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A form value as plain Java: a JSON list built by {@link #json} becomes the list again. */
  public static Object plain(Object value) {
    if (value instanceof JsonValue json) {
      try {
        return JSON.readValue(json.getValueSerialized(), Object.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  /** Starts a process from its start form, as the user would in Tasklist. */
  public ProcessInstance startByForm(String user, String processKey, Map<String, Object> form) {
    return Authentication.as(identityService, user, () -> formService.submitStartForm(
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
            .singleResult().getId(), form));
  }

  /** The one open task of that activity anywhere in the case (the case's processes share its reference). */
  public Task task(String caseReference, String taskKey) {
    List<Task> tasks = tasks(caseReference, taskKey);
    if (tasks.size() != 1) {
      throw new AssertionError("Expected one open task " + taskKey + " in " + caseReference + " but found "
          + tasks.size() + "; open: " + openTaskKeys(caseReference));
    }
    return tasks.get(0);
  }

  /** The open task of that activity for one group, e.g. one agency's summary among several. */
  public Task taskFor(String caseReference, String taskKey, String group) {
    if (!runsJobs) {
      awaitIdle(caseReference);
    }
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey)
        .taskCandidateGroup(group).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskKey + " for " + group + " in " + caseReference + "; open: "
          + openTaskKeys(caseReference));
    }
    return task;
  }

  public List<Task> tasks(String caseReference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey)
        .orderByTaskCreateTime().asc().list();
  }

  public List<String> openTaskKeys(String caseReference) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseReference).list().stream()
        .map(Task::getTaskDefinitionKey).sorted().toList();
  }

  /** A variable as the task's form sees it. */
  public Object variable(Task task, String name) {
    return taskService.getVariable(task.getId(), name);
  }

  /**
   * Submits the task's form as the user, then runs whatever jobs became due. Beside a job executor it first
   * waits for the case's due jobs to finish, as a person would come to the task later: a step the engine runs
   * at the same moment in another branch of the same case would otherwise collide with it.
   */
  public void complete(String user, Task task, Map<String, Object> form) {
    if (!runsJobs) {
      awaitIdleOfInstance(task.getProcessInstanceId());
    }
    Authentication.as(identityService, user, () -> formService.submitTaskForm(task.getId(), form));
    runJobs();
  }

  private void awaitIdleOfInstance(String processInstanceId) {
    awaitIdle(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey());
  }

  /**
   * Beside a job executor: waits until no step of the case is due (async steps, timers due on the engine's
   * clock), and fails at once, with the engine's message, when a step has failed.
   */
  public void awaitIdle(String caseReference) {
    SmtpServer.await("the engine's steps in " + caseReference, java.time.Duration.ofSeconds(30), () -> {
      List<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
          .list().stream().map(instance -> instance.getId()).toList();
      for (String instance : instances) {
        Job failed = managementService.createJobQuery().processInstanceId(instance).withException().listPage(0, 1)
            .stream().findFirst().orElse(null);
        if (failed != null) {
          throw new AssertionError("A step of " + caseReference + " failed: " + failed.getExceptionMessage());
        }
      }
      return instances.stream().allMatch(instance -> managementService.createJobQuery().processInstanceId(instance)
          .executable().count() == 0);
    });
  }

  /** Completes the case's one open task of that activity; beside a job executor, once the case is idle. */
  public void complete(String user, String caseReference, String taskKey, Map<String, Object> form) {
    if (!runsJobs) {
      awaitIdle(caseReference);
    }
    complete(user, task(caseReference, taskKey), form);
  }

  /** Runs every job that is due now on the engine's clock (async steps, timers), until none is left. */
  public void runJobs() {
    if (!runsJobs) {
      return;
    }
    for (int round = 0; round < 100; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
      }
    }
    throw new AssertionError("Jobs keep coming after 100 rounds: a loop of timers?");
  }

  /** Moves the engine's clock to a moment in London time and runs what has fallen due. */
  public void at(LocalDateTime londonTime) {
    EngineClock.setLondonTime(londonTime);
    runJobs();
  }

  public static Map<String, Object> form(Object... namesAndValues) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }
}
