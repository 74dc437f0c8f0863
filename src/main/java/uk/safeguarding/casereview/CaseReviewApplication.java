package uk.safeguarding.casereview;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The case review engine: Camunda 7 with Tasklist, Cockpit, Admin and the REST API in one application.
 * Spring Security is here for sign-in with an OpenID Connect provider only, and switched on by that
 * configuration alone ({@code OidcSignInConfiguration}); Boot's defaults would put a login of their own in front
 * of everything.
 */
@SpringBootApplication(exclude = {SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
    OAuth2ClientAutoConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseReviewApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseReviewApplication.class, args);
  }
}
