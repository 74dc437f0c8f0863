package uk.safeguarding.casereview.access.directory.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;
import uk.safeguarding.casereview.access.directory.SignInRefused;

/** Tokens as Microsoft Entra ID, Keycloak and Google Workspace write them. */
class TokenClaimsTest {

  private static final GroupMapping MAPPING = GroupMapping.parse(
      "review-group = 6f1c2a4e-0b7d-4c55-9a3e-2d8f1b7c9e01; auditor = CaseReview.Auditor; business-unit = /cspr/business",
      List.of("review-group", "auditor", "business-unit"));

  private static TokenClaims claims(String... groupsClaims) {
    DirectoryProperties.Oidc settings = new DirectoryProperties.Oidc("https://login.microsoftonline.com/t/v2.0",
        "client", "secret", List.of(groupsClaims), "preferred_username", List.of(), List.of(), "Entra ID", null);
    return new TokenClaims(settings, MAPPING, "Operator");
  }

  @Test
  void entra_id_groups_as_object_ids_and_app_roles() {
    DirectoryPerson jo = claims("groups", "roles").person(Map.of(
        "preferred_username", "Jo.Bloggs@Exampleshire.gov.uk", "name", "Jo Anne Bloggs",
        "groups", List.of("6f1c2a4e-0b7d-4c55-9a3e-2d8f1b7c9e01", "00000000-0000-0000-0000-000000000000"),
        "roles", List.of("CaseReview.Auditor")));
    assertThat(jo.userId()).as("one id whatever the case typed").isEqualTo("jo.bloggs@exampleshire.gov.uk");
    assertThat(List.of(jo.firstName(), jo.lastName())).containsExactly("Jo", "Anne Bloggs");
    assertThat(jo.email()).as("Entra's UPN when there is no email claim").isEqualTo("Jo.Bloggs@Exampleshire.gov.uk");
    assertThat(jo.groups()).containsExactlyInAnyOrder("review-group", "auditor");
  }

  @Test
  void keycloak_group_paths_given_and_family_names_and_email() {
    DirectoryPerson sam = claims("groups").person(Map.of("preferred_username", "s.carter", "given_name", "Sam",
        "family_name", "Carter", "email", "sam.carter@partnership.example.org", "groups", List.of("/cspr/business")));
    assertThat(List.of(sam.userId(), sam.firstName(), sam.lastName(), sam.email()))
        .containsExactly("s.carter", "Sam", "Carter", "sam.carter@partnership.example.org");
    assertThat(sam.groups()).containsExactly("business-unit");
  }

  @Test
  void an_email_the_provider_has_not_verified_is_not_used() {
    DirectoryPerson pat = claims("groups").person(Map.of("preferred_username", "p.smith", "email",
        "attacker@evil.example", "email_verified", false, "groups", List.of("/cspr/business")));
    assertThat(pat.email()).isNull();
    DirectoryPerson sam = claims("groups").person(Map.of("preferred_username", "s.carter", "email",
        "sam.carter@partnership.example.org", "email_verified", true));
    assertThat(sam.email()).isEqualTo("sam.carter@partnership.example.org");
  }

  @Test
  void a_person_in_no_mapped_group_has_no_access() {
    assertThat(claims("groups").person(Map.of("preferred_username", "p.outsider", "groups", "Finance")).hasAccess())
        .isFalse();
    assertThat(claims("groups").person(Map.of("preferred_username", "p.outsider")).hasAccess()).isFalse();
  }

  @Test
  void refuses_a_token_without_a_name_an_unusable_one_the_break_glass_name_and_entra_groups_overage() {
    assertThatThrownBy(() -> claims("groups").person(Map.of("sub", "x"))).isInstanceOf(SignInRefused.class)
        .hasMessageContaining("'preferred_username'");
    assertThatThrownBy(() -> claims("groups").person(Map.of("preferred_username", "jo bloggs")))
        .isInstanceOf(SignInRefused.class).hasMessageContaining("cannot be used");
    assertThatThrownBy(() -> claims("groups").person(Map.of("preferred_username", "OPERATOR")))
        .isInstanceOf(SignInRefused.class).hasMessageContaining("break-glass");
    assertThatThrownBy(() -> claims("groups").person(Map.of("preferred_username", "jo@example.org",
        "_claim_names", Map.of("groups", "src1")))).isInstanceOf(SignInRefused.class)
        .hasMessageContaining("too many directory groups");
    assertThatThrownBy(() -> claims("groups").person(Map.of("preferred_username", "jo@example.org", "hasgroups", true)))
        .isInstanceOf(SignInRefused.class);
  }
}
