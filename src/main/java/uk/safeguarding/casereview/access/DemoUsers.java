package uk.safeguarding.casereview.access;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * One demo user per role, for the embedded default only (the production profile turns this off and refuses
 * to start with it on). Each password is the user id, so nobody should mistake these for real accounts.
 */
@Component
@ConditionalOnProperty(name = "casereview.demo-users", havingValue = "true")
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** A demo person; staff names are invented, and no child is ever named anywhere. */
  public record DemoUser(String id, String firstName, String lastName, String role, List<String> groups) {
  }

  private static final String[][] LEAD_NAMES = {{"Sam", "Carter"}, {"Jo", "Whitfield"}, {"Alex", "Moreno"},
      {"Lee", "Grant"}, {"Kim", "Asante"}, {"Robin", "Hale"}, {"Toni", "Marsh"}, {"Dev", "Patel"}};

  private final IdentityService identityService;
  private final CaseReviewProperties properties;
  private final AdministratorAccount administrator;

  public DemoUsers(IdentityService identityService, CaseReviewProperties properties,
                   AdministratorAccount administrator) {
    this.identityService = identityService;
    this.properties = properties;
    this.administrator = administrator;
  }

  public List<DemoUser> users() {
    String reviewGroup = properties.getReviewGroupName();
    List<DemoUser> users = new ArrayList<>(List.of(
        new DemoUser("notifier", "Nadia", "Hussain", "LA notifier (children's services)",
            List.of(Groups.LA_NOTIFIERS)),
        new DemoUser("business", "Ben", "Okafor", "Business unit / business manager",
            List.of(Groups.BUSINESS_UNIT)),
        new DemoUser("chair", "Charlotte", "Reid", reviewGroup + " chair",
            List.of(Groups.REVIEW_GROUP, Groups.REVIEW_CHAIR)),
        new DemoUser("member", "Michael", "Evans", reviewGroup + " member", List.of(Groups.REVIEW_GROUP)),
        new DemoUser("partner.la", "Priya", "Shah", "Safeguarding partner: local authority",
            List.of(Groups.PARTNER_LA)),
        new DemoUser("partner.icb", "Paul", "Morgan", "Safeguarding partner: ICB", List.of(Groups.PARTNER_ICB)),
        new DemoUser("partner.police", "Patricia", "Lowe", "Safeguarding partner: police",
            List.of(Groups.PARTNER_POLICE)),
        new DemoUser("reviewer", "Rosa", "Bennett", "Independent reviewer", List.of(Groups.INDEPENDENT_REVIEWERS)),
        new DemoUser("referrer", "Rachel", "Kim", "Referrer (any professional)", List.of(Groups.REFERRERS)),
        new DemoUser("auditor", "Arthur", "Dean", "Auditor / scrutineer", List.of(Groups.AUDITORS))));
    List<Agency> agencies = properties.getAgencies();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      String[] name = LEAD_NAMES[i % LEAD_NAMES.length];
      users.add(new DemoUser("lead." + agency.getId(), name[0], name[1], "Safeguarding lead: " + agency.getName(),
          List.of(agency.getGroup())));
    }
    return users;
  }

  public void ensure() {
    for (DemoUser demo : users()) {
      User user = identityService.createUserQuery().userId(demo.id()).singleResult();
      if (user == null) {
        user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.example.org");
        user.setPassword(demo.id());
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    LOG.info(table());
  }

  String table() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"user", "password", "name", "role"});
    rows.add(new String[] {administrator.id(), administrator.passwordToShow(), "", "Administrator"});
    for (DemoUser demo : users()) {
      rows.add(new String[] {demo.id(), demo.id(), demo.firstName() + " " + demo.lastName(), demo.role()});
    }
    int[] widths = new int[4];
    rows.forEach(row -> {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    });
    String format = "  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
    StringBuilder table = new StringBuilder("\nDemo users (embedded default only; each password is the user id):\n");
    rows.forEach(row -> table.append(String.format(format, (Object[]) row)));
    return table.toString();
  }
}
