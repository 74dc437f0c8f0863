package uk.safeguarding.casereview.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.support.WithoutAuthorization;

/**
 * Who receives a group's mail: the members' own addresses in Camunda identity, plus the group's shared
 * mailbox (an agency's configured mailbox, or {@code casereview.mail.mailboxes.<group id>}).
 */
@Component
public class Recipients {

  /** More members than this in one group would be a configuration mistake, not a team. */
  private static final int MAX_MEMBERS = 1000;

  private final IdentityService identityService;
  private final MailProperties mail;
  private final CaseReviewProperties properties;

  // lazy: recipients are looked up while the engine that provides IdentityService is still being built
  public Recipients(@Lazy IdentityService identityService, MailProperties mail, CaseReviewProperties properties) {
    this.identityService = identityService;
    this.mail = mail;
    this.properties = properties;
  }

  public Set<String> ofGroup(String groupId) {
    Set<String> addresses = new LinkedHashSet<>();
    // the person whose action queues the mail may not read other users; the system may
    List<User> members = WithoutAuthorization.query(
        () -> identityService.createUserQuery().memberOfGroup(groupId).listPage(0, MAX_MEMBERS));
    members.stream().map(User::getEmail).filter(email -> email != null && !email.isBlank())
        .map(String::trim).forEach(addresses::add);
    groupMailbox(groupId).ifPresent(addresses::add);
    return addresses;
  }

  public Set<String> ofUser(String userId) {
    User user = WithoutAuthorization.query(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null || user.getEmail() == null || user.getEmail().isBlank()
        ? Set.of() : Set.of(user.getEmail().trim());
  }

  /** The people a task belongs to: its assignee, and its candidate users and groups. */
  public Set<String> ofTask(String assignee, Collection<? extends IdentityLink> links) {
    Set<String> addresses = new LinkedHashSet<>();
    if (assignee != null) {
      addresses.addAll(ofUser(assignee));
    }
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        addresses.addAll(link.getGroupId() != null ? ofGroup(link.getGroupId()) : ofUser(link.getUserId()));
      }
    }
    return addresses;
  }

  /**
   * Recipients named the way diagrams name them, comma-separated: a shared mailbox from
   * {@code casereview.mail.mailboxes} (e.g. business-manager) or a group id (its members and its mailbox).
   */
  public Set<String> ofTargets(String targets) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String target : targets.split(",")) {
      String name = target.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (mail.getMailboxes().containsKey(name) && !isGroup(name)) {
        addresses.add(mail.getMailboxes().get(name).trim());
      } else {
        addresses.addAll(ofGroup(name));
      }
    }
    return addresses;
  }

  private boolean isGroup(String name) {
    return WithoutAuthorization.query(() -> identityService.createGroupQuery().groupId(name).count()) > 0;
  }

  /** A named mailbox from {@code casereview.mail.mailboxes}, or an agency's mailbox by its group. */
  public String mailbox(String name) {
    return groupMailbox(name).orElseThrow(() -> new IllegalArgumentException("No mailbox named '" + name
        + "': add it to casereview.mail.mailboxes"));
  }

  private Optional<String> groupMailbox(String name) {
    String configured = mail.getMailboxes().get(name);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured.trim());
    }
    return properties.getAgencies().stream().filter(agency -> agency.getGroup().equals(name))
        .map(Agency::getMailbox).findFirst();
  }

}
