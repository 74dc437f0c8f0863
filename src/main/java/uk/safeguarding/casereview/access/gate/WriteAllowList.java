package uk.safeguarding.casereview.access.gate;

import static uk.safeguarding.casereview.access.gate.WriteCheck.QUERY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every write that someone other than an administrator may send, and what each must also satisfy. What is
 * not listed is refused, so an endpoint that a Camunda upgrade adds stays closed until it is listed here.
 * Reads (GET, HEAD, OPTIONS) are not listed: the engine applies each person's read rights to them.
 */
@Component
public class WriteAllowList {

  /** One allowed write: the method and path (a whole-path pattern; its groups are ids) and its check. */
  public record Entry(Api api, String method, Pattern path, String purpose, WriteCheck check) {
  }

  /** A call matched to its entry. */
  public record Match(Entry entry, Matcher path) {
  }

  private static final String ID = "([^/]+)";

  /** Camunda's queries that Tasklist and Cockpit send as POST; each is a read. */
  private static final List<String> ENGINE_QUERIES = List.of("/task", "/task/count",
      "/filter/" + ID + "/list", "/filter/" + ID + "/count", "/filter/" + ID + "/singleResult",
      "/process-instance", "/process-instance/count", "/variable-instance", "/variable-instance/count",
      "/execution", "/execution/count", "/job", "/job/count", "/job-definition", "/job-definition/count",
      "/external-task", "/external-task/count", "/group", "/group/count",
      "/history/activity-instance", "/history/activity-instance/count", "/history/detail",
      "/history/external-task-log", "/history/external-task-log/count", "/history/job-log",
      "/history/job-log/count", "/history/process-instance", "/history/process-instance/count",
      "/history/task", "/history/task/count", "/history/variable-instance", "/history/variable-instance/count",
      // Admin's and Welcome's password fields ask whether a new password meets the policy
      "/identity/password-policy");

  /** The queries of Cockpit's own plugin API, under /cockpit/plugin/base/{engine}. */
  private static final List<String> COCKPIT_QUERIES = List.of("/process-instance", "/process-instance/count",
      "/incident", "/incident/count", "/process-definition/" + ID + "/called-process-definitions",
      "/process-instance/" + ID + "/called-process-instances");

  private final List<Entry> entries = new ArrayList<>();

  public WriteAllowList(FormSubmissions forms, TaskWork taskWork, OwnAccount account) {
    ENGINE_QUERIES.forEach(path -> add(Api.ENGINE, "POST", path, "a query", QUERY));
    COCKPIT_QUERIES.forEach(path -> add(Api.WEBAPP, "POST", "/cockpit/plugin/base/" + ID + path,
        "a Cockpit query", QUERY));

    add(Api.ENGINE, "POST", "/process-definition/" + ID + "/(?:submit-form|start)", "start a case through its "
        + "start form", forms.startForm(false));
    add(Api.ENGINE, "POST", "/process-definition/key/" + ID + "/(?:submit-form|start)",
        "start a case through its start form", forms.startForm(true));
    add(Api.ENGINE, "POST", "/process-definition/key/" + ID + "/tenant-id/" + ID + "/(?:submit-form|start)",
        "start a case through its start form", forms.startForm(true));
    add(Api.ENGINE, "POST", "/task/" + ID + "/(?:submit-form|complete)", "complete a task through its form",
        forms.taskForm());
    add(Api.ENGINE, "POST", "/task/" + ID + "/claim", "claim a task of one's groups", taskWork.claim());
    add(Api.ENGINE, "POST", "/task/" + ID + "/unclaim", "give a task back to its groups", taskWork.unclaim());
    add(Api.ENGINE, "POST", "/task/" + ID + "/assignee", "hand a task to a member of its groups",
        taskWork.assign());
    add(Api.ENGINE, "POST", "/task/" + ID + "/comment/create", "comment on a task one can see",
        taskWork.comment());
    add(Api.ENGINE, "PUT", "/user/" + ID + "/credentials", "change one's own password", account.password());

    add(Api.WEBAPP, "POST", "/admin/auth/user/" + ID + "/login/" + ID, "sign in", WriteCheck.ANYONE);
    add(Api.WEBAPP, "POST", "/admin/auth/user/" + ID + "/logout", "sign out", WriteCheck.ANYONE);
    // the mail outbox answers for itself who may retry (the business unit and administrators)
    add(Api.OWN, "POST", "/api/mail-outbox/" + ID + "/retry", "retry a failed mail", QUERY);
  }

  public Optional<Match> find(ApiCall call) {
    for (Entry entry : entries) {
      if (entry.api() == call.api() && entry.method().equals(call.method())) {
        Matcher matcher = entry.path().matcher(call.path());
        if (matcher.matches()) {
          return Optional.of(new Match(entry, matcher));
        }
      }
    }
    return Optional.empty();
  }

  private void add(Api api, String method, String path, String purpose, WriteCheck check) {
    entries.add(new Entry(api, method, Pattern.compile(path), purpose, check));
  }
}
