package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Claiming, handing on and commenting on a task: only by someone the task is for (a member of one of its
 * candidate groups, or its assignee), and handed only to someone it is for. A comment needs a task the
 * person can read, so the auditor, who reads no task, comments on none.
 */
@Component
public class TaskWork {

  static final int MAX_COMMENT_LENGTH = 4000;

  private final TaskService tasks;
  private final IdentityService identity;

  public TaskWork(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** {@code POST /task/{id}/claim}: for oneself only. */
  public WriteCheck claim() {
    return onTaskFor((call, task) -> {
      JsonNode user = call.json().path("userId");
      if (!call.json().isObject()) {
        return Optional.of(Refusal.badRequest("A claim is {\"userId\": \"...\"}."));
      }
      return user.isTextual() && user.asText().equals(call.caller().userId()) ? Optional.empty()
          : Optional.of(Refusal.forbidden("You may claim a task only for yourself."));
    });
  }

  /** {@code POST /task/{id}/unclaim}. */
  public WriteCheck unclaim() {
    return onTaskFor((call, task) -> Optional.empty());
  }

  /** {@code POST /task/{id}/assignee}: to someone the task is for, or to nobody. */
  public WriteCheck assign() {
    return onTaskFor((call, task) -> {
      if (!call.json().isObject() || !call.json().has("userId")) {
        return Optional.of(Refusal.badRequest("A hand-over is {\"userId\": \"...\"}, or null for nobody."));
      }
      JsonNode user = call.json().path("userId");
      if (user.isNull()) {
        return Optional.empty();
      }
      if (!user.isTextual() || !isFor(user.asText(), groupsOf(user.asText()), task)) {
        return Optional.of(Refusal.forbidden("A task may be assigned only to a member of one of its groups."));
      }
      return Optional.empty();
    });
  }

  /** {@code POST /task/{id}/comment/create}: on a task one can read, plain text of a bounded length. */
  public WriteCheck comment() {
    return (call, path) -> {
      String taskId = path.group(1);
      if (visible(call, taskId) == null) {
        return Optional.of(Refusal.forbidden("You may comment only on a task you can see."));
      }
      JsonNode body = call.json();
      JsonNode message = body.path("message");
      if (!body.isObject() || body.size() != 1 || !message.isTextual() || message.asText().isBlank()) {
        return Optional.of(Refusal.badRequest("A comment is {\"message\": \"...\"}, with text."));
      }
      if (message.asText().length() > MAX_COMMENT_LENGTH) {
        return Optional.of(Refusal.badRequest("A comment may have at most " + MAX_COMMENT_LENGTH
            + " characters (it has " + message.asText().length() + ")."));
      }
      return Optional.empty();
    };
  }

  private WriteCheck onTaskFor(BiFunction<ApiCall, Task, Optional<Refusal>> then) {
    return (call, path) -> {
      Task task = visible(call, path.group(1));
      if (task == null || !isFor(call.caller().userId(), call.caller().groupIds(), task)) {
        return Optional.of(Refusal.forbidden("This task is not for you: only members of its groups may claim, "
            + "hand on or return it."));
      }
      return then.apply(call, task);
    };
  }

  private Task visible(ApiCall call, String taskId) {
    return call.caller().query(identity, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
  }

  private boolean isFor(String userId, List<String> groups, Task task) {
    if (userId == null) {
      return false;
    }
    if (userId.equals(task.getAssignee())) {
      return true;
    }
    List<IdentityLink> links = Caller.asSystem(identity, () -> tasks.getIdentityLinksForTask(task.getId()));
    return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> userId.equals(link.getUserId()) || link.getGroupId() != null
            && groups.contains(link.getGroupId()));
  }

  private List<String> groupsOf(String userId) {
    return Caller.asSystem(identity, () -> identity.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> group.getId()).filter(Objects::nonNull).toList());
  }
}
