package uk.safeguarding.casereview.access;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The shared Tasklist filters. Their queries are stored queries with expressions, evaluated for the person
 * looking; the engine's task authorizations then narrow "Overdue" and "Due soon" to the tasks that person may
 * see. Only administrators may create filters (stored expressions run on the server).
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUPS_TASKS = "My groups' tasks";
  public static final String OVERDUE = "Overdue";
  public static final String DUE_SOON = "Due soon";

  /** One shared filter: its name is its identity, so renaming one in Admin leaves ours to be created again. */
  record Definition(String name, String description, int priority, String colour,
                    UnaryOperator<TaskQuery> criteria) {
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final Authorizations authorizations;
  private final CaseReviewProperties properties;

  public TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations,
                         CaseReviewProperties properties) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.properties = properties;
  }

  List<Definition> definitions() {
    int dueSoonDays = properties.getTasklist().getDueSoonDays();
    return List.of(
        new Definition(MY_TASKS, "Tasks assigned to you", 1, "#3b73af",
            query -> query.taskAssigneeExpression("${currentUser()}")),
        new Definition(MY_GROUPS_TASKS, "Tasks for your groups, claimed or not", 2, "#2e7d32",
            query -> query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(OVERDUE, "Your tasks and your groups' tasks past their due date", 3, "#c62828",
            query -> query.dueBeforeExpression("${now()}")),
        new Definition(DUE_SOON, "Your tasks and your groups' tasks due in the next " + dueSoonDays + " days",
            4, "#ef6c00",
            query -> query.dueAfterExpression("${now()}")
                .dueBeforeExpression("${dateTime().plusDays(" + dueSoonDays + ")}")));
  }

  /** Creates or updates every shared filter and lets the given groups read it. */
  public void apply(List<String> readers) {
    for (Definition definition : definitions()) {
      Filter filter = find(definition.name());
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name());
      }
      // soonest due first; Tasklist itself asks for the same order (scripts/case-review/task-cards.js)
      filter.setQuery(definition.criteria().apply(taskService.createTaskQuery()).orderByDueDate().asc());
      filter.setProperties(propertiesOf(definition));
      filter = filterService.saveFilter(filter);
      for (String group : readers) {
        authorizations.ensureGranted(group, FILTER, filter.getId(), List.of(READ));
      }
    }
  }

  public Filter find(String name) {
    // shared filters have no owner; a user's own filter of the same name is not ours to change
    return filterService.createTaskFilterQuery().filterName(name).list().stream()
        .filter(filter -> filter.getOwner() == null)
        .findFirst().orElse(null);
  }

  private Map<String, Object> propertiesOf(Definition definition) {
    Map<String, Object> filterProperties = new LinkedHashMap<>();
    filterProperties.put("description", definition.description());
    filterProperties.put("priority", definition.priority());
    filterProperties.put("color", definition.colour());
    filterProperties.put("refresh", true);
    // shown on every task card in the list, so a task can be told from others without opening it
    filterProperties.put("variables", List.of(
        Map.of("name", CaseVariables.CASE_REFERENCE, "label", "Case"),
        Map.of("name", CaseVariables.CHILD_PSEUDONYM, "label", "Child (pseudonym)"),
        Map.of("name", CaseVariables.AGENCY_NAME, "label", "Agency")));
    return filterProperties;
  }
}
