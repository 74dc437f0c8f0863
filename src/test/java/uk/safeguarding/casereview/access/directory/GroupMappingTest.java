package uk.safeguarding.casereview.access.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

  private static final List<String> OURS = List.of("review-group", "review-chair", "auditor", "agency-police");

  @Test
  void maps_names_ids_and_roles_without_regard_to_case_many_to_many() {
    GroupMapping mapping = GroupMapping.parse("""
        # the committee and its chair
        review-group = CSPR Review Group
        review-chair = CSPR Chair; review-group = CSPR Chair
        auditor=6F1C2A4E-0B7D-4C55-9A3E-2D8F1B7C9E01
        agency-police = CN=Police Leads,OU=Groups,DC=force,DC=example
        """, OURS);
    assertThat(mapping.applicationGroups(List.of("cspr chair"))).containsExactly("review-chair", "review-group");
    assertThat(mapping.applicationGroups(List.of("6f1c2a4e-0b7d-4c55-9a3e-2d8f1b7c9e01", "Finance")))
        .containsExactly("auditor");
    assertThat(mapping.applicationGroups(List.of("CN=Police Leads,OU=Groups,DC=force,DC=example")))
        .as("a directory group's name may hold = and ,").containsExactly("agency-police");
    assertThat(mapping.applicationGroups(List.of("Finance", "Everyone"))).isEmpty();
  }

  @Test
  void refuses_an_unknown_application_group_and_half_entries_naming_them() {
    assertThatThrownBy(() -> GroupMapping.parse("review-grop = CSPR Review Group", OURS))
        .hasMessageContaining("GROUP_MAPPING").hasMessageContaining("'review-grop' is not one of");
    assertThatThrownBy(() -> GroupMapping.parse("review-group", OURS))
        .hasMessageContaining("'review-group' must read app-group = directory group");
    assertThatThrownBy(() -> GroupMapping.parse("review-group = ", OURS)).hasMessageContaining("needs both");
  }

  @Test
  void nothing_mapped_is_empty() {
    assertThat(GroupMapping.parse("", OURS).isEmpty()).isTrue();
    assertThat(GroupMapping.parse(null, OURS).isEmpty()).isTrue();
    assertThat(GroupMapping.parse("# nothing yet\n ; ", OURS).isEmpty()).isTrue();
  }
}
