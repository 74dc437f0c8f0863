package uk.safeguarding.casereview.access.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * The one way to write: every write to the engine's REST API (both paths), the webapps' APIs and our own is
 * checked against the {@link WriteAllowList} before it reaches the engine. Anything not listed is refused
 * with 403 for everyone but administrators, and nothing changes: the engine never sees the request, so a
 * refused call costs nothing (a job's retries, for one, were spent by refused executions).
 */
public class WriteGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WriteGate.class);

  private final WriteAllowList allowList;
  private final Callers callers;
  private final String restPath;
  private final String webappPath;

  public WriteGate(WriteAllowList allowList, IdentityService identity, String engineName, String restPath,
                   String webappPath) {
    this.allowList = allowList;
    this.callers = new Callers(identity, engineName);
    this.restPath = restPath;
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isRead(request)) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = callers.of(request, request.getServletPath().startsWith(webappPath + "/"));
    Optional<ApiCall> found = ApiCall.of(request, restPath, webappPath, caller);
    if (found.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ApiCall call = found.get();
    Optional<Refusal> refusal = refusalOf(call);
    if (refusal.isPresent()) {
      LOG.warn("Refused {} from {} ({}): {} {}", call, call.caller().isAnonymous() ? "someone not signed in"
          : call.caller().userId(), request.getRemoteAddr(), refusal.get().status(), refusal.get().message());
      JsonErrors.write(response, refusal.get().status(), refusal.get().type(), refusal.get().message());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isRead(HttpServletRequest request) {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private Optional<Refusal> refusalOf(ApiCall call) {
    Caller caller = call.caller();
    Optional<WriteAllowList.Match> match = allowList.find(call);
    if (match.isEmpty()) {
      if (caller.isAdministrator()) {
        return Optional.empty();
      }
      return Optional.of(caller.isAnonymous()
          ? Refusal.signIn()
          : Refusal.forbidden("This application does not let you " + call + ". Cases change only through "
              + "their forms: starting a case, completing a task, claiming or handing on a task of your groups, "
              + "commenting on a task you can see and changing your own password. Everything else is for "
              + "administrators."));
    }
    WriteCheck check = match.get().entry().check();
    if (caller.isAnonymous() && !check.openToAnonymous()) {
      return Optional.of(Refusal.signIn());
    }
    if (caller.isAdministrator() && !check.appliesToAdministrators()) {
      return Optional.empty();
    }
    return check.check(call, match.get().path());
  }
}
