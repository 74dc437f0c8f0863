package uk.safeguarding.casereview.webapps;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * The webapps' refusals in plain words ({@link WebappLoginAnswers}, {@link RefusedAppPage}), after the login
 * throttle and before Camunda's own webapp filters, whose answers they replace.
 */
@Configuration
public class WebappsConfiguration {

  @Bean
  FilterRegistrationBean<WebappLoginAnswers> webappLoginAnswers(ProcessEngine engine, WebappPath webapp) {
    FilterRegistrationBean<WebappLoginAnswers> registration =
        new FilterRegistrationBean<>(new WebappLoginAnswers(engine));
    registration.setName("webappLoginAnswers");
    registration.addUrlPatterns(webapp.path() + "/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RefusedAppPage> refusedAppPage(CaseReviewProperties properties, WebappPath webapp) {
    FilterRegistrationBean<RefusedAppPage> registration =
        new FilterRegistrationBean<>(new RefusedAppPage(properties.getPartnershipName()));
    registration.setName("refusedAppPage");
    registration.addUrlPatterns(webapp.path() + "/app/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
    return registration;
  }
}
