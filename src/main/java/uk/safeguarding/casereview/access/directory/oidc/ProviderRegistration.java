package uk.safeguarding.casereview.access.directory.oidc;

import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;

/**
 * The application as a client of the partnership's provider, read from the provider's discovery document the
 * first time someone signs in rather than at start-up: the application must start, and its break-glass
 * administrator sign in, while the provider cannot be reached ({@link ProviderMetadata}).
 */
public class ProviderRegistration implements ClientRegistrationRepository {

  public static final String ID = "directory";

  private final DirectoryProperties.Oidc settings;
  private final ProviderMetadata metadata;
  private final String publicUrl;
  private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

  /** @param publicUrl where staff reach the application: the address registered at the provider is built on it */
  public ProviderRegistration(DirectoryProperties.Oidc settings, ProviderMetadata metadata, String publicUrl) {
    this.settings = settings;
    this.metadata = metadata;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** Where the provider sends people back after they signed out there (registered with it too). */
  public String signedOutUrl() {
    return publicUrl + SignInPages.SIGNED_OUT;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    return ID.equals(registrationId) ? current() : null;
  }

  /** The registration, or null while the provider's discovery document cannot be read. */
  public ClientRegistration current() {
    ClientRegistration known = registration.get();
    if (known != null) {
      return known;
    }
    Map<String, Object> document = metadata.document();
    if (document == null) {
      return null;
    }
    ClientRegistration read = ClientRegistrations.fromOidcConfiguration(document)
        .registrationId(ID)
        .clientName(settings.providerName())
        .clientId(settings.clientId())
        .clientSecret(settings.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(publicUrl + "/login/oauth2/code/{registrationId}")
        .scope(settings.scopes())
        .userNameAttributeName("sub")
        .build();
    registration.compareAndSet(null, read);
    return registration.get();
  }
}
