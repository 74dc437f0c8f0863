package uk.safeguarding.casereview.access.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.casereview.CaseReviewApplication;
import uk.safeguarding.casereview.support.FreePort;
import uk.safeguarding.casereview.support.GroupTask;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.HttpSession.Response;
import uk.safeguarding.casereview.support.OidcProvider;
import uk.safeguarding.casereview.support.PostgresDatabase;
import uk.safeguarding.casereview.support.ProductionEnvironment;
import uk.safeguarding.casereview.support.RequiredInCi;

/**
 * The production profile signing people in with an OpenID Connect provider running here (a real one: discovery,
 * keys, authorization code flow, signed tokens): started while the provider is down, when only the break-glass
 * administrator gets in; then the webapps through the provider's sign-in, bearer tokens on the REST API, and
 * every token and password that must be refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInIT {

  private static final String ADMIN = "operator";
  private static final String ADMIN_PASSWORD = "Tq7!vR2#mXp9$Lw";
  /** Entra ID puts groups in tokens as object ids, and app roles by name. */
  private static final String REVIEW_GROUP_ID = "6f1c2a4e-0b7d-4c55-9a3e-2d8f1b7c9e01";
  private static final String POLICE_LEADS_ID = "0d9e8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
  private static final String AUDITOR_ROLE = "CaseReview.Auditor";
  private static final String MAPPING = "review-group = " + REVIEW_GROUP_ID + "\nagency-police = " + POLICE_LEADS_ID
      + "\nauditor = " + AUDITOR_ROLE;
  private static final String JO = "jo.bloggs@exampleshire.example.org";

  private final OidcProvider provider = OidcProvider.onFreePort(false);
  private PostgresDatabase database;
  private ConfigurableApplicationContext application;
  private int port;
  private String reviewTask;
  private String policeTask;

  @BeforeAll
  void startWithTheProviderDown() throws Exception {
    RequiredInCi.require(PostgresDatabase.isReachable(), "PostgreSQL at 127.0.0.1:5432");
    database = PostgresDatabase.create("oidc");
    Map<String, String> settings = ProductionEnvironment.of(database, 2525, ADMIN, ADMIN_PASSWORD);
    settings.putAll(provider.environment(MAPPING));
    // the address registered at the provider is built on PUBLIC_URL: here, where the test reaches it
    port = FreePort.next();
    settings.put("server.port", String.valueOf(port));
    settings.put("PUBLIC_URL", "http://localhost:" + port);
    // the test speaks plain HTTP, where a browser would not send a cookie marked Secure
    settings.put("server.servlet.session.cookie.secure", "false");
    settings.put("camunda.bpm.webapp.session-cookie.enable-secure-cookie", "false");
    settings.put("camunda.bpm.webapp.csrf.enable-secure-cookie", "false");
    application = new SpringApplicationBuilder(CaseReviewApplication.class).profiles("production")
        .run(ProductionEnvironment.arguments(settings));
    TaskService tasks = application.getBean(TaskService.class);
    reviewTask = GroupTask.create(tasks, "Decide on a review for Child Scarlet", "review-group");
    policeTask = GroupTask.create(tasks, "Agency summary for Child Scarlet", "agency-police");
    IdentityService identity = application.getBean(IdentityService.class);
    User clerk = identity.newUser("local.clerk");
    clerk.setPassword("Heron-Violet-Marble-83!");
    identity.saveUser(clerk);
    identity.createMembership("local.clerk", "business-unit");
    User manager = identity.newUser("local.manager");
    manager.setPassword("Heron-Violet-Marble-83!");
    identity.saveUser(manager);
    identity.createMembership("local.manager", "camunda-admin");
  }

  @AfterAll
  void stop() throws Exception {
    if (application != null) {
      application.close();
    }
    provider.stop();
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void with_the_provider_down_only_the_break_glass_administrator_gets_in() throws InterruptedException {
    Response page = HttpSession.anonymous(port).get("/camunda/app/tasklist/default/");
    assertThat(page.status()).isEqualTo(503);
    assertThat(page.body()).contains("Sign-in is not available just now").contains("/break-glass");
    assertThat(HttpSession.anonymous(port).get("/oauth2/authorization/directory").status())
        .as("the provider's sign-in link, bookmarked").isEqualTo(503);

    assertThat(HttpSession.basic(port, ADMIN, ADMIN_PASSWORD).get("/engine-rest/user/" + ADMIN + "/profile").status())
        .as("Camunda Modeler and the administrator over HTTP Basic").isEqualTo(200);
    assertThat(HttpSession.basic(port, "local.clerk", "Heron-Violet-Marble-83!").get("/engine-rest/task").status())
        .as("any other local password, right as it is").isEqualTo(401);

    HttpSession manager = HttpSession.anonymous(port);
    assertThat(breakGlass(manager, "local.manager", "Heron-Violet-Marble-83!").header("Location"))
        .as("the break-glass form, for a local password other than the administrator's").endsWith("?refused");
    assertThat(manager.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(401);
    HttpSession marked = HttpSession.anonymous(port);
    String markup = "<script>alert('break')</script>";
    assertThat(breakGlass(marked, markup, markup).header("Location")).endsWith("?refused");
    assertThat(marked.get("/break-glass?refused").body()).as("nothing typed comes back as markup")
        .doesNotContain("<script>").contains("Wrong user name or password");
    assertThat(breakGlass(marked, "a".repeat(100_000), "b".repeat(100_000)).header("Location"))
        .as("a huge name: refused like any other").endsWith("?refused");
    assertThat(HttpSession.anonymous(port).withHeader("Authorization", "Bearer " + "x".repeat(20_000))
        .get("/engine-rest/task?maxResults=5").status()).as("a huge token").isEqualTo(400);

    HttpSession guesser = HttpSession.anonymous(port);
    assertThat(breakGlass(guesser, ADMIN, "Wrong-Guess-1!").header("Location")).endsWith("?refused");
    Response held = breakGlass(guesser, ADMIN, ADMIN_PASSWORD);
    assertThat(held.header("Retry-After")).as("at once again, even rightly: held back, as any login").isNotNull();
    assertThat(held.header("Location")).endsWith("/break-glass?refused");
    Thread.sleep(Long.parseLong(held.header("Retry-After")) * 1000 + 200);

    HttpSession admin = HttpSession.anonymous(port);
    assertThat(breakGlass(admin, ADMIN, ADMIN_PASSWORD).header("Location")).endsWith("/camunda/app/admin/default/");
    Response signedIn = admin.get("/camunda/api/admin/auth/user/default");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.json().get("userId").asText()).isEqualTo(ADMIN);
    assertThat(signedIn.json().get("authorizedApps").toString()).contains("admin").contains("cockpit");

    HttpSession forged = HttpSession.anonymous(port);
    forged.get("/break-glass");
    assertThat(forged.postForm("/break-glass", Map.of("username", ADMIN, "password", ADMIN_PASSWORD)).status())
        .as("the form without its CSRF token").isEqualTo(403);

    Response bearer = HttpSession.anonymous(port).withHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
        .get("/engine-rest/task");
    assertThat(bearer.status()).as("a token nobody can check now").isEqualTo(503);
  }

  @Test
  @Order(2)
  void bearer_tokens_give_the_groups_they_map_to_and_bad_ones_are_refused() {
    provider.start();
    assertThat(taskIds(provider.accessToken("r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID)), 600)))
        .containsExactly(reviewTask);
    assertThat(taskIds(provider.accessToken("lead.one", Map.of("groups", List.of(POLICE_LEADS_ID, "unmapped")), 600)))
        .containsExactly(policeTask);
    assertThat(taskIds(provider.accessToken("a.auditor", Map.of("roles", List.of(AUDITOR_ROLE)), 600)))
        .as("an auditor's app role: no task").isEmpty();

    assertThat(rest(provider.accessToken("n.body", Map.of("groups", List.of("unmapped")), 600)).status())
        .as("in no mapped group").isEqualTo(403);
    assertThat(rest(provider.accessToken("r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID)), -300)).status())
        .as("expired").isEqualTo(401);
    assertThat(rest(provider.accessTokenFor("another-app", "r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID))))
        .status()).as("for another application").isEqualTo(401);
    assertThat(rest(tampered(provider.accessToken("lead.one", Map.of("groups", List.of(POLICE_LEADS_ID)), 600)))
        .status()).as("its groups changed after signing").isEqualTo(401);
    assertThat(rest(provider.accessToken("r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID), "nonce", "n-0S6_WzA2Mj"),
        600)).status()).as("an ID token, as sign-out carries one through the browser").isEqualTo(401);
    assertThat(rest(provider.accessToken(ADMIN, Map.of("groups", List.of(REVIEW_GROUP_ID)), 600)).status())
        .as("claiming the break-glass administrator's name").isEqualTo(401);
    try (OidcProvider impostor = OidcProvider.onFreePort(false).start()) {
      assertThat(rest(impostor.accessToken("r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID)), 600)).status())
          .as("from another issuer").isEqualTo(401);
    }
    // signed in with a token, the allow-list of writes holds as for a password
    String committee = provider.accessToken("r.okafor", Map.of("groups", List.of(REVIEW_GROUP_ID)), 600);
    HttpSession withToken = HttpSession.anonymous(port).withHeader("Authorization", "Bearer " + committee);
    assertThat(withToken.postJson("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
        "userId", "r.okafor", "resourceType", 0, "resourceId", "*")).status()).isEqualTo(403);
    assertThat(withToken.postJson("/engine-rest/group/create", Map.of("id", "shadow", "name", "Shadow")).status())
        .isEqualTo(403);
    IdentityService identity = application.getBean(IdentityService.class);
    assertThat(identity.createGroupQuery().groupId("shadow").count()).isZero();
    assertThat(application.getBean(org.camunda.bpm.engine.AuthorizationService.class).createAuthorizationQuery()
        .userIdIn("r.okafor").count()).isZero();

    Response refused = rest("not-a-token");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
    assertThat(HttpSession.basic(port, ADMIN, ADMIN_PASSWORD).get("/engine-rest/task?maxResults=5").status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void the_webapps_sign_in_through_the_provider_with_the_groups_of_the_token_at_every_sign_in() {
    HttpSession jo = signIn(JO, Map.of("groups", List.of(REVIEW_GROUP_ID), "name", "Jo Bloggs", "email", JO));
    Response who = jo.get("/camunda/api/admin/auth/user/default");
    assertThat(who.json().get("userId").asText()).isEqualTo(JO);
    assertThat(who.json().get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
    assertThat(jo.get("/camunda/api/engine/engine/default/task?maxResults=50").body()).contains(reviewTask).doesNotContain(policeTask);
    IdentityService identity = application.getBean(IdentityService.class);
    User mirrored = identity.createUserQuery().userId(JO).singleResult();
    assertThat(List.of(mirrored.getFirstName(), mirrored.getLastName(), mirrored.getEmail()))
        .containsExactly("Jo", "Bloggs", JO);
    assertThat(groupsOf(JO)).containsExactly("review-group");
    assertThat(HttpSession.basic(port, JO, "").get("/engine-rest/task").status()).as("no Camunda password").isEqualTo(401);

    Response signOut = jo.get("/logout");
    assertThat(signOut.status()).isEqualTo(302);
    assertThat(signOut.header("Location")).startsWith(provider.issuer() + "/endsession")
        .contains("id_token_hint=").endsWith("post_logout_redirect_uri=http://localhost:" + port + "/signed-out");
    assertThat(jo.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(401);
    String idToken = signOut.header("Location").replaceFirst(".*id_token_hint=([^&]+).*", "$1");
    assertThat(rest(idToken).status()).as("the ID token the sign-out put in the browser's history").isEqualTo(401);

    // moved by IT from the review group to the police leads: so at the next sign-in
    HttpSession moved = signIn(JO, Map.of("groups", List.of(POLICE_LEADS_ID), "name", "Jo Bloggs", "email", JO));
    assertThat(moved.get("/camunda/api/engine/engine/default/task?maxResults=50").body()).contains(policeTask).doesNotContain(reviewTask);
    assertThat(groupsOf(JO)).containsExactly("agency-police");

    // taken out of every group: refused, and out of ours (no more mail to them either)
    provider.nextSignIn(JO, Map.of("groups", List.of(), "name", "Jo Bloggs", "email", JO));
    HttpSession leaver = HttpSession.anonymous(port);
    Response refused = leaver.follow(leaver.get("/camunda/app/tasklist/default/"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("not in any of the directory groups");
    assertThat(leaver.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(401);
    assertThat(groupsOf(JO)).isEmpty();

    // an auditor by app role, into Cockpit
    HttpSession auditor = signIn("a.auditor@exampleshire.example.org", Map.of("roles", List.of(AUDITOR_ROLE)),
        "cockpit");
    assertThat(auditor.get("/camunda/api/admin/auth/user/default").json().get("authorizedApps").toString())
        .contains("cockpit").doesNotContain("tasklist").doesNotContain("admin");
    assertThat(auditor.get("/camunda/app/tasklist/default/").status()).as("no Tasklist for auditors").isEqualTo(403);
    assertThat(auditor.get("/camunda/api/engine/engine/default/history/process-instance/count").status())
        .isEqualTo(200);

    // a local account of the same name keeps its own rights: the directory's person does not take them over
    provider.nextSignIn("local.clerk", Map.of("groups", List.of(REVIEW_GROUP_ID)));
    HttpSession namesake = HttpSession.anonymous(port);
    Response takeover = namesake.follow(namesake.get("/camunda/app/tasklist/default/"));
    assertThat(takeover.status()).isEqualTo(403);
    assertThat(takeover.body()).contains("already exists in the application");
    assertThat(groupsOf("local.clerk")).containsExactly("business-unit");
  }

  @Test
  @Order(4)
  void the_webapps_own_password_form_is_no_way_in_not_even_for_the_administrator() {
    HttpSession someone = HttpSession.anonymous(port);
    Response login = someone.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
    assertThat(login.status()).isEqualTo(401);
    assertThat(someone.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(401);
  }

  private HttpSession signIn(String user, Map<String, Object> claims) {
    return signIn(user, claims, "tasklist");
  }

  /** Opens the app, is sent to the provider, signs in there and lands back on the app. */
  private HttpSession signIn(String user, Map<String, Object> claims, String app) {
    provider.nextSignIn(user, claims);
    HttpSession session = HttpSession.anonymous(port);
    Response landed = session.follow(session.get("/camunda/app/" + app + "/default/"));
    assertThat(landed.status()).as(landed.body()).isEqualTo(200);
    return session;
  }

  private static Response breakGlass(HttpSession session, String user, String password) {
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get("/break-glass").body());
    assertThat(csrf.find()).isTrue();
    return session.postForm("/break-glass", Map.of("username", user, "password", password, "_csrf", csrf.group(1)));
  }

  private Response rest(String token) {
    return HttpSession.anonymous(port).withHeader("Authorization", "Bearer " + token).get("/engine-rest/task?maxResults=50");
  }

  private List<String> taskIds(String token) {
    Response answer = rest(token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().findValuesAsText("id");
  }

  private List<String> groupsOf(String user) {
    return application.getBean(IdentityService.class).createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
  }

  /** The token with its claims rewritten (the police leads' group swapped for the review group's) and the old signature. */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    String claims = Base64URL.from(parts[1]).decodeToString().replace(POLICE_LEADS_ID, REVIEW_GROUP_ID);
    return parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
  }
}
