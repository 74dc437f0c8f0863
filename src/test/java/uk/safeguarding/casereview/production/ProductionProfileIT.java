package uk.safeguarding.casereview.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.ProductionEnvironment;
import uk.safeguarding.casereview.support.RequiredInCi;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.SmtpServer;

/**
 * The production profile against the real PostgreSQL server of this machine, configured through the same
 * variables docker/docker-compose.yml sets.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIT {

  private static final String ADMIN = "operator";
  private static final String ADMIN_PASSWORD = "Tq7!vR2#mXp9$Lw";
  private static final String LA_NOTIFIERS_MAILBOX = "la-notifiers@partnership.example.org";
  private static final SmtpServer SMTP = SmtpServer.onFreePort();
  private static PostgresDatabase database;

  @BeforeAll
  static void startSmtp() {
    SMTP.start().withLogin("relay", "relay-secret");
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }

  /** Each test on a new database of its own, as a new installation would start. */
  @BeforeEach
  void createDatabase() throws Exception {
    RequiredInCi.require(PostgresDatabase.isReachable(), "PostgreSQL at 127.0.0.1:5432");
    database = PostgresDatabase.create("production");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  /** The variables docker-compose.yml passes, as command-line settings; an override replaces or removes one. */
  private static String[] environment(String... overrides) {
    Map<String, String> settings = ProductionEnvironment.of(database, SMTP.port(), ADMIN, ADMIN_PASSWORD);
    settings.put("SMTP_USER", "relay");
    settings.put("SMTP_PASSWORD", "relay-secret");
    settings.put("casereview.mail.poll-interval", "200ms");
    settings.put("casereview.mail.mailboxes.la-notifier", LA_NOTIFIERS_MAILBOX);
    for (String override : overrides) {
      if (override.startsWith("!")) {
        settings.remove(override.substring(1));
      } else {
        settings.put(override.substring(0, override.indexOf('=')), override.substring(override.indexOf('=') + 1));
      }
    }
    return ProductionEnvironment.arguments(settings);
  }

  private static ConfigurableApplicationContext start(String... overrides) {
    return new SpringApplicationBuilder(CaseReviewApplication.class)
        .profiles("production")
        .run(environment(overrides));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void the_application_runs_on_postgresql_hardened_and_keeps_a_case_across_a_restart() throws Exception {
    String caseReference;
    try (ConfigurableApplicationContext node = start()) {
      RepositoryService repository = node.getBean(RepositoryService.class);
      var definition = repository.createProcessDefinitionQuery().processDefinitionKey("serious-incident")
          .singleResult();
      assertThat(repository.getDeploymentResourceNames(definition.getDeploymentId()))
          .containsExactlyInAnyOrderElementsOf(deployableFiles());
      IdentityService identity = node.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly(ADMIN);
      assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup("camunda-admin").count()).isOne();
      ProcessEngineConfigurationImpl engine = node.getBean(ProcessEngineConfigurationImpl.class);
      assertThat(engine.isEnablePasswordPolicy()).isTrue();
      assertThat(engine.isDeserializationTypeValidationEnabled()).isTrue();
      assertThat(engine.getQueryMaxResultsLimit()).isEqualTo(2000);
      assertThat(engine.isAuthorizationEnabled()).isTrue();
      assertThat(engine.getHistory()).isEqualTo("full");
      assertThat(engine.getDatabaseType()).isEqualTo("postgres");
      // the engine's tables get our index and, on PostgreSQL only, statistics for the task queries' joins
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(node.getBean(javax.sql.DataSource.class));
      assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'", String.class))
          .contains("cr_task_due_date");
      assertThat(jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
          .contains("cr_authorization_permission_bits");
      // a task's grants looked up without reading every grant on '*'
      assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'cr_authorization_read_task'",
          String.class)).contains("(resource_id_)").contains("resource_type_ = 7").contains("resource_type_ = 6");
      // ...which only a plan made with the statement's values can use
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
      assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
      assertThat(jdbc.queryForObject("show work_mem", String.class)).isEqualTo("16MB");
      // sized for a 2-core node (README, Performance): the pool outlasts every job thread holding a connection
      assertThat(node.getBean(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize()).isEqualTo(20);
      var jobThreads = node.getBean("camundaTaskExecutor",
          org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
      assertThat(jobThreads.getCorePoolSize()).isEqualTo(3);
      assertThat(jobThreads.getMaxPoolSize()).isEqualTo(6);

      int port = port(node);
      Response started = HttpSession.basic(port, ADMIN, ADMIN_PASSWORD).postJson(
          "/engine-rest/process-definition/key/serious-incident/submit-form",
          Map.of("variables", SeriousIncidentFixtures.restVariables("Child Scarlet")));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      caseReference = started.json().path("businessKey").asText();
      assertThat(caseReference).matches("CR-\\d{4}-0001");

      assertHardenedWebapps(port);

      Response weakUser = HttpSession.basic(port, ADMIN, ADMIN_PASSWORD).postJson("/engine-rest/user/create",
          "{\"profile\":{\"id\":\"weak\",\"firstName\":\"W\",\"lastName\":\"K\"},\"credentials\":{\"password\":\"weak\"}}");
      // Camunda would answer a policy violation with 500: it is the sender's mistake
      assertThat(weakUser.status()).as("the password policy is on").isEqualTo(400);
      assertThat(weakUser.json().path("message").asText()).startsWith("The new password is too weak");
      assertThat(identity.createUserQuery().userId("weak").count()).isZero();

      // no proxy is trusted (TRUSTED_PROXIES unset): a client cannot pick a new address for every guess
      HttpSession.basic(port, ADMIN, "wrong").withHeader("X-Forwarded-For", "10.1.1.1").get("/engine-rest/user");
      assertThat(HttpSession.basic(port, ADMIN, ADMIN_PASSWORD).withHeader("X-Forwarded-For", "10.2.2.2")
          .get("/engine-rest/user/" + ADMIN + "/profile").status()).isEqualTo(429);
    }

    try (ConfigurableApplicationContext restarted = start()) {
      ProcessInstance instance = restarted.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).singleResult();
      assertThat(instance).isNotNull();
      assertThat(restarted.getBean(TaskService.class).createTaskQuery().processInstanceId(instance.getId())
          .singleResult().getName()).isEqualTo("Record the Panel notification");
      assertThat(restarted.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("serious-incident").count()).as("an unchanged diagram is not deployed again").isOne();
    }
  }

  private static String yesterday() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
  }

  /** Every diagram, decision and form of the repository, named as deployed. */
  private static List<String> deployableFiles() throws java.io.IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("processes", "forms")) {
      try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
        listing.forEach(file -> files.add(folder + "/" + file.getFileName()));
      }
    }
    return files;
  }

  private static void assertHardenedWebapps(int port) {
    HttpSession browser = HttpSession.anonymous(port).withHeader("X-Forwarded-Proto", "https");
    Response page = browser.get("/camunda/app/tasklist/default/");
    assertThat(page.header("Strict-Transport-Security")).startsWith("max-age=31536000");
    Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
    List<String> cookies = login.raw().headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    assertThat(page.raw().headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
  }

  @Test
  void two_nodes_on_one_database_give_out_each_case_reference_once_and_send_each_mail_once() throws Exception {
    SMTP.reset();
    try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<String>> references = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        ConfigurableApplicationContext node = i % 2 == 0 ? first : second;
        String pseudonym = "Child Wren " + i;
        references.add(threads.submit((Callable<String>) () -> startAsAdministrator(node, pseudonym)));
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<String> reference : references) {
        String value = reference.get();
        numbers.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
      }
      threads.shutdown();

      assertThat(numbers).doesNotHaveDuplicates().hasSize(16);
      int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
      assertThat(numbers).as("no number is skipped").allMatch(number -> number < lowest + 16);

      // both nodes drain the one outbox: every new-task mail arrives once, sent from MAIL_FROM
      SmtpServer.await("16 new-task mails", Duration.ofSeconds(60),
          () -> SMTP.messagesTo(LA_NOTIFIERS_MAILBOX).stream()
              .filter(mail -> SmtpServer.subject(mail).contains("] New task: ")).count() >= 16);
      Thread.sleep(1500);
      List<MimeMessage> mails = SMTP.messagesTo(LA_NOTIFIERS_MAILBOX).stream()
          .filter(mail -> SmtpServer.subject(mail).contains("] New task: ")).toList();
      assertThat(mails).hasSize(16);
      assertThat(mails.stream().map(SmtpServer::subject).map(subject -> subject.substring(0, subject.indexOf(']'))))
          .doesNotHaveDuplicates();
      assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("case-review@partnership.example.org");
    }
  }

  private static String startAsAdministrator(ConfigurableApplicationContext node, String pseudonym) {
    IdentityService identity = node.getBean(IdentityService.class);
    identity.setAuthentication(ADMIN, List.of("camunda-admin"));
    try {
      String definition = node.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("serious-incident").latestVersion().singleResult().getId();
      return node.getBean(FormService.class)
          .submitStartForm(definition, SeriousIncidentFixtures.startForm(pseudonym, yesterday(), yesterday()))
          .getBusinessKey();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void start_up_is_refused_without_a_strong_administrator_password(CapturedOutput output) {
    assertThatThrownBy(() -> start("ADMIN_PASSWORD=").close()).isInstanceOf(Exception.class);
    assertThat(output.getAll()).contains("The production profile needs these environment variables, which are"
        + " not set: ADMIN_PASSWORD.");

    assertThatThrownBy(() -> start("ADMIN_PASSWORD=operator2026").close()).isInstanceOf(Exception.class);
    assertThat(output.getAll()).contains("casereview.administrator.password is too weak (ADMIN_PASSWORD)")
        .doesNotContain("operator2026");
  }

  @Test
  void start_up_is_refused_without_the_database_settings_or_with_demo_users(CapturedOutput output) {
    assertThatThrownBy(() -> start("!DB_URL", "!ADMIN_USER").close()).isInstanceOf(Exception.class);
    assertThat(output.getAll()).contains("The production profile needs these environment variables, which are"
        + " not set: DB_URL, ADMIN_USER.");

    assertThatThrownBy(() -> start("casereview.demo-users=true").close()).isInstanceOf(Exception.class);
    assertThat(output.getAll()).contains("casereview.demo-users must be false in the production profile");
  }
}
