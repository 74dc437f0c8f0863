package uk.safeguarding.casereview.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything connects anywhere, checks that the production profile has the environment variables it is
 * configured from (docker/.env.example lists them), so an operator reads "DB_URL is missing" rather than a
 * connection pool's complaint about a URL.
 */
public class ProductionEnvironment implements EnvironmentPostProcessor {

  public static final String PROFILE = "production";

  /** Every variable application-production.yaml reads without a default. */
  public static final List<String> REQUIRED = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_USER",
      "ADMIN_PASSWORD", "PUBLIC_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS", "MAIL_FROM", "PARTNERSHIP_NAME");

  /** May be present but empty (e.g. a database that trusts local connections). */
  private static final Set<String> MAY_BE_EMPTY = Set.of("DB_PASSWORD");

  /** Start-up stopped for missing variables; reported by {@link MissingEnvironmentAnalyzer}. */
  public static class MissingVariablesException extends IllegalStateException {

    private final List<String> missing;

    MissingVariablesException(List<String> missing) {
      super("The production profile needs these environment variables, which are not set: "
          + String.join(", ", missing));
      this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
      return missing;
    }
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String variable : REQUIRED) {
      String value = environment.getProperty(variable);
      if (value == null || value.isBlank() && !MAY_BE_EMPTY.contains(variable)) {
        missing.add(variable);
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingVariablesException(missing);
    }
  }
}
