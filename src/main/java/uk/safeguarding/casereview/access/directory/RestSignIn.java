package uk.safeguarding.casereview.access.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import uk.safeguarding.casereview.access.directory.oidc.BearerTokens;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Who is calling {@code /engine-rest} (and our {@code /api}): HTTP Basic against Camunda identity, which with a
 * directory means the break-glass administrator alone (Camunda Modeler's deployments); or, with an OpenID
 * Connect provider, the provider's bearer token and the groups it maps to. A token refused is 401 with the reason; a valid token that gives no group is 403.
 */
public class RestSignIn extends ProcessEngineAuthenticationFilter {

  private static final String BEARER = "Bearer ";
  private static final String VERIFIED = RestSignIn.class.getName() + ".person";

  private final BearerTokens tokens;

  /**
   * @param tokens null when there is no OpenID Connect provider: bearer tokens are then refused
   * @param breakGlassOnly with a directory, HTTP Basic is for the break-glass administrator alone: a directory
   *                       password is never sent with every API call, nor tried against the directory for
   *                       anyone who asks (which would lock staff out of their own accounts)
   */
  public RestSignIn(BearerTokens tokens, String breakGlassOnly) {
    this.tokens = tokens;
    this.authenticationProvider = new Credentials(breakGlassOnly);
  }

  @Override
  public void init(FilterConfig filterConfig) {
    servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String header = req.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      if (tokens == null) {
        bearerRefused(resp, 401, "invalid_token", "This application takes no bearer tokens: no sign-in provider is"
            + " configured.");
        return;
      }
      BearerTokens.Verdict verdict = tokens.verify(header.substring(BEARER.length()).strip());
      if (verdict instanceof BearerTokens.Invalid invalid) {
        bearerRefused(resp, 401, "invalid_token", "The bearer token was refused: " + invalid.reason());
        return;
      }
      if (verdict instanceof BearerTokens.Unavailable unavailable) {
        JsonErrors.write(resp, 503, "SignInUnavailable", "The token cannot be checked now: " + unavailable.reason());
        return;
      }
      DirectoryPerson person = ((BearerTokens.Valid) verdict).person();
      if (!person.hasAccess()) {
        JsonErrors.write(resp, 403, "NoAccess", "'" + person.userId() + "' is in none of the directory groups that"
            + " give access to this application.");
        return;
      }
      req.setAttribute(VERIFIED, person);
    }
    super.doFilter(request, response, chain);
  }

  private static void bearerRefused(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer error=\"" + error + "\"");
    JsonErrors.write(response, status, "NotAuthenticated", message);
  }

  /** A verified token's person (set above), else HTTP Basic as Camunda checks it. */
  private static final class Credentials extends HttpBasicAuthenticationProvider {

    private final String breakGlassOnly;

    Credentials(String breakGlassOnly) {
      this.breakGlassOnly = breakGlassOnly;
    }

    @Override
    protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
      return (breakGlassOnly == null || breakGlassOnly.equals(userName))
          && super.isAuthenticated(engine, userName, password);
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      if (request.getAttribute(VERIFIED) instanceof DirectoryPerson person) {
        AuthenticationResult result = AuthenticationResult.successful(person.userId());
        result.setGroups(new ArrayList<>(person.groups()));
        return result;
      }
      return super.extractAuthenticatedUser(request, engine);
    }
  }
}
