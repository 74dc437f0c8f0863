package uk.safeguarding.casereview.report.recommendations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.safeguarding.casereview.access.AccessTable;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.config.Agency;

/**
 * Whose recommendations a person may see, decided by their groups alone: the partnership-wide readers
 * ({@link AccessTable#PARTNERSHIP_READERS}) see every one; an agency's safeguarding lead only those their
 * agency owns; anyone else none (the tracker answers 403).
 *
 * @param agencies the agencies whose recommendations are shown; empty with {@code everything}
 * @param ownRights whether the person's own engine rights read all the history this needs (the auditors, the
 *                  business unit, administrators); everyone else's is read by the application for them, after
 *                  this check, and cut to their scope: the engine grants them no history of their own
 */
public record RecommendationScope(boolean everything, Set<String> agencies, boolean ownRights) {

  public static RecommendationScope all() {
    return new RecommendationScope(true, Set.of(), false);
  }

  public static RecommendationScope ofAgencies(Set<String> agencies) {
    return new RecommendationScope(false, Set.copyOf(agencies), false);
  }

  /** The person's scope, or empty when they may not use the tracker at all. */
  public static Optional<RecommendationScope> of(Authentication person, List<Agency> agencies) {
    if (Groups.memberOfAny(person, AccessTable.PARTNERSHIP_READERS)) {
      return Optional.of(new RecommendationScope(true, Set.of(),
          Groups.memberOfAny(person, AccessTable.CASE_HISTORY_READERS)));
    }
    if (person == null || person.getGroupIds() == null) {
      return Optional.empty();
    }
    Set<String> own = agencies.stream().filter(agency -> person.getGroupIds().contains(agency.getGroup()))
        .map(Agency::getId).collect(Collectors.toSet());
    return own.isEmpty() ? Optional.empty() : Optional.of(ofAgencies(own));
  }

  public boolean includes(String agencyId) {
    return everything || agencies.contains(agencyId);
  }
}
