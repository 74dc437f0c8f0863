package uk.safeguarding.casereview.access.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the directory's groups make a person a member of which of this application's groups: data, never
 * grants ({@code AccessTable} stays the one source of those). Written one entry per line or separated by
 * {@code ;}, each {@code app-group = directory group}; the directory group is a name (LDAP's {@code cn},
 * Keycloak's group name), an object id (Entra ID's {@code groups} claim) or an app role (its {@code roles}
 * claim), compared without regard to case. One directory group may give several application groups and several
 * directory groups the same one.
 */
public final class GroupMapping {

  private final Map<String, Set<String>> byDirectoryGroup;

  private GroupMapping(Map<String, Set<String>> byDirectoryGroup) {
    this.byDirectoryGroup = byDirectoryGroup;
  }

  /**
   * Reads the mapping, refusing an application group that does not exist (it would grant nothing and hide a
   * typing mistake) and an entry without both sides; each refusal names the entry.
   */
  public static GroupMapping parse(String text, Collection<String> applicationGroups) {
    Map<String, Set<String>> mapping = new LinkedHashMap<>();
    for (String entry : text == null ? new String[0] : text.split("[;\\r\\n]+")) {
      if (entry.isBlank() || entry.strip().startsWith("#")) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("casereview.directory.group-mapping (GROUP_MAPPING): '" + entry.strip()
            + "' must read app-group = directory group");
      }
      String group = entry.substring(0, equals).strip();
      String directoryGroup = entry.substring(equals + 1).strip();
      if (group.isEmpty() || directoryGroup.isEmpty()) {
        throw new IllegalArgumentException("casereview.directory.group-mapping (GROUP_MAPPING): '" + entry.strip()
            + "' needs both an application group and a directory group");
      }
      if (!applicationGroups.contains(group)) {
        throw new IllegalArgumentException("casereview.directory.group-mapping (GROUP_MAPPING): '" + group
            + "' is not one of this application's groups " + new TreeSet<>(applicationGroups));
      }
      mapping.computeIfAbsent(key(directoryGroup), k -> new LinkedHashSet<>()).add(group);
    }
    return new GroupMapping(mapping);
  }

  /** The application groups a person in these directory groups belongs to; none for unmapped groups. */
  public Set<String> applicationGroups(Collection<String> directoryGroups) {
    Set<String> groups = new TreeSet<>();
    for (String directoryGroup : directoryGroups) {
      groups.addAll(byDirectoryGroup.getOrDefault(key(directoryGroup), Set.of()));
    }
    return groups;
  }

  public boolean isEmpty() {
    return byDirectoryGroup.isEmpty();
  }

  private static String key(String directoryGroup) {
    return directoryGroup.strip().toLowerCase(Locale.ROOT);
  }
}
