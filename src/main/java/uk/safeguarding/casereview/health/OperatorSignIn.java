package uk.safeguarding.casereview.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.gate.Caller;
import uk.safeguarding.casereview.access.web.BasicCredentials;
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
    if (!BasicCredentials.present(request)) {
      chain.doFilter(request, response);
      return;
    }
    BasicCredentials credentials = BasicCredentials.of(request).orElse(new BasicCredentials(null, null));
    if (credentials.user() == null || !Caller.asSystem(identity, () -> identity.checkPassword(credentials.user(),
        credentials.password()))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"case-review\"");
      JsonErrors.write(response, 401, "AuthenticationException", "Wrong user name or password.");
      return;
    }
    List<String> groups = Caller.asSystem(identity, () -> identity.createGroupQuery()
        .groupMember(credentials.user()).list().stream().map(Group::getId).toList());
    chain.doFilter(new SignedIn(request, credentials.user(), groups), response);
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
