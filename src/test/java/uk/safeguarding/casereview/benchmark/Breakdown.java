package uk.safeguarding.casereview.benchmark;

import java.util.Comparator;
import java.util.Map;

/** Where a case's statements go, by kind and table, beside the same for the process it is compared with. */
final class Breakdown {

  private Breakdown() {
  }

  static String of(SqlTally ours, SqlTally minimal, int top) {
    Map<String, Long> mine = ours.byKind();
    Map<String, Long> theirs = minimal.byKind();
    StringBuilder text = new StringBuilder(String.format("Where our case's statements go (top %d of %d kinds):%n",
        top, mine.size()));
    text.append(String.format("  %-40s %8s %12s%n", "statement", "ours", "minimal+mail"));
    mine.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey())).limit(top)
        .forEach(entry -> text.append(String.format("  %-40s %8d %12d%n", entry.getKey(), entry.getValue(),
            theirs.getOrDefault(entry.getKey(), 0L))));
    long rest = mine.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey())).skip(top).mapToLong(Map.Entry::getValue).sum();
    text.append(String.format("  %-40s %8d%n", "all other kinds", rest));
    return text.toString().stripTrailing();
  }
}
