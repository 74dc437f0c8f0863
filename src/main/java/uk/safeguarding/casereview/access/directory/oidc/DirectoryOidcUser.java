package uk.safeguarding.casereview.access.directory.oidc;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;

/**
 * A person signed in through the provider, named by this application's user id, with the application groups
 * their token mapped to when they signed in as authorities; kept in the session until it ends.
 */
public class DirectoryOidcUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final String userId;

  public DirectoryOidcUser(OidcUser signedIn, DirectoryPerson person) {
    super(person.groups().stream().map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList(),
        signedIn.getIdToken(), signedIn.getUserInfo(), "sub");
    this.userId = person.userId();
  }

  @Override
  public String getName() {
    return userId;
  }
}
