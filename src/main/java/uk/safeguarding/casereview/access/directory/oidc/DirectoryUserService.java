package uk.safeguarding.casereview.access.directory.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.safeguarding.casereview.access.directory.DirectoryAccounts;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.directory.SignInRefused;

/**
 * At each sign-in through the provider: who the person is and which of our groups their directory groups give
 * them, from the token; refused when none; otherwise mirrored into Camunda identity.
 */
public class DirectoryUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryUserService.class);

  private final OidcUserService provider;
  private final TokenClaims claims;
  private final DirectoryAccounts accounts;

  /** @param provider Spring's reading of the ID token and userinfo, which this service then judges */
  public DirectoryUserService(OidcUserService provider, TokenClaims claims, DirectoryAccounts accounts) {
    this.provider = provider;
    this.claims = claims;
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser signedIn = provider.loadUser(request);
    try {
      DirectoryPerson person = claims.person(signedIn.getClaims());
      if (!person.hasAccess()) {
        // their earlier groups go too, so mail stops reaching someone taken out of every group
        accounts.removeAccess(person.userId());
        LOG.info("Sign-in refused for '{}': none of their directory groups is mapped", person.userId());
        throw new SignInRefused("Your account is not in any of the directory groups that give access to the case"
            + " review engine. If you should have access, ask your IT service desk to add you to the right group.");
      }
      accounts.mirror(person);
      LOG.info("'{}' signed in through the provider with groups {}", person.userId(), person.groups());
      return new DirectoryOidcUser(signedIn, person);
    } catch (SignInRefused refused) {
      throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", refused.getMessage(), null),
          refused.getMessage());
    }
  }
}
