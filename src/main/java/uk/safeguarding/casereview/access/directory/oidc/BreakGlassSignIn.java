package uk.safeguarding.casereview.access.directory.oidc;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.safeguarding.casereview.access.AdministratorAccount;

/**
 * The break-glass form: the local administrator ({@code ADMIN_USER}) with their Camunda password, checked (and
 * throttled) by the engine, and nobody else, whatever password they have. Works with the provider down.
 */
public class BreakGlassSignIn implements AuthenticationProvider {

  public static final String AUTHORITY = "BREAK_GLASS";
  private static final Logger LOG = LoggerFactory.getLogger(BreakGlassSignIn.class);

  private final IdentityService identity;
  private final AdministratorAccount administrator;

  public BreakGlassSignIn(IdentityService identity, AdministratorAccount administrator) {
    this.identity = identity;
    this.administrator = administrator;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String user = attempt.getName();
    Object password = attempt.getCredentials();
    if (!administrator.id().equals(user) || !(password instanceof String given)
        || !identity.checkPassword(user, given)) {
      throw new BadCredentialsException("refused");
    }
    // a sign-in that bypasses the directory's MFA: always worth a line in the log for the IT team
    LOG.warn("Break-glass administrator '{}' signed in with the local password", user);
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(AUTHORITY)));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
