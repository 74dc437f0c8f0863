package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.safeguarding.casereview.access.AccessTable;
import uk.safeguarding.casereview.access.web.JsonErrors;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * A task's variables, read through the task, never carry the case's lists of every agency's recommendations
 * ({@code recommendations}, {@code actionPlan}) to anyone outside the partnership-wide readers. An agency
 * lead's "Report progress" task lives inside the action plan, whose process holds those lists, and Camunda
 * answers a task's variables with every variable its process can see; the lead's form needs only its own
 * recommendation, which the task's branch holds. Both REST paths, as a whole list and by name.
 */
public class TaskVariablesFilter extends EngineReadFilter {

  static final Set<String> CASE_WIDE = Set.of(CaseVariables.RECOMMENDATIONS, CaseVariables.ACTION_PLAN);
  private static final Pattern TASK_VARIABLES =
      Pattern.compile("^(/engine/[^/]+)?/task/[^/]+/(form-variables|variables)(/([^/]+)(/data)?)?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  public TaskVariablesFilter(IdentityService identity, String engineName, String restPath, String webappPath) {
    super(identity, engineName, restPath, webappPath);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<ApiCall> call = "GET".equals(request.getMethod()) ? engineCall(request) : Optional.empty();
    Caller caller = call.map(ApiCall::caller).orElse(Caller.ANONYMOUS);
    Optional<Matcher> read = call.map(found -> TASK_VARIABLES.matcher(found.path())).filter(Matcher::matches);
    if (read.isEmpty() || caller.isAnonymous() || caller.groupIds().stream()
        .anyMatch(AccessTable.PARTNERSHIP_READERS::contains)) {
      chain.doFilter(request, response);
      return;
    }
    String named = read.get().group(4);
    if (named != null) {
      if (CASE_WIDE.contains(named)) {
        JsonErrors.write(response, 403, "Forbidden", "The case's list of every agency's recommendations is for the"
            + " review group and the business unit; your task holds your own recommendation");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (answer.getStatus() == 200 && body.length > 0) {
      JsonNode json = JSON.readTree(body);
      if (json instanceof ObjectNode variables) {
        CASE_WIDE.forEach(variables::remove);
        body = JSON.writeValueAsBytes(variables);
      }
    }
    answer.resetBuffer();
    answer.setContentLength(body.length);
    answer.getOutputStream().write(body);
    answer.copyBodyToResponse();
  }
}
