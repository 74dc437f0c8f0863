package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

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
      List<CaseRecord.Decision> decisions = caller.decisions().stream()
          .map(decision -> creditOf(decision.by(), decision.time(), called.stream()
              .flatMap(process -> process.decisions().stream())
              .filter(handed -> handed.decision().equals(decision.decision())
                  && Objects.equals(handed.value(), decision.value())),
              CaseRecord.Decision::time, CaseRecord.Decision::by).map(decision::by).orElse(decision))
          .toList();
      List<CaseRecord.VariableChange> changes = caller.variableChanges().stream()
          .map(change -> creditOf(change.by(), change.time(), called.stream()
              .flatMap(process -> process.variableChanges().stream())
              .filter(handed -> handed.variable().equals(change.variable())
                  && Objects.equals(handed.newValue(), change.newValue())),
              CaseRecord.VariableChange::time, CaseRecord.VariableChange::by).map(change::by).orElse(change))
          .toList();
      credited.put(caller.processInstanceId(), caller.with(decisions, changes));
    }
    return new ArrayList<>(credited.values());
  }

  /** The person who last made the same change in a called process, by then; only for the process's own changes. */
  private static <T> Optional<String> creditOf(String by, Date time, Stream<T> handedUp, Function<T, Date> when,
                                               Function<T, String> who) {
    if (!CaseHistory.THE_PROCESS.equals(by)) {
      return Optional.empty();
    }
    return handedUp.filter(handed -> !CaseHistory.THE_PROCESS.equals(who.apply(handed))
            && !when.apply(handed).after(time))
        .max(Comparator.comparing(when)).map(who);
  }
}
