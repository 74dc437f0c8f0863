package uk.safeguarding.casereview.access.directory.oidc;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.safeguarding.casereview.access.AdministratorAccount;
import uk.safeguarding.casereview.access.directory.DirectoryAccounts;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;
import uk.safeguarding.casereview.access.web.JsonErrors;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * Sign-in to Tasklist, Cockpit and Admin through the partnership's OpenID Connect provider (authorization code
 * flow, Spring Security), when {@code casereview.directory.kind} is {@code oidc}: a webapp page sends someone
 * not signed in to the provider; their groups come from the token; the break-glass form serves the local
 * administrator; sign-out ends the session here and, where the provider offers it, there. The REST API is not
 * in this chain: it takes the provider's bearer tokens itself ({@code RestSignIn}).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnProperty(name = "casereview.directory.kind", havingValue = "oidc")
public class OidcSignInConfiguration {

  private static final String LOGOUT = "/logout";

  private final DirectoryProperties directory;
  private final String webappPath;

  public OidcSignInConfiguration(DirectoryProperties directory, CamundaBpmProperties camunda) {
    this.directory = directory;
    String path = camunda.getWebapp().getApplicationPath();
    this.webappPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Bean
  ProviderMetadata providerMetadata() {
    return new ProviderMetadata(directory.oidc().issuerUri(), directory.oidc().retryAfter(), Clock.systemUTC());
  }

  @Bean
  ProviderRegistration providerRegistration(ProviderMetadata metadata, CaseReviewProperties properties) {
    return new ProviderRegistration(directory.oidc(), metadata, properties.getPublicUrl());
  }

  @Bean
  TokenClaims tokenClaims(GroupMapping mapping, AdministratorAccount administrator) {
    return new TokenClaims(directory.oidc(), mapping, administrator.id());
  }

  /** The ID token's signature checked with keys fetched within bounded waits (Spring's sign-in looks this up). */
  @Bean
  JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
    return BoundedProviderCalls.idTokens();
  }

  @Bean
  BearerTokens bearerTokens(ProviderMetadata metadata, TokenClaims claims) {
    return new BearerTokens(directory.oidc(), metadata, claims);
  }

  @Bean
  SecurityFilterChain directorySignIn(HttpSecurity http, ProviderRegistration provider, TokenClaims claims,
                                      DirectoryAccounts accounts, IdentityService identity,
                                      AdministratorAccount administrator, CaseReviewProperties properties)
      throws Exception {
    SignInPages pages = new SignInPages(properties.getPartnershipName(), directory.oidc().providerName(), webappPath,
        provider);
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    // only a webapp page is worth returning to after sign-in, never one of its API calls
    requestCache.setRequestMatcher(new AntPathRequestMatcher(webappPath + "/app/**", "GET"));
    // path matchers, not Spring MVC's: the webapps and their API are servlets of Camunda's, not MVC handlers
    http.securityMatcher(new OrRequestMatcher(ant(webappPath + "/**"), ant("/oauth2/**"), ant("/login/oauth2/**"),
            ant(LOGOUT), ant(SignInPages.BREAK_GLASS), ant(SignInPages.SIGNED_OUT)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(ant(webappPath + "/app/**"), ant(webappPath + "/api/**")).authenticated()
            .anyRequest().permitAll())
        .requestCache(cache -> cache.requestCache(requestCache))
        .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, notSignedIn) -> {
          if (request.getRequestURI().startsWith(request.getContextPath() + webappPath + "/api/")) {
            JsonErrors.write(response, 401, "NotAuthenticated", "Sign in first.");
          } else {
            pages.commence(request, response, notSignedIn);
          }
        }))
        .oauth2Login(login -> login
            .clientRegistrationRepository(provider)
            // the provider's tokens stay in the person's session, not in the application's memory for good
            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
            .loginPage(SignInPages.BREAK_GLASS)
            .tokenEndpoint(token -> token.accessTokenResponseClient(BoundedProviderCalls.tokenEndpoint()))
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                new DirectoryUserService(BoundedProviderCalls.userInfo(), claims, accounts)))
            .failureHandler(pages))
        .formLogin(form -> form
            .loginPage(SignInPages.BREAK_GLASS)
            .loginProcessingUrl(SignInPages.BREAK_GLASS)
            .failureUrl(SignInPages.BREAK_GLASS + "?refused")
            .defaultSuccessUrl(webappPath + "/app/admin/default/", true))
        .authenticationProvider(new BreakGlassSignIn(identity, administrator))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(new AntPathRequestMatcher(LOGOUT, "GET"),
                new AntPathRequestMatcher(webappPath + "/api/admin/auth/user/*/logout", "POST")))
            .logoutSuccessHandler(signedOut(provider)))
        // the webapps have CSRF protection of their own; the break-glass form is the one form here
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AntPathRequestMatcher(SignInPages.BREAK_GLASS, "POST")))
        // the webapps set their own security headers; our pages set theirs (SignInPage)
        .headers(headers -> headers.disable())
        .addFilterAfter(pages, CsrfFilter.class);
    return http.build();
  }

  private static AntPathRequestMatcher ant(String pattern) {
    return new AntPathRequestMatcher(pattern);
  }

  /**
   * After sign-out: the webapps' own sign-out call gets 204 (the page then reloads to sign in); the sign-out
   * link goes on to the provider's end-session endpoint where it has one, back to our signed-out page.
   */
  private LogoutSuccessHandler signedOut(ProviderRegistration provider) {
    OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(provider);
    atProvider.setPostLogoutRedirectUri(provider.signedOutUrl());
    atProvider.setDefaultTargetUrl(SignInPages.SIGNED_OUT);
    return (HttpServletRequest request, HttpServletResponse response, Authentication signedIn) -> {
      if ("POST".equals(request.getMethod())) {
        response.setStatus(204);
      } else if (provider.current() == null) {
        response.sendRedirect(request.getContextPath() + SignInPages.SIGNED_OUT);
      } else {
        try {
          atProvider.onLogoutSuccess(request, response, signedIn);
        } catch (jakarta.servlet.ServletException failed) {
          throw new IOException(failed);
        }
      }
    };
  }

  /** Spring Security's filters, after the request limits and the login throttle, before the REST API's login. */
  @Bean
  DelegatingFilterProxyRegistrationBean securityFilterChainRegistration() {
    DelegatingFilterProxyRegistrationBean registration =
        new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
    return registration;
  }

  /** The webapps' session signed in as whoever Spring Security signed in, before Camunda's filters read it. */
  @Bean
  FilterRegistrationBean<WebappSignIn> webappSignIn() {
    FilterRegistrationBean<WebappSignIn> registration = new FilterRegistrationBean<>(new WebappSignIn());
    registration.setName("webapp-directory-sign-in");
    registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16);
    return registration;
  }
}
