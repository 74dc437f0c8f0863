package uk.safeguarding.casereview.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Forms as Tasklist fetches them: served with their templates escaped ({@link EscapedFormTemplates}). */
@Configuration(proxyBeanMethods = false)
public class FormWebConfiguration {

  @Bean
  FilterRegistrationBean<EscapedFormTemplates> escapedFormTemplates(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<EscapedFormTemplates> registration =
        new FilterRegistrationBean<>(new EscapedFormTemplates());
    registration.setName("escaped-form-templates");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
    return registration;
  }
}
