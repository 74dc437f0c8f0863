package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.form.DeployedForms;
import uk.safeguarding.casereview.form.FeelConditions;
import uk.safeguarding.casereview.form.FormSchema;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.form.SubmittedVariables;

/**
 * Form submissions as they arrive: a case starts through its start form and a task ends through its form,
 * and the request carries exactly that form's fields ({@link SubmittedVariables}); nothing else in the body
 * (a business key, start instructions) is accepted from anyone but administrators.
 */
@Component
public class FormSubmissions {

  static final List<String> TASK_KEYS = List.of("variables", "withVariablesInReturn");
  static final List<String> START_KEYS = List.of("variables");
  /** What administrators may add when starting a case from Modeler or a script. */
  static final List<String> ADMIN_START_KEYS = List.of("variables", "businessKey", "startInstructions",
      "skipCustomListeners", "skipIoMappings", "withVariablesInReturn", "caseInstanceId");

  private final TaskService tasks;
  private final RepositoryService repository;
  private final FormService formService;
  private final IdentityService identity;
  private final DeployedForms forms;
  private final FeelConditions conditions;

  public FormSubmissions(TaskService tasks, RepositoryService repository, FormService formService,
                         IdentityService identity, DeployedForms forms, FeelConditions conditions) {
    this.tasks = tasks;
    this.repository = repository;
    this.formService = formService;
    this.identity = identity;
    this.forms = forms;
    this.conditions = conditions;
  }

  /** {@code /task/{id}/submit-form} and {@code /task/{id}/complete}. */
  public WriteCheck taskForm() {
    return formCheck((call, path) -> {
      String taskId = path.group(1);
      Task task = call.caller().query(identity, () -> tasks.createTaskQuery().taskId(taskId)
          .initializeFormKeys().singleResult());
      if (task == null) {
        return Optional.of(Refusal.notFound("There is no task " + taskId + " that you may work on."));
      }
      Optional<Refusal> body = bodyKeys(call, TASK_KEYS);
      if (body.isPresent()) {
        return body;
      }
      if (task.getProcessDefinitionId() == null) {
        // a task outside any case has no form, so it takes no variables
        return variables(call, task.getName(), null, null, Map.of());
      }
      String deploymentId = Caller.asSystem(identity,
          () -> repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId());
      Map<String, Object> current = Caller.asSystem(identity,
          () -> new FormValues(tasks.getVariables(taskId)).asMap());
      return variables(call, task.getName(), task.getCamundaFormRef(), deploymentId, current);
    });
  }

  /** {@code /process-definition/{id}/submit-form} and {@code /start}, also by key (and tenant). */
  public WriteCheck startForm(boolean byKey) {
    return formCheck((call, path) -> {
      ProcessDefinition definition = call.caller().query(identity, () -> definition(path, byKey));
      if (definition == null) {
        return Optional.of(Refusal.notFound("There is no process " + path.group(1) + " that you may start."));
      }
      Optional<Refusal> body = bodyKeys(call, call.caller().isAdministrator() ? ADMIN_START_KEYS : START_KEYS);
      if (body.isPresent()) {
        return body;
      }
      CamundaFormRef form = call.caller().query(identity,
          () -> formService.getStartFormData(definition.getId()).getCamundaFormRef());
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      return variables(call, name, form, definition.getDeploymentId(), Map.of());
    });
  }

  private ProcessDefinition definition(Matcher path, boolean byKey) {
    if (!byKey) {
      return repository.createProcessDefinitionQuery().processDefinitionId(path.group(1)).singleResult();
    }
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(path.group(1));
    query = path.groupCount() > 1 ? query.tenantIdIn(path.group(2)) : query.withoutTenantId();
    return query.latestVersion().singleResult();
  }

  private Optional<Refusal> variables(ApiCall call, String formName, CamundaFormRef form, String deploymentId,
                                      Map<String, Object> current) {
    JsonNode variables = call.json().path("variables");
    List<String> problems = new ArrayList<>();
    if (form == null) {
      if (variables.isObject() && !variables.isEmpty()) {
        problems.add("it has no form, so it takes no variables");
      }
    } else {
      FormSchema schema = forms.find(form, deploymentId);
      problems.addAll(SubmittedVariables.problems(schema, variables, current::get));
      if (problems.isEmpty() && variables.isObject()) {
        problems.addAll(SubmittedVariables.sentWhileHidden(schema, variables, current, conditions));
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(Refusal.badRequest(
        "Please correct the form \"" + formName + "\": " + String.join("; ", problems) + "."));
  }

  private static Optional<Refusal> bodyKeys(ApiCall call, Collection<String> allowed) {
    JsonNode body = call.json();
    if (body.isMissingNode()) {
      return Optional.empty();
    }
    if (!body.isObject()) {
      return Optional.of(Refusal.badRequest("The request body must be a JSON object."));
    }
    List<String> unknown = new ArrayList<>();
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    });
    return unknown.isEmpty() ? Optional.empty() : Optional.of(Refusal.badRequest("The request may carry only "
        + String.join(", ", allowed) + "; not " + String.join(", ", unknown)
        + (unknown.contains("businessKey") ? " (the case reference is given by the process)" : "") + "."));
  }

  /** A form check: JSON bodies only, and administrators are held to the form too. */
  private static WriteCheck formCheck(WriteCheck check) {
    return new WriteCheck() {
      @Override
      public Optional<Refusal> check(ApiCall call, Matcher path) {
        if (!call.hasJsonBody() && call.hasBody()) {
          return Optional.of(Refusal.unsupportedMediaType("A form is submitted as JSON (Content-Type: "
              + "application/json)."));
        }
        return check.check(call, path);
      }

      @Override
      public boolean appliesToAdministrators() {
        return true;
      }
    };
  }
}
