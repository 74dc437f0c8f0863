package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;

/**
 * One's own password, changed from the Welcome page. The engine asks for the current password too, and
 * that check is throttled like a login. Profiles (name, email, which decide where case mail goes) are the
 * administrator's to change. With a directory nobody but the break-glass administrator (who passes the allow-list
 * as an administrator) has a password here.
 */
@Component
public class OwnAccount {

  private static final Set<String> KEYS = Set.of("password", "authenticatedUserPassword");

  private final boolean directory;

  public OwnAccount(DirectoryProperties directory) {
    this.directory = directory.configured();
  }

  /** {@code PUT /user/{id}/credentials}. */
  public WriteCheck password() {
    return (call, path) -> {
      if (directory) {
        return Optional.of(Refusal.forbidden("Passwords are kept by the partnership's directory: change yours"
            + " there (your organisation's usual way)."));
      }
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
