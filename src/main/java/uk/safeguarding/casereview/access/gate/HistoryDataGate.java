package uk.safeguarding.casereview.access.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.safeguarding.casereview.access.AccessTable;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * The history of a case's data (variable instances and their every change), on both paths to the engine's
 * REST API (and a named engine's path on either), only for the groups that read history by right: auditors,
 * the business unit and administrators. Camunda lets anyone whose group had any task in a process read every
 * historic variable of that process (its historic task permission joins on the process instance); one action
 * plan holds every agency's recommendations, so an agency's lead could read the others' there. Tasklist never
 * asks for this history; a lead reads their own recommendations in the tracker.
 */
public class HistoryDataGate extends EngineReadFilter {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryDataGate.class);
  /** The history of case data, on the default engine's path or a named engine's (/engine/{name}/history/...). */
  private static final Pattern GUARDED =
      Pattern.compile("^(/engine/[^/]+)?/history/(variable-instance|detail)(/.*)?$");
  static final List<String> READERS = AccessTable.CASE_HISTORY_READERS;

  public HistoryDataGate(IdentityService identity, String engineName, String restPath, String webappPath) {
    super(identity, engineName, restPath, webappPath);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<ApiCall> call = engineCall(request).filter(found -> guarded(found.path()));
    Caller caller = call.map(ApiCall::caller).orElse(Caller.ANONYMOUS);
    if (call.isEmpty() || caller.isAnonymous() || caller.groupIds().stream().anyMatch(READERS::contains)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warn("Refused {} from {} ({}): the history of cases' data", call.get(), caller.userId(),
        request.getRemoteAddr());
    Refusal refusal = Refusal.forbidden("The history of a case's data is for auditors, the business unit, the"
        + " review group and the safeguarding partners. Your tasks show what you need of a case.");
    JsonErrors.write(response, refusal.status(), refusal.type(), refusal.message());
  }

  private static boolean guarded(String path) {
    return GUARDED.matcher(path).matches();
  }
}
