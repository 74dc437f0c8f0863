package uk.safeguarding.casereview.access;

import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/** The groups of DOMAIN.md's roles and one per configured agency, with the names people see in Admin. */
@Component
public class GroupDirectory {

  private final IdentityService identityService;
  private final CaseReviewProperties properties;

  public GroupDirectory(IdentityService identityService, CaseReviewProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  /** Group id → display name, role groups first, then the agencies in configured order. */
  public Map<String, String> names() {
    String reviewGroup = properties.getReviewGroupName();
    Map<String, String> names = new LinkedHashMap<>();
    names.put(Groups.ADMINISTRATORS, "Administrators");
    names.put(Groups.LA_NOTIFIERS, "LA notifiers (children's services)");
    names.put(Groups.BUSINESS_UNIT, "Business unit");
    names.put(Groups.REVIEW_GROUP, reviewGroup);
    names.put(Groups.REVIEW_CHAIR, reviewGroup + " chair");
    names.put(Groups.PARTNER_LA, "Safeguarding partner: local authority");
    names.put(Groups.PARTNER_ICB, "Safeguarding partner: Integrated Care Board");
    names.put(Groups.PARTNER_POLICE, "Safeguarding partner: police");
    names.put(Groups.INDEPENDENT_REVIEWERS, "Independent reviewers");
    names.put(Groups.REFERRERS, "Referrers");
    names.put(Groups.AUDITORS, "Auditors and scrutineers");
    for (Agency agency : properties.getAgencies()) {
      names.put(agency.getGroup(), "Safeguarding lead: " + agency.getName());
    }
    return names;
  }

  public List<String> agencyGroups() {
    return properties.getAgencies().stream().map(Agency::getGroup).toList();
  }

  /** Creates missing groups and renames existing ones to match the configuration. */
  public void ensureGroups() {
    names().forEach((id, name) -> {
      Group group = identityService.createGroupQuery().groupId(id).singleResult();
      String type = Groups.ADMINISTRATORS.equals(id) ? GROUP_TYPE_SYSTEM : GROUP_TYPE_WORKFLOW;
      if (group == null) {
        group = identityService.newGroup(id);
      } else if (name.equals(group.getName()) && type.equals(group.getType())) {
        return;
      }
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    });
  }
}
