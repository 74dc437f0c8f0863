package uk.safeguarding.casereview.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Decides whether a password is strong enough for an account that can change every case. It applies the
 * engine's own password policy (the one Admin enforces once the policy is on), so a password accepted at
 * start-up is one the engine accepts too, and refuses the words every password list starts with.
 */
public final class StrongPassword {

  private static final List<String> GUESSABLE = List.of("password", "passw0rd", "camunda", "admin", "changeme",
      "welcome", "letmein", "qwerty", "123456", "safeguarding");

  private StrongPassword() {
  }

  /** @return why the password is weak, or empty when it is strong enough */
  public static Optional<String> weaknessOf(String password, String userId, String firstName, String lastName) {
    UserEntity user = new UserEntity(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    List<String> failures = new ArrayList<>();
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      if (!rule.execute(password, user)) {
        failures.add(describe(rule));
      }
    }
    String lower = password.toLowerCase(Locale.ROOT);
    GUESSABLE.stream().filter(lower::contains).findFirst()
        .ifPresent(word -> failures.add("must not contain a guessable word such as '" + word + "'"));
    return failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures));
  }

  private static String describe(PasswordPolicyRule rule) {
    String placeholder = rule.getPlaceholder();
    String value = rule.getParameters() == null ? "" : String.join(", ", rule.getParameters().values());
    return switch (placeholder) {
      case "PASSWORD_POLICY_LENGTH" -> "needs at least " + value + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "needs at least " + value + " lower-case letter(s)";
      case "PASSWORD_POLICY_UPPERCASE" -> "needs at least " + value + " capital letter(s)";
      case "PASSWORD_POLICY_DIGIT" -> "needs at least " + value + " digit(s)";
      case "PASSWORD_POLICY_SPECIAL" -> "needs at least " + value + " symbol(s)";
      case "PASSWORD_POLICY_USER_DATA" -> "must not contain the user id or name";
      default -> "fails the rule " + placeholder;
    };
  }
}
