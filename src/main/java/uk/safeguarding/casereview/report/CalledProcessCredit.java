package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A called process hands its results back to the process that called it (its {@code camunda:out} mapping):
 * the rapid review's decision reaches the serious incident as a change the engine made at the end of the call.
 * That change is credited to whoever made it in the called process (the chair who decided), not to the process.
 */
final class CalledProcessCredit {

  private CalledProcessCredit() {
  }

  /** The records with such changes credited; called processes come after their caller in the list. */
  static List<CaseRecord.ProcessRecord> credit(List<CaseRecord.ProcessRecord> records) {
    Map<String, CaseRecord.ProcessRecord> credited = new LinkedHashMap<>();
    records.forEach(record -> credited.put(record.processInstanceId(), record));
    // the called processes first, so that a result handed up twice (agency summary → rapid review → incident)
    // keeps its person
    for (int i = records.size() - 1; i >= 0; i--) {
      CaseRecord.ProcessRecord caller = credited.get(records.get(i).processInstanceId());
      List<CaseRecord.ProcessRecord> called = credited.values().stream()
          .filter(record -> caller.processInstanceId().equals(record.parentProcessInstanceId())).toList();
      if (called.isEmpty()) {
        continue;
      }
      List<CaseRecord.Decision> decisions = credit(caller.decisions(),
          called.stream().flatMap(process -> process.decisions().stream()).toList(),
          (one, other) -> one.decision().equals(other.decision()) && Objects.equals(one.value(), other.value()),
          CaseRecord.Decision::time, CaseRecord.Decision::by, CaseRecord.Decision::by);
      List<CaseRecord.VariableChange> changes = credit(caller.variableChanges(),
          called.stream().flatMap(process -> process.variableChanges().stream()).toList(),
          (one, other) -> one.variable().equals(other.variable()) && Objects.equals(one.newValue(), other.newValue()),
          CaseRecord.VariableChange::time, CaseRecord.VariableChange::by, CaseRecord.VariableChange::by);
      credited.put(caller.processInstanceId(), caller.with(decisions, changes));
    }
    return new ArrayList<>(credited.values());
  }

  /**
   * Each of the caller's own changes (made by the process) credited to the person who last made the same
   * change in a called process, by then.
   */
  private static <T> List<T> credit(List<T> own, List<T> handedUp, BiPredicate<T, T> same, Function<T, Date> when,
                                    Function<T, String> who, BiFunction<T, String, T> creditedTo) {
    return own.stream().map(change -> !CaseHistory.THE_PROCESS.equals(who.apply(change)) ? change
        : handedUp.stream().filter(handed -> same.test(change, handed)
                && !CaseHistory.THE_PROCESS.equals(who.apply(handed)) && !when.apply(handed).after(when.apply(change)))
            .max(Comparator.comparing(when)).map(handed -> creditedTo.apply(change, who.apply(handed)))
            .orElse(change))
        .toList();
  }
}
