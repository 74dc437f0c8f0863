package uk.safeguarding.casereview.access.gate;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter on reads of the engine's REST API, on both of its paths (/engine-rest and the webapps'
 * /camunda/api/engine), that knows who is asking however they signed in.
 */
abstract class EngineReadFilter extends OncePerRequestFilter {

  private final Callers callers;
  private final String restPath;
  private final String webappPath;

  EngineReadFilter(IdentityService identity, String engineName, String restPath, String webappPath) {
    this.callers = new Callers(identity, engineName);
    this.restPath = restPath;
    this.webappPath = webappPath;
  }

  /** The call to the engine's REST API, with its caller; empty for any other path. */
  Optional<ApiCall> engineCall(HttpServletRequest request) {
    Caller caller = callers.of(request, request.getServletPath().startsWith(webappPath + "/"));
    return ApiCall.of(request, restPath, webappPath, caller).filter(call -> call.api() == Api.ENGINE);
  }
}
