package uk.safeguarding.casereview.review.notifiable;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.OtherArea;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * Another area's safeguarding partners are told within the same 5 working days when the child lived or was
 * placed there, or was harmed outside England while normally resident here ({@code ${otherAreas}} in the
 * diagrams).
 */
@Component("otherAreas")
public class OtherAreas {

  static final String NONE = "none";
  private static final Map<String, String> CONNECTION_TEXT = Map.of(
      "lived-elsewhere", "normally lived in",
      "placed-elsewhere", "was placed in",
      "harmed-outside-england", "normally lived here and was harmed outside England, in");

  private final CaseReviewProperties properties;

  public OtherAreas(CaseReviewProperties properties) {
    this.properties = properties;
  }

  /** Whether the case names another area; a case recorded before the question was asked names none. */
  public boolean toTell(VariableScope scope) {
    return toTell(scope::getVariable);
  }

  /** {@link #toTell(VariableScope)} of a case's facts as history holds them. */
  public static boolean toTell(Function<String, Object> facts) {
    Object connection = facts.apply(CaseVariables.OTHER_AREA_CONNECTION);
    return connection != null && !NONE.equals(connection) && facts.apply(CaseVariables.OTHER_AREA) != null;
  }

  /** What the task says, and who was told filled in beforehand where the configuration knows the mailbox. */
  public void describe(DelegateExecution execution) {
    String area = String.valueOf(execution.getVariable(CaseVariables.OTHER_AREA));
    execution.setVariableLocal(CaseVariables.OTHER_AREA_CONNECTION_TEXT,
        CONNECTION_TEXT.getOrDefault(execution.getVariable(CaseVariables.OTHER_AREA_CONNECTION), "is connected with"));
    Optional<OtherArea> known = find(area);
    execution.setVariableLocal(CaseVariables.OTHER_AREA_CONTACT, known
        .map(other -> "The configuration knows this area's safeguarding partnership mailbox: " + other.getMailbox() + ".")
        .orElse("The configuration knows no mailbox for this area: find its safeguarding partnership's contact."));
    known.ifPresent(other -> execution.setVariableLocal(CaseVariables.OTHER_AREA_TOLD_HOW,
        other.getName() + " safeguarding partnership, by email to " + other.getMailbox()));
  }

  Optional<OtherArea> find(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return properties.getOtherAreas().stream()
        .filter(area -> area.getName().trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }
}
