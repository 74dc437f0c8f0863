package uk.safeguarding.casereview.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import uk.safeguarding.casereview.config.ProductionEnvironment;
import uk.safeguarding.casereview.support.RequiredInCi;

/**
 * docker/ cannot be run here (no Docker engine), so what can be checked is checked: every variable the
 * production profile reads is set by the compose file or docker/.env.example, and docker-compose itself
 * resolves the file.
 */
class DockerConfigurationTest {

  private static final Path COMPOSE = Path.of("docker", "docker-compose.yml");
  private static final Path ENV_EXAMPLE = Path.of("docker", ".env.example");
  private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
  private static final Path PRODUCTION_PROFILE = Path.of("src", "main", "resources", "application-production.yaml");

  /** ${NAME} without a default: what the profile cannot start without. */
  private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
  /** ${NAME:default}: what the profile can do without. */
  private static final Pattern OPTIONAL_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");
  /** ${NAME}, ${NAME:-default} or ${NAME:?message} in the compose file, but not $${escaped}. */
  private static final Pattern COMPOSE_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)(:?[-?][^}]*)?}");

  private static Set<String> requiredByProductionProfile() throws IOException {
    Matcher matcher = REQUIRED_PLACEHOLDER.matcher(Files.readString(PRODUCTION_PROFILE));
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Map<String, String> envExample() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ENV_EXAMPLE)) {
      if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
        values.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim());
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> appEnvironment() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    return (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
  }

  @Test
  void the_start_up_check_knows_every_variable_the_production_profile_reads() throws IOException {
    assertThat(requiredByProductionProfile()).containsExactlyInAnyOrderElementsOf(ProductionEnvironment.REQUIRED);
  }

  @Test
  void the_compose_file_gives_the_application_every_variable_the_production_profile_reads() throws IOException {
    Map<String, Object> environment = appEnvironment();
    assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "production");
    for (String variable : requiredByProductionProfile()) {
      assertThat(environment).as("app environment of docker-compose.yml").containsKey(variable);
      assertThat(String.valueOf(environment.get(variable))).as(variable).isNotBlank();
    }
  }

  /** A setting with a default (sign-in with a directory, pool sizes, ...) set in docker/.env reaches the application. */
  @Test
  void the_compose_file_passes_on_every_optional_setting_of_the_production_profile() throws IOException {
    Matcher matcher = OPTIONAL_PLACEHOLDER.matcher(Files.readString(PRODUCTION_PROFILE));
    Map<String, Object> environment = appEnvironment();
    Map<String, String> example = envExample();
    int optional = 0;
    while (matcher.find()) {
      assertThat(environment).as("app environment of docker-compose.yml").containsKey(matcher.group(1));
      optional++;
    }
    assertThat(optional).isGreaterThan(20);
    assertThat(example).containsKeys("DIRECTORY", "GROUP_MAPPING", "OIDC_ISSUER_URI", "OIDC_CLIENT_SECRET", "LDAP_URL")
        .containsEntry("OIDC_CLIENT_SECRET", "").containsEntry("LDAP_BIND_PASSWORD", "");
  }

  @Test
  void every_variable_the_compose_file_interpolates_is_in_env_example_or_has_a_default() throws IOException {
    Matcher matcher = COMPOSE_VARIABLE.matcher(Files.readString(COMPOSE));
    Map<String, String> example = envExample();
    while (matcher.find()) {
      boolean hasDefault = matcher.group(2) != null && matcher.group(2).contains("-");
      assertThat(hasDefault || example.containsKey(matcher.group(1)))
          .as(matcher.group(1) + " is set in docker/.env.example or has a default").isTrue();
    }
  }

  @Test
  void env_example_ships_no_password() throws IOException {
    assertThat(envExample()).containsEntry("ADMIN_PASSWORD", "").containsEntry("DB_PASSWORD", "");
  }

  @Test
  void the_image_is_built_in_stages_runs_as_a_user_and_checks_its_health() throws IOException {
    List<String> lines = Files.readAllLines(DOCKERFILE);
    assertThat(lines.stream().filter(line -> line.startsWith("FROM ")).count()).isGreaterThanOrEqualTo(2);
    assertThat(lines).anyMatch(line -> line.startsWith("USER ") && !line.contains("root"));
    assertThat(String.join("\n", lines)).contains("HEALTHCHECK").contains("/actuator/health")
        .contains("SPRING_PROFILES_ACTIVE=production");
  }

  private static Process compose(Path envFile, String... arguments) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("docker-compose", "-f", COMPOSE.toString(),
        "--env-file", envFile.toString()));
    command.addAll(Arrays.asList(arguments));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static boolean composeInstalled() {
    try {
      return new ProcessBuilder("docker-compose", "version").start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void docker_compose_resolves_the_file_and_refuses_a_missing_password(@TempDir Path directory) throws Exception {
    RequiredInCi.require(composeInstalled(), "docker-compose (Debian package docker-compose)");
    Map<String, String> values = new LinkedHashMap<>(envExample());
    values.put("DB_PASSWORD", "database-secret");
    values.put("ADMIN_PASSWORD", "Tq7-vR2-mXp9-Lw");
    Path env = directory.resolve("test.env");
    Files.writeString(env, values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n")));

    Process config = compose(env, "config");
    String resolved = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(config.waitFor()).as(resolved).isZero();
    Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(resolved))
        .get("services");
    Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
    assertThat(app).containsEntry("ADMIN_PASSWORD", "Tq7-vR2-mXp9-Lw")
        .containsEntry("DB_URL", "jdbc:postgresql://database:5432/casereview")
        .containsEntry("PUBLIC_URL", values.get("PUBLIC_URL"));

    values.put("ADMIN_PASSWORD", "");
    Files.writeString(env, values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n")));
    Process refused = compose(env, "config");
    String message = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(refused.waitFor()).isNotZero();
    assertThat(message).contains("set ADMIN_PASSWORD in docker/.env");
  }
}
