package uk.safeguarding.casereview.access.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/** The directory's settings as at start-up: a mistake stops it, naming the variable to fix. */
class DirectorySettingsTest {

  private static final String OIDC = "casereview.directory.kind=oidc";
  private static final String ISSUER = "casereview.directory.oidc.issuer-uri=https://login.microsoftonline.com/t/v2.0";
  private static final String CLIENT = "casereview.directory.oidc.client-id=client";
  private static final String SECRET = "casereview.directory.oidc.client-secret=secret";
  private static final String MAPPING = "casereview.directory.group-mapping=review-group=CSPR Review Group";
  private static final String NO_DEMO = "casereview.demo-users=false";

  @SpringBootConfiguration
  @EnableConfigurationProperties({CaseReviewProperties.class, DirectoryProperties.class})
  @ImportAutoConfiguration(ValidationAutoConfiguration.class)
  @Import(DirectoryConfiguration.class)
  static class SettingsOnly {
  }

  private static ConfigurableApplicationContext start(String... properties) {
    List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE)
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void the_embedded_default_has_no_directory_and_needs_none() {
    try (ConfigurableApplicationContext context = start()) {
      DirectoryProperties directory = context.getBean(DirectoryProperties.class);
      assertThat(directory.configured()).isFalse();
      assertThat(directory.sessionMaxLifetime()).isEqualTo(Duration.ofHours(10));
      assertThat(context.getBean(GroupMapping.class).isEmpty()).isTrue();
    }
  }

  @Test
  void an_openid_connect_provider_with_empty_variables_taking_the_defaults() {
    try (ConfigurableApplicationContext context = start(OIDC, ISSUER, CLIENT, SECRET, MAPPING, NO_DEMO,
        "casereview.directory.oidc.groups-claims=", "casereview.directory.oidc.username-claim=",
        "casereview.directory.oidc.audiences=")) {
      DirectoryProperties.Oidc oidc = context.getBean(DirectoryProperties.class).oidc();
      assertThat(oidc.groupsClaims()).containsExactly("groups");
      assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
      assertThat(oidc.acceptedAudiences()).containsExactly("client");
    }
  }

  @Test
  void refuses_a_provider_half_configured_or_over_plain_http() {
    assertThatThrownBy(() -> start(OIDC, CLIENT, SECRET, MAPPING, NO_DEMO)).hasStackTraceContaining("OIDC_ISSUER_URI");
    assertThatThrownBy(() -> start(OIDC, ISSUER, CLIENT, MAPPING, NO_DEMO)).hasStackTraceContaining("OIDC_CLIENT_SECRET");
    assertThatThrownBy(() -> start(OIDC, "casereview.directory.oidc.issuer-uri=http://idp.example.org/realms/x", CLIENT,
        SECRET, MAPPING, NO_DEMO)).hasStackTraceContaining("must be https://");
  }

  @Test
  void refuses_a_mapping_that_grants_nothing_or_names_a_group_we_do_not_have_and_demo_users_beside_a_directory() {
    assertThatThrownBy(() -> start(OIDC, ISSUER, CLIENT, SECRET, NO_DEMO)).hasStackTraceContaining("GROUP_MAPPING")
        .hasStackTraceContaining("at least one");
    assertThatThrownBy(() -> start(OIDC, ISSUER, CLIENT, SECRET, NO_DEMO,
        "casereview.directory.group-mapping=reviewers=CSPR Review Group"))
        .hasStackTraceContaining("'reviewers' is not one of this application's groups");
    assertThatThrownBy(() -> start(OIDC, ISSUER, CLIENT, SECRET, MAPPING, "casereview.demo-users=true"))
        .hasStackTraceContaining("casereview.demo-users must be false");
  }

  @Test
  void an_ldap_directory_needs_its_url_and_bases_and_filters_with_the_name_in_them() {
    String ldap = "casereview.directory.kind=ldap";
    String url = "casereview.directory.ldap.url=ldaps://dc1.council.example:636";
    String people = "casereview.directory.ldap.user-search-base=ou=people,dc=council,dc=example";
    String groups = "casereview.directory.ldap.group-search-base=ou=groups,dc=council,dc=example";
    try (ConfigurableApplicationContext context = start(ldap, url, people, groups, MAPPING, NO_DEMO,
        "casereview.directory.ldap.user-search-filter=")) {
      assertThat(context.getBean(DirectoryProperties.class).ldap().userSearchFilter()).isEqualTo("(uid={0})");
    }
    assertThatThrownBy(() -> start(ldap, people, groups, MAPPING, NO_DEMO)).hasStackTraceContaining("LDAP_URL");
    assertThatThrownBy(() -> start(ldap, "casereview.directory.ldap.url=dc1.council.example", people, groups, MAPPING,
        NO_DEMO)).hasStackTraceContaining("must start ldap:// or ldaps://");
    assertThatThrownBy(() -> start(ldap, url, people, groups, MAPPING, NO_DEMO,
        "casereview.directory.ldap.user-search-filter=(sAMAccountName=jo)")).hasStackTraceContaining("{0}");
    String clear = "casereview.directory.ldap.url=ldap://dc1.council.example:389";
    assertThatThrownBy(() -> start(ldap, clear, people, groups, MAPPING, NO_DEMO))
        .hasStackTraceContaining("sends passwords in clear");
    start(ldap, clear, people, groups, MAPPING, NO_DEMO, "casereview.directory.ldap.start-tls=true").close();
  }
}
