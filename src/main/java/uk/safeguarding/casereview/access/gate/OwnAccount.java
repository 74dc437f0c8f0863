package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One's own password, changed from the Welcome page. The engine asks for the current password too, and
 * that check is throttled like a login. Profiles (name, email, which decide where case mail goes) are the
 * administrator's to change.
 */
@Component
public class OwnAccount {

  private static final Set<String> KEYS = Set.of("password", "authenticatedUserPassword");

  /** {@code PUT /user/{id}/credentials}. */
  public WriteCheck password() {
    return (call, path) -> {
      if (!path.group(1).equals(call.caller().userId())) {
        return Optional.of(Refusal.forbidden("You may change only your own password."));
      }
      JsonNode body = call.json();
      if (!body.isObject()) {
        return Optional.of(Refusal.badRequest(
            "The body must be {\"password\": ..., \"authenticatedUserPassword\": ...}."));
      }
      for (var names = body.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!KEYS.contains(name) || !body.get(name).isTextual()) {
          return Optional.of(Refusal.badRequest("The body may carry only password and authenticatedUserPassword, "
              + "as text."));
        }
      }
      return Optional.empty();
    };
  }
}
