package uk.safeguarding.casereview.access;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The Camunda group ids of DOMAIN.md's roles. Diagrams name these as candidate groups; agency groups come
 * from configuration ({@code casereview.agencies[*].group}).
 */
public final class Groups {

  /** Camunda's own administrators group: Admin, Cockpit, Tasklist and every resource. */
  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String LA_NOTIFIERS = "la-notifier";
  public static final String BUSINESS_UNIT = "business-unit";
  public static final String REVIEW_GROUP = "review-group";
  public static final String REVIEW_CHAIR = "review-chair";
  public static final String PARTNER_LA = "partner-la";
  public static final String PARTNER_ICB = "partner-icb";
  public static final String PARTNER_POLICE = "partner-police";
  public static final String INDEPENDENT_REVIEWERS = "independent-reviewer";
  public static final String REFERRERS = "referrer";
  public static final String AUDITORS = "auditor";

  /** The role groups that exist whatever the configuration; an agency group must not reuse one of them. */
  public static final List<String> ROLE_GROUPS = List.of(ADMINISTRATORS, LA_NOTIFIERS, BUSINESS_UNIT,
      REVIEW_GROUP, REVIEW_CHAIR, PARTNER_LA, PARTNER_ICB, PARTNER_POLICE, INDEPENDENT_REVIEWERS, REFERRERS,
      AUDITORS);

  private Groups() {
  }

  /** Whether the person logged in belongs to one of the groups (a check our own REST resources make). */
  public static boolean memberOfAny(Authentication authentication, Collection<String> groups) {
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().stream().anyMatch(groups::contains);
  }
}
