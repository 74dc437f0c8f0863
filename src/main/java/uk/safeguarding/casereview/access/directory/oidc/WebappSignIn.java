package uk.safeguarding.casereview.access.directory.oidc;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs the person Spring Security has signed in (through the provider, or the break-glass form) in to the
 * webapps, with the groups their token gave them at sign-in; the break-glass administrator with their groups
 * in Camunda identity. A session whose groups differ from those (a new sign-in) is signed in afresh.
 */
public class WebappSignIn extends ContainerBasedAuthenticationFilter {

  private static final Pattern WHO_AM_I = Pattern.compile("/api/admin/auth/user/([^/]+)/?");

  public WebappSignIn() {
    this.authenticationProvider = new FromSecurityContext();
  }

  @Override
  public void init(FilterConfig filterConfig) {
    // the provider is set above, not named in an init parameter
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

  @Override
  protected boolean existisAuthentication(Authentications authentications, String engineName, String username) {
    Authentication existing = authentications.getAuthenticationForProcessEngine(engineName);
    if (!super.existisAuthentication(authentications, engineName, username)) {
      return false;
    }
    List<String> groups = signedInGroups();
    return groups == null || existing instanceof UserAuthentication user
        && new HashSet<>(user.getGroupIds()).equals(new HashSet<>(groups));
  }

  /** The groups from the token, or null for the break-glass administrator (read from Camunda identity). */
  private static List<String> signedInGroups() {
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null && signedIn.getPrincipal() instanceof DirectoryOidcUser user ? user.groups() : null;
  }

  private static final class FromSecurityContext implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      var signedIn = SecurityContextHolder.getContext().getAuthentication();
      if (signedIn != null && signedIn.getPrincipal() instanceof DirectoryOidcUser user) {
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        result.setGroups(user.groups());
        return result;
      }
      if (signedIn != null && signedIn.getAuthorities().stream()
          .anyMatch(authority -> BreakGlassSignIn.AUTHORITY.equals(authority.getAuthority()))) {
        return AuthenticationResult.successful(signedIn.getName());
      }
      return AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      // the security filter chain has already sent anyone not signed in to the provider
    }
  }
}
