package uk.safeguarding.casereview.access.directory;

import java.util.Set;

/**
 * A person as the directory describes them at sign-in, with their directory groups already mapped to this
 * application's groups.
 */
public record DirectoryPerson(String userId, String firstName, String lastName, String email, Set<String> groups) {

  public DirectoryPerson {
    groups = Set.copyOf(groups);
  }

  public boolean hasAccess() {
    return !groups.isEmpty();
  }
}
