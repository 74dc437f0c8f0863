package uk.safeguarding.casereview.health;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.MailOutboxHealth;

/**
 * The health checks that read the database, each bounded ({@link BoundedHealth}), so that
 * {@code /actuator/health} answers DOWN within seconds while the database is unreachable and UP again when it
 * returns. The bean names replace Spring Boot's own {@code db} check. Details are for operators who sign in
 * ({@link OperatorSignIn}).
 */
@Configuration(proxyBeanMethods = false)
public class HealthChecks {

  private final Duration bound;
  private final ExecutorService checks = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "health-check");
    thread.setDaemon(true);
    return thread;
  });

  public HealthChecks(@Value("${casereview.health.timeout:2s}") Duration bound) {
    this.bound = bound;
  }

  @Bean("dbHealthContributor")
  HealthIndicator database(DataSource dataSource) {
    return new BoundedHealth(new DataSourceHealthIndicator(dataSource), bound, checks);
  }

  @Bean
  FilterRegistrationBean<OperatorSignIn> operatorSignIn(IdentityService identity) {
    FilterRegistrationBean<OperatorSignIn> registration = new FilterRegistrationBean<>(new OperatorSignIn(identity));
    registration.setName("operator-sign-in");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean("mailOutboxHealthIndicator")
  HealthIndicator mailOutbox(MailOutbox outbox) {
    return new BoundedHealth(new MailOutboxHealth(outbox), bound, checks);
  }
}
