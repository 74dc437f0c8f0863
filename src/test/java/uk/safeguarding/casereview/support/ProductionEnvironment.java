package uk.safeguarding.casereview.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables docker/docker-compose.yml gives the production profile, for a database and SMTP server here. */
public final class ProductionEnvironment {

  private ProductionEnvironment() {
  }

  /** The settings in compose order; the caller may change or add to them. */
  public static Map<String, String> of(PostgresDatabase database, int smtpPort, String admin, String adminPassword) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("DB_URL", database.url());
    settings.put("DB_USER", database.user());
    settings.put("DB_PASSWORD", "");
    settings.put("ADMIN_USER", admin);
    settings.put("ADMIN_PASSWORD", adminPassword);
    settings.put("PUBLIC_URL", "https://casereview.example.org");
    settings.put("SMTP_HOST", "127.0.0.1");
    settings.put("SMTP_PORT", String.valueOf(smtpPort));
    settings.put("SMTP_STARTTLS", "false");
    settings.put("MAIL_FROM", "case-review@partnership.example.org");
    settings.put("PARTNERSHIP_NAME", "Exampleshire Safeguarding Children Partnership");
    return settings;
  }

  /** Settings as command-line arguments ({@code --key=value}). */
  public static String[] arguments(Map<String, String> settings) {
    return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }
}
