package uk.safeguarding.casereview.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.gate.Caller;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Lets operators see the health endpoint's details with their Camunda login (HTTP Basic), while monitoring
 * without a login sees only UP or DOWN. The person's groups become the roles that
 * {@code management.endpoint.health.roles} names. A wrong password is 401 and counts like any login.
 */
public class OperatorSignIn extends OncePerRequestFilter {

  private final IdentityService identity;

  public OperatorSignIn(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = decode(authorization.substring(6).trim());
    if (credentials == null || !Caller.asSystem(identity, () -> identity.checkPassword(credentials[0],
        credentials[1]))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"case-review\"");
      JsonErrors.write(response, 401, "AuthenticationException", "Wrong user name or password.");
      return;
    }
    List<String> groups = Caller.asSystem(identity, () -> identity.createGroupQuery().groupMember(credentials[0])
        .list().stream().map(Group::getId).toList());
    chain.doFilter(new SignedIn(request, credentials[0], groups), response);
  }

  private static String[] decode(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final class SignedIn extends HttpServletRequestWrapper {

    private final String userId;
    private final List<String> groups;

    SignedIn(HttpServletRequest request, String userId, List<String> groups) {
      super(request);
      this.userId = userId;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> userId;
    }

    @Override
    public String getRemoteUser() {
      return userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }
}
