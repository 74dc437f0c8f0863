package uk.safeguarding.casereview.access.gate;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.safeguarding.casereview.access.Groups;

/** The person a request to the APIs comes from, however they signed in; anonymous when nobody did. */
public record Caller(String userId, List<String> groupIds) {

  public static final Caller ANONYMOUS = new Caller(null, List.of());

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public boolean isAnonymous() {
    return userId == null;
  }

  public boolean isAdministrator() {
    return groupIds.contains(Groups.ADMINISTRATORS);
  }

  /** Runs engine queries with this person's rights, as the engine would for their own request. */
  public <T> T query(IdentityService identity, Supplier<T> work) {
    return with(identity, new Authentication(userId, groupIds), work);
  }

  /** Runs engine lookups without authorization checks, for facts a check needs but the person may not read. */
  public static <T> T asSystem(IdentityService identity, Supplier<T> work) {
    return with(identity, null, work);
  }

  private static <T> T with(IdentityService identity, Authentication authentication, Supplier<T> work) {
    Authentication previous = identity.getCurrentAuthentication();
    if (authentication == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(authentication);
    }
    try {
      return work.get();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
