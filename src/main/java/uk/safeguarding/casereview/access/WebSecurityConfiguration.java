package uk.safeguarding.casereview.access;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters in front of the REST API and the webapps: HTTP Basic against Camunda identity on
 * {@code /engine-rest} (what Camunda Modeler sends when it deploys), and the guards against the two holes of
 * 7.24.0 that Camunda fixes only in paid releases.
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
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // /api: our own operator endpoints (the mail outbox), with the same login as the REST API
    registration.addUrlPatterns(restPath + "/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
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

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
