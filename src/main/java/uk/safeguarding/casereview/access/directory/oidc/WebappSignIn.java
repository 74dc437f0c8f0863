package uk.safeguarding.casereview.access.directory.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Signs the person Spring Security has signed in (through the provider, or the break-glass form) in to the
 * webapps. Their groups are read from Camunda identity, where the sign-in has just mirrored the token's: one
 * source for the webapps, the engine and our own filters, which an administrator's change in Admin also
 * reaches. Each new sign-in replaces what the session held; a person no longer in Camunda identity (removed in
 * Admin) is signed out rather than answered with an error.
 */
public class WebappSignIn extends ContainerBasedAuthenticationFilter {

  private static final Pattern WHO_AM_I = Pattern.compile("/api/admin/auth/user/([^/]+)/?");
  /** Which sign-in the session's webapp authentication was made for. */
  private static final String SIGN_IN = WebappSignIn.class.getName() + ".signIn";

  @Override
  public void init(FilterConfig filterConfig) {
    // no authentication provider to name: the person comes from Spring Security's context
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String engineName = extractEngineName(req);
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    String userId = userId(signedIn);
    if (engineName == null || userId == null) {
      // the security filter chain has already sent anyone not signed in to the provider
      chain.doFilter(request, response);
      return;
    }
    ProcessEngine engine = getAddressedEngine(engineName);
    if (engine == null) {
      resp.sendError(404, "Process engine " + engineName + " not available");
      return;
    }
    HttpSession session = req.getSession();
    Authentications all = AuthenticationUtil.getAuthsFromSession(session);
    Authentication existing = all.getAuthenticationForProcessEngine(engineName);
    String signIn = signInOf(signedIn);
    if (existing == null || !userId.equals(existing.getIdentityId()) || !signIn.equals(session.getAttribute(SIGN_IN))) {
      UserAuthentication fresh = AuthenticationUtil.createAuthentication(engine, userId, null, null);
      if (fresh == null) {
        session.invalidate();
        SecurityContextHolder.clearContext();
        JsonErrors.write(resp, 401, "NotAuthenticated", "Your account has been removed here: sign in again.");
        return;
      }
      all.addOrReplace(fresh);
      session.setAttribute(SIGN_IN, signIn);
    }
    chain.doFilter(request, response);
  }

  /** Also the webapps' "who is signed in?", the first thing a page asks (Camunda's filter leaves it alone). */
  @Override
  protected String extractEngineName(HttpServletRequest request) {
    String engine = super.extractEngineName(request);
    if (engine != null) {
      return engine;
    }
    Matcher whoAmI = WHO_AM_I.matcher(getRequestUri(request));
    return whoAmI.matches() ? whoAmI.group(1) : null;
  }

  private static String userId(org.springframework.security.core.Authentication signedIn) {
    if (signedIn != null && signedIn.getPrincipal() instanceof DirectoryOidcUser user) {
      return user.getName();
    }
    boolean breakGlass = signedIn != null && signedIn.getAuthorities().stream()
        .anyMatch(authority -> BreakGlassSignIn.AUTHORITY.equals(authority.getAuthority()));
    return breakGlass ? signedIn.getName() : null;
  }

  /** Tells one sign-in from the next: the provider's ID token, or the break-glass sign-in itself. */
  private static String signInOf(org.springframework.security.core.Authentication signedIn) {
    return signedIn.getPrincipal() instanceof DirectoryOidcUser user
        ? "token:" + user.getIdToken().getTokenValue().hashCode()
        : "break-glass:" + signedIn.getName();
  }
}
