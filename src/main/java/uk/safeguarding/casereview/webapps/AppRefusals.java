package uk.safeguarding.casereview.webapps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person is told when they open a web application their groups may not use: who the application is
 * for, and the one they may use instead. Camunda's own answers ("Wrong credentials, locked user or missing
 * access rights", or a bare 403 page) read as if the password were wrong or the system broken. Access itself
 * comes from the application authorizations in {@code AccessTable}; this only explains it.
 */
public final class AppRefusals {

  /** A refusal: {@code reason; instead <name of targetApp>.} — targetApp is null when there is none. */
  public record Refusal(String reason, String instead, String targetApp) {

    public String targetName() {
      return targetApp == null ? null : NAMES.get(targetApp);
    }

    /** In plain words; the login page makes the application named at the end a link. */
    public String text() {
      return reason + "; " + instead + (targetApp == null ? "" : targetName() + ".");
    }
  }

  private static final Map<String, String> WHO_FOR = Map.of(
      "tasklist", "Tasklist is for the people who work on the cases' tasks",
      "cockpit", "Cockpit is for the business unit and auditors",
      "admin", "Admin is for administrators");

  /** Where to send someone, in order of preference, with what they do there. */
  private static final List<Map.Entry<String, String>> INSTEAD = List.of(
      Map.entry("tasklist", "your tasks are in "),
      Map.entry("cockpit", "you read the cases in "),
      Map.entry("admin", "you manage users and diagrams in "));

  private static final Map<String, String> NAMES = Map.of("tasklist", "Tasklist", "cockpit", "Cockpit",
      "admin", "Admin", "welcome", "Welcome");

  private AppRefusals() {
  }

  /** The refusal for {@code app}, or nothing when the person may use it (or it is not one we explain). */
  public static Optional<Refusal> refusal(String app, Set<String> authorizedApps) {
    if (!WHO_FOR.containsKey(app) || authorizedApps.contains(app)) {
      return Optional.empty();
    }
    return Optional.of(INSTEAD.stream().filter(option -> authorizedApps.contains(option.getKey())).findFirst()
        .map(option -> new Refusal(WHO_FOR.get(app), option.getValue(), option.getKey()))
        .orElseGet(() -> new Refusal(WHO_FOR.get(app),
            "your account may not use any application yet: ask the business unit.", null)));
  }

  /** The application's name as people see it ("Cockpit"), or the id itself. */
  public static String name(String app) {
    return NAMES.getOrDefault(app, app);
  }
}
