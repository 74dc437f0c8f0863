package uk.safeguarding.casereview.benchmark;

import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.ProductionEnvironment;

/**
 * The application as a partnership runs it: the production profile, on a PostgreSQL database of the benchmark's
 * own, sending mail to the benchmark's SMTP server, configured through the same variables as docker/.
 */
public final class BenchmarkApplication {

  static final String ADMIN = "benchmark.admin";
  static final String ADMIN_PASSWORD = "Kestrel-Harbour-Lantern-47!";

  private BenchmarkApplication() {
  }

  public static ConfigurableApplicationContext start(PostgresDatabase database, int smtpPort, String... extra) {
    return start(database, smtpPort, List.of(), extra);
  }

  /** The same, with initializers of the benchmark's own (e.g. one that counts the SQL the application sends). */
  public static ConfigurableApplicationContext start(
      PostgresDatabase database, int smtpPort,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... extra) {
    return new SpringApplicationBuilder(CaseReviewApplication.class).profiles("production")
        .initializers(initializers.toArray(ApplicationContextInitializer[]::new))
        .run(arguments(database, smtpPort, extra));
  }

  /** The settings docker/ passes as environment variables, as command-line arguments. */
  public static String[] arguments(PostgresDatabase database, int smtpPort, String... extra) {
    Map<String, String> settings = ProductionEnvironment.of(database, smtpPort, ADMIN, ADMIN_PASSWORD);
    settings.put("PARTNERSHIP_NAME", "Benchmarkshire Safeguarding Children Partnership");
    settings.put("logging.level.uk.safeguarding.casereview.notification.MailOutbox", "WARN");
    // behind its TLS proxy a node's cookies are Secure; the benchmark talks plain HTTP on loopback, so its HTTP
    // client would never send them back
    settings.put("server.servlet.session.cookie.secure", "false");
    settings.put("camunda.bpm.webapp.csrf.enable-secure-cookie", "false");
    settings.put("camunda.bpm.webapp.session-cookie.enable-secure-cookie", "false");
    for (String setting : extra) {
      settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
    }
    return ProductionEnvironment.arguments(settings);
  }

  public static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
