package uk.safeguarding.casereview.access;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.RestSignIn;
import uk.safeguarding.casereview.access.directory.oidc.BearerTokens;
import uk.safeguarding.casereview.access.directory.oidc.SignInPages;
import uk.safeguarding.casereview.access.gate.HistoryDataGate;
import uk.safeguarding.casereview.access.gate.TaskVariablesFilter;
import uk.safeguarding.casereview.access.gate.WriteAllowList;
import uk.safeguarding.casereview.access.gate.WriteGate;
import uk.safeguarding.casereview.access.login.LoginThrottle;
import uk.safeguarding.casereview.access.login.LoginThrottleFilter;
import uk.safeguarding.casereview.access.login.SessionLifetime;
import uk.safeguarding.casereview.access.web.RequestBodyGuard;
import uk.safeguarding.casereview.access.web.RequestLimits;

/**
 * The servlet filters in front of the REST API and the webapps, in the order they run: the request body read
 * once and bounded; a session past its maximum length ended; the first-run setup refused; wrong passwords
 * throttled; expressions in {@code orQueries} refused; with an OpenID Connect provider, its sign-in (Spring
 * Security, +15, {@code OidcSignInConfiguration}); on {@code /engine-rest} HTTP Basic against Camunda identity
 * (what Camunda Modeler sends when it deploys) or the provider's bearer tokens; then the allow-list of writes,
 * which needs to know who is calling.
 */
@Configuration
public class WebSecurityConfiguration {

  private final String restPath;
  private final String webappPath;

  public WebSecurityConfiguration(@Value("${spring.jersey.application-path:/engine-rest}") String restPath,
                                  CamundaBpmProperties camunda) {
    this.restPath = trimSlash(restPath);
    this.webappPath = trimSlash(camunda.getWebapp().getApplicationPath());
  }

  @Bean
  FilterRegistrationBean<RequestBodyGuard> requestBodyGuardFilter(RequestLimits limits) {
    FilterRegistrationBean<RequestBodyGuard> registration =
        new FilterRegistrationBean<>(new RequestBodyGuard(limits));
    registration.setName("request-body-guard");
    registration.addUrlPatterns(apiPatterns());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("login-throttle");
    registration.addUrlPatterns(apiPatterns());
    registration.addUrlPatterns("/actuator/*", SignInPages.BREAK_GLASS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WriteGate> writeGateFilter(WriteAllowList allowList, IdentityService identity,
                                               CamundaBpmProperties camunda) {
    FilterRegistrationBean<WriteGate> registration = new FilterRegistrationBean<>(
        new WriteGate(allowList, identity, camunda.getProcessEngineName(), restPath, webappPath));
    registration.setName("write-gate");
    registration.addUrlPatterns(apiPatterns());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<HistoryDataGate> historyDataGateFilter(IdentityService identity,
                                                                CamundaBpmProperties camunda) {
    FilterRegistrationBean<HistoryDataGate> registration = new FilterRegistrationBean<>(
        new HistoryDataGate(identity, camunda.getProcessEngineName(), restPath, webappPath));
    registration.setName("history-data-gate");
    registration.addUrlPatterns(apiPatterns());
    // after the REST API's login (+20), so the caller is known on both paths
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskVariablesFilter> taskVariablesFilter(IdentityService identity,
                                                                  CamundaBpmProperties camunda) {
    FilterRegistrationBean<TaskVariablesFilter> registration = new FilterRegistrationBean<>(
        new TaskVariablesFilter(identity, camunda.getProcessEngineName(), restPath, webappPath));
    registration.setName("task-variables-filter");
    registration.addUrlPatterns(apiPatterns());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 32);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RestSignIn> restAuthentication(ObjectProvider<BearerTokens> bearerTokens,
                                                        DirectoryProperties directory,
                                                        AdministratorProperties administrator) {
    FilterRegistrationBean<RestSignIn> registration = new FilterRegistrationBean<>(new RestSignIn(
        bearerTokens.getIfAvailable(), directory.configured() ? administrator.getId() : null));
    registration.setName("engine-rest-authentication");
    // /api: our own operator endpoints (the mail outbox), with the same login as the REST API
    registration.addUrlPatterns(restPath + "/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Before anything reads the session, directory sign-in included. */
  @Bean
  FilterRegistrationBean<SessionLifetime> sessionLifetime(DirectoryProperties directory) {
    FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(
        new SessionLifetime(directory.sessionMaxLifetime(), Clock.systemUTC()));
    registration.setName("session-lifetime");
    registration.addUrlPatterns(webappPath + "/*", "/oauth2/*", "/login/oauth2/*", SignInPages.BREAK_GLASS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupBlock> adminSetupBlock() {
    FilterRegistrationBean<AdminSetupBlock> registration = new FilterRegistrationBean<>(new AdminSetupBlock());
    registration.setName("admin-setup-block");
    registration.addUrlPatterns(webappPath + "/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OrQueryExpressionGuard> orQueryExpressionGuard() {
    FilterRegistrationBean<OrQueryExpressionGuard> registration =
        new FilterRegistrationBean<>(new OrQueryExpressionGuard());
    registration.setName("or-query-expression-guard");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The REST API, the webapps' APIs and our own. */
  private String[] apiPatterns() {
    return new String[] {restPath + "/*", webappPath + "/api/*", "/api/*"};
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
