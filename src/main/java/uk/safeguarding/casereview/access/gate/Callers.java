package uk.safeguarding.casereview.access.gate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who sent a request: on {@code /engine-rest} and {@code /api} the person Camunda's HTTP Basic filter has
 * just authenticated for this thread; on the webapps' API the person signed in to the session.
 */
class Callers {

  private final IdentityService identity;
  private final String engineName;

  Callers(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  Caller of(HttpServletRequest request, boolean webapp) {
    if (!webapp) {
      Authentication current = identity.getCurrentAuthentication();
      return current == null || current.getUserId() == null ? Caller.ANONYMOUS
          : new Caller(current.getUserId(), current.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    org.camunda.bpm.webapp.impl.security.auth.Authentication signedIn =
        all == null ? null : all.getAuthenticationForProcessEngine(engineName);
    if (signedIn instanceof UserAuthentication user && user.getName() != null) {
      return new Caller(user.getName(), user.getGroupIds());
    }
    return Caller.ANONYMOUS;
  }
}
