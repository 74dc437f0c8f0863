package uk.safeguarding.casereview.access.directory.oidc;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestOperations;
import org.springframework.web.client.RestTemplate;

/**
 * Every call to the provider with bounded waits (5 s to connect, 10 s to answer): discovery and the bearer
 * tokens' keys ({@link ProviderMetadata}), and the calls of Spring's own sign-in (code for tokens, the ID
 * token's keys, userinfo), which would otherwise wait as long as the network lets them.
 */
public final class BoundedProviderCalls {

  private BoundedProviderCalls() {
  }

  static ClientHttpRequestFactory requestFactory() {
    SimpleClientHttpRequestFactory bounded = new SimpleClientHttpRequestFactory();
    bounded.setConnectTimeout(Duration.ofSeconds(5));
    bounded.setReadTimeout(Duration.ofSeconds(10));
    return bounded;
  }

  /** For the provider's JSON (discovery, keys, userinfo), its errors read as OAuth 2.0 errors. */
  static RestOperations rest() {
    RestTemplate rest = new RestTemplate(requestFactory());
    rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
    return rest;
  }

  /** The authorization code exchanged for tokens, as Spring's default client does, within the bounds. */
  static OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenEndpoint() {
    RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
    client.setRestClient(RestClient.builder()
        .requestFactory(requestFactory())
        .messageConverters(converters -> {
          converters.clear();
          converters.add(new FormHttpMessageConverter());
          converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
        })
        .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
        .build());
    return client;
  }

  /** The provider's userinfo, read as Spring's OidcUserService reads it. */
  static OidcUserService userInfo() {
    DefaultOAuth2UserService plain = new DefaultOAuth2UserService();
    plain.setRestOperations(rest());
    OidcUserService oidc = new OidcUserService();
    oidc.setOauth2UserService(plain);
    return oidc;
  }

  /** ID tokens checked as Spring's OidcIdTokenDecoderFactory checks them, their keys fetched within the bounds. */
  static JwtDecoderFactory<ClientRegistration> idTokens() {
    RestOperations rest = rest();
    // one decoder per provider, which keeps the provider's keys between sign-ins
    Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
    return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
          .restOperations(rest).build();
      decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
          new OidcIdTokenValidator(registration)));
      decoder.setClaimSetConverter(new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
      return decoder;
    });
  }
}
