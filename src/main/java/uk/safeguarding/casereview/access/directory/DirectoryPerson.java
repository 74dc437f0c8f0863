package uk.safeguarding.casereview.access.directory;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person as the directory describes them at sign-in, with their directory groups already mapped to this
 * application's groups.
 */
public record DirectoryPerson(String userId, String firstName, String lastName, String email, Set<String> groups) {

  /** Camunda's user ids as a directory person's may be: lower case, with {@code @} for user principal names. */
  public static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  public DirectoryPerson {
    groups = Set.copyOf(groups);
  }

  public boolean hasAccess() {
    return !groups.isEmpty();
  }
}
