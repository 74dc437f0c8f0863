package uk.safeguarding.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The yardstick for start-up time and memory: a plain Camunda 7.24 web application (Spring Boot, Tasklist,
 * Cockpit, Admin, REST) with one trivial process, on the same class path, JVM and database as ours, configured
 * by minimal.yaml only (none of our application.yaml). The benchmark starts it in a JVM of its own. Its package is
 * outside ours so that no test of ours picks it up by component scanning. Spring Security is on the shared class
 * path (ours uses it for OpenID Connect sign-in only); a plain Camunda application has no login of Boot's.
 */
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class, SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
public class MinimalApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(MinimalApplication.class);
    application.setDefaultProperties(java.util.Map.of("spring.config.name", "minimal"));
    application.run(args);
  }
}
