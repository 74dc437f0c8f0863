package uk.safeguarding.casereview.access.directory.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguarding.casereview.access.directory.DirectoryPerson;
import uk.safeguarding.casereview.access.directory.DirectoryProperties;
import uk.safeguarding.casereview.access.directory.GroupMapping;
import uk.safeguarding.casereview.access.directory.SignInRefused;

/**
 * A person read from the claims of an ID token or an access token: the user id from the configured claim
 * (lower case, so a UPN typed differently is the same person), names, email and the directory groups from the
 * configured claims, mapped to this application's groups.
 */
public final class TokenClaims {

  private final DirectoryProperties.Oidc settings;
  private final GroupMapping mapping;
  private final String breakGlassId;

  /** @param breakGlassId the local administrator's id, which no token may claim */
  public TokenClaims(DirectoryProperties.Oidc settings, GroupMapping mapping, String breakGlassId) {
    this.settings = settings;
    this.mapping = mapping;
    this.breakGlassId = breakGlassId.toLowerCase(Locale.ROOT);
  }

  public DirectoryPerson person(Map<String, Object> claims) {
    String userId = text(claims, settings.usernameClaim());
    if (userId == null) {
      throw new SignInRefused("Your sign-in did not say who you are (no '" + settings.usernameClaim()
          + "' claim). Your IT team must add it to the application's token configuration.");
    }
    userId = userId.toLowerCase(Locale.ROOT);
    if (!DirectoryPerson.USER_ID.matcher(userId).matches()) {
      throw new SignInRefused("Your user name cannot be used here: up to 64 letters, digits and . _ @ -.");
    }
    if (userId.equals(breakGlassId)) {
      throw new SignInRefused("This user name belongs to the local break-glass administrator.");
    }
    if (groupsLeftOut(claims)) {
      throw new SignInRefused("You are in too many directory groups for them to fit in the sign-in token. Your IT"
          + " team must send only the groups assigned to this application (Entra ID: 'Groups assigned to the"
          + " application') or use app roles.");
    }
    List<String> directoryGroups = new ArrayList<>();
    for (String claim : settings.groupsClaims()) {
      directoryGroups.addAll(texts(claims.get(claim)));
    }
    String name = text(claims, "name");
    String first = firstNonBlank(text(claims, "given_name"), firstWord(name), userId);
    String last = firstNonBlank(text(claims, "family_name"), otherWords(name), "");
    // an address the provider says it has not verified (one a person typed in themselves) gets no case mail
    boolean unverified = "false".equals(String.valueOf(claims.get("email_verified")));
    String email = firstNonBlank(unverified ? null : text(claims, "email"),
        emailLike(text(claims, "preferred_username")), emailLike(text(claims, "upn")), null);
    return new DirectoryPerson(userId, first, last, email, mapping.applicationGroups(directoryGroups));
  }

  /** Entra ID leaves the groups out of a token for a person in more than its limit (its "groups overage"). */
  private static boolean groupsLeftOut(Map<String, Object> claims) {
    Object names = claims.get("_claim_names");
    return Boolean.TRUE.equals(claims.get("hasgroups")) || "true".equals(String.valueOf(claims.get("hasgroups")))
        || names instanceof Map<?, ?> map && map.containsKey("groups");
  }

  private static List<String> texts(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().filter(v -> v != null).map(String::valueOf).toList();
    }
    if (value instanceof String single && !single.isBlank()) {
      return List.of(single.split("[,\\s]+"));
    }
    return List.of();
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  private static String emailLike(String value) {
    return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? value : null;
  }

  private static String firstWord(String name) {
    return name == null ? null : name.split("\\s+", 2)[0];
  }

  private static String otherWords(String name) {
    String[] parts = name == null ? new String[0] : name.split("\\s+", 2);
    return parts.length == 2 ? parts[1] : null;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
