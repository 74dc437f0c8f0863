package uk.safeguarding.casereview.access;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static uk.safeguarding.casereview.access.Groups.ADMINISTRATORS;
import static uk.safeguarding.casereview.access.Groups.AUDITORS;
import static uk.safeguarding.casereview.access.Groups.BUSINESS_UNIT;
import static uk.safeguarding.casereview.access.Groups.INDEPENDENT_REVIEWERS;
import static uk.safeguarding.casereview.access.Groups.LA_NOTIFIERS;
import static uk.safeguarding.casereview.access.Groups.PARTNER_ICB;
import static uk.safeguarding.casereview.access.Groups.PARTNER_LA;
import static uk.safeguarding.casereview.access.Groups.PARTNER_POLICE;
import static uk.safeguarding.casereview.access.Groups.REFERRERS;
import static uk.safeguarding.casereview.access.Groups.REVIEW_CHAIR;
import static uk.safeguarding.casereview.access.Groups.REVIEW_GROUP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * Who may do what, as one table. {@link AccessSetup} applies it at every start: missing rows are created and
 * missing permissions added; nothing an administrator granted in Admin is taken away.
 *
 * <p>Task rights are not in the table: the engine grants a task to its candidate group when the task is
 * created, which is what keeps an agency's lead to that agency's tasks. Filter rights come from
 * {@link TasklistFilters}.
 */
public final class AccessTable {

  /** Stands for the group of every configured agency. */
  public static final String EVERY_AGENCY = "{every agency}";

  /** The groups that work in Tasklist. Auditors are not among them: they read history and touch no task. */
  public static final List<String> TASKLIST_USERS = List.of(LA_NOTIFIERS, BUSINESS_UNIT, REVIEW_GROUP,
      REVIEW_CHAIR, PARTNER_LA, PARTNER_ICB, PARTNER_POLICE, INDEPENDENT_REVIEWERS, REFERRERS, EVERY_AGENCY);

  /** Who reads the whole history of cases and the timeliness report in Cockpit (the case review plugin). */
  public static final List<String> CASE_HISTORY_READERS = List.of(AUDITORS, BUSINESS_UNIT, ADMINISTRATORS);

  /**
   * Who sees the partnership's whole picture: every case on the case board and every recommendation of every
   * review in the tracker. An agency's lead sees their own agency's recommendations only (RecommendationScope)
   * and no board; everyone else neither.
   */
  public static final List<String> PARTNERSHIP_READERS = List.of(BUSINESS_UNIT, REVIEW_GROUP, REVIEW_CHAIR,
      PARTNER_LA, PARTNER_ICB, PARTNER_POLICE, AUDITORS, ADMINISTRATORS);

  private static final List<Grant> ROWS = Stream.of(
      // Tasklist, and the diagrams of the processes whose tasks they work on
      everyTasklistUser(APPLICATION, "tasklist", ACCESS),
      everyTasklistUser(PROCESS_DEFINITION, "*", READ),

      // who starts which case: the LA a serious incident or a notifiable death; any professional a referral
      row(LA_NOTIFIERS, PROCESS_DEFINITION, ProcessKeys.SERIOUS_INCIDENT, CREATE_INSTANCE),
      row(LA_NOTIFIERS, PROCESS_DEFINITION, ProcessKeys.NOTIFIABLE_DEATH, CREATE_INSTANCE),
      everyTasklistUser(PROCESS_DEFINITION, ProcessKeys.CASE_REFERRAL, CREATE_INSTANCE),
      everyTasklistUser(PROCESS_INSTANCE, "*", CREATE),

      // auditors and the business unit: Cockpit, history and the operation log, read only
      historyReaders(APPLICATION, "cockpit", ACCESS),
      historyReaders(PROCESS_DEFINITION, "*", READ, READ_HISTORY),
      historyReaders(PROCESS_INSTANCE, "*", READ),
      historyReaders(DECISION_DEFINITION, "*", READ, READ_HISTORY),
      historyReaders(DECISION_REQUIREMENTS_DEFINITION, "*", READ),
      historyReaders(DEPLOYMENT, "*", READ),
      historyReaders(OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ),

      // administrators: everything, as Camunda's own first-run setup would grant
      Arrays.stream(Resources.values()).flatMap(resource -> row(ADMINISTRATORS, resource, "*", ALL)))
      .flatMap(rows -> rows)
      .toList();

  private AccessTable() {
  }

  /** The table with {@link #EVERY_AGENCY} replaced by the configured agency groups. */
  public static List<Grant> grants(List<String> agencyGroups) {
    List<Grant> grants = new ArrayList<>();
    for (Grant grant : ROWS) {
      if (EVERY_AGENCY.equals(grant.group())) {
        agencyGroups.forEach(group -> grants.add(grant.forGroup(group)));
      } else {
        grants.add(grant);
      }
    }
    return grants;
  }

  /** The groups that work in Tasklist, with {@link #EVERY_AGENCY} replaced by the configured agency groups. */
  public static List<String> tasklistUsers(List<String> agencyGroups) {
    return TASKLIST_USERS.stream()
        .flatMap(group -> EVERY_AGENCY.equals(group) ? agencyGroups.stream() : Stream.of(group))
        .toList();
  }

  private static Stream<Grant> row(String group, Resource resource, String resourceId, Permission... permissions) {
    return Stream.of(new Grant(group, resource, resourceId, List.of(permissions)));
  }

  /** The history readers other than administrators, who have every right already. */
  private static Stream<Grant> historyReaders(Resource resource, String resourceId, Permission... permissions) {
    return CASE_HISTORY_READERS.stream().filter(group -> !ADMINISTRATORS.equals(group))
        .flatMap(group -> row(group, resource, resourceId, permissions));
  }

  private static Stream<Grant> everyTasklistUser(Resource resource, String resourceId, Permission... permissions) {
    return TASKLIST_USERS.stream().flatMap(group -> row(group, resource, resourceId, permissions));
  }
}
