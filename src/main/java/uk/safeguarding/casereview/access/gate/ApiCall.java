package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import uk.safeguarding.casereview.access.web.RequestBody;

/**
 * One request as the gate sees it: which API, the method, the path within that API (decoded and normalised
 * by the container, with no trailing slash), who sends it and its JSON body.
 */
public record ApiCall(Api api, String method, String path, Caller caller, HttpServletRequest request) {

  /** The call, or empty for a path the gate does not guard. */
  public static Optional<ApiCall> of(HttpServletRequest request, String restPath, String webappPath, Caller caller) {
    String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String path = full.replaceAll("/+", "/");
    String webappEngine = webappPath + "/api/engine/engine/";
    Api api;
    String rest;
    if (path.equals(restPath) || path.startsWith(restPath + "/")) {
      api = Api.ENGINE;
      rest = path.substring(restPath.length());
    } else if (path.startsWith(webappEngine)) {
      // /camunda/api/engine/engine/{engine}/task/... : the engine's name, then the REST API
      String afterEngines = path.substring(webappEngine.length());
      int slash = afterEngines.indexOf('/');
      api = Api.ENGINE;
      rest = slash < 0 ? "" : afterEngines.substring(slash);
    } else if (path.startsWith(webappPath + "/api/")) {
      api = Api.WEBAPP;
      rest = path.substring((webappPath + "/api").length());
    } else if (path.startsWith("/api/")) {
      api = Api.OWN;
      rest = path;
    } else {
      return Optional.empty();
    }
    while (rest.length() > 1 && rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return Optional.of(new ApiCall(api, request.getMethod(), rest, caller, request));
  }

  /** The JSON body, or a missing node when there is none. */
  public JsonNode json() {
    return RequestBody.json(request).orElse(MissingNode.getInstance());
  }

  public boolean hasBody() {
    return RequestBody.bytes(request).length > 0;
  }

  public boolean hasJsonBody() {
    return RequestBody.json(request).isPresent();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
