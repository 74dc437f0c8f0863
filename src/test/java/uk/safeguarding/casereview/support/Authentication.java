package uk.safeguarding.casereview.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a user the way the REST API and the webapps do: the user with all their groups, so authorization
 * checks apply. Only the action runs as the user; the test's own checks afterwards run unauthenticated.
 */
public final class Authentication {

  private Authentication() {
  }

  public static <T> T as(IdentityService identityService, String userId, Supplier<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public static void as(IdentityService identityService, String userId, Runnable action) {
    as(identityService, userId, () -> {
      action.run();
      return null;
    });
  }
}
