package uk.safeguarding.casereview.access.directory;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/** The group mapping, read and checked at start-up, and the settings that make no sense together refused. */
@Configuration
public class DirectoryConfiguration {

  @Bean
  GroupMapping groupMapping(DirectoryProperties directory, CaseReviewProperties properties,
                            @Value("${casereview.demo-users:false}") boolean demoUsers) {
    List<String> applicationGroups = new ArrayList<>(Groups.ROLE_GROUPS);
    properties.getAgencies().stream().map(Agency::getGroup).forEach(applicationGroups::add);
    GroupMapping mapping = GroupMapping.parse(directory.groupMapping(), applicationGroups);
    if (directory.configured() && mapping.isEmpty()) {
      throw new IllegalArgumentException("casereview.directory.group-mapping (GROUP_MAPPING) must map at least one"
          + " directory group when casereview.directory.kind (DIRECTORY) is " + directory.kind().name().toLowerCase());
    }
    if (directory.configured() && demoUsers) {
      throw new IllegalArgumentException("casereview.demo-users must be false when casereview.directory.kind"
          + " (DIRECTORY) is set: with a directory, local passwords other than the break-glass administrator's"
          + " are refused");
    }
    return mapping;
  }
}
