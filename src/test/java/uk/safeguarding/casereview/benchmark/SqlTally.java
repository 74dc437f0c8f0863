package uk.safeguarding.casereview.benchmark;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one piece of work cost the database: statements, commits and inserted rows, and the statements by kind
 * and table ("INSERT ACT_HI_VARINST", "SELECT ACT_RU_TASK") to show where they go.
 */
final class SqlTally {

  private static final Pattern KIND = Pattern.compile("^\\s*(\\w+)");
  private static final Pattern TABLE = Pattern.compile(
      "\\b(?:into|from|update|join)\\s+([\\w.]+)", Pattern.CASE_INSENSITIVE);

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong inserted = new AtomicLong();
  private final Map<String, Long> byKind = new TreeMap<>();

  void statement(String sql, int rows) {
    statements.incrementAndGet();
    String kind = kindOf(sql);
    if (kind.startsWith("INSERT")) {
      // a driver that does not know how many rows a batched statement wrote says so with a negative number
      inserted.addAndGet(rows < 0 ? 1 : rows);
    }
    synchronized (byKind) {
      byKind.merge(kind, 1L, Long::sum);
    }
  }

  void committed() {
    commits.incrementAndGet();
  }

  long statements() {
    return statements.get();
  }

  long commits() {
    return commits.get();
  }

  long inserted() {
    return inserted.get();
  }

  Map<String, Long> byKind() {
    synchronized (byKind) {
      return new TreeMap<>(byKind);
    }
  }

  /** "INSERT ACT_HI_DETAIL": the statement's verb and the first table it names. */
  static String kindOf(String sql) {
    if (sql == null) {
      return "?";
    }
    Matcher verb = KIND.matcher(sql);
    String kind = verb.find() ? verb.group(1).toUpperCase(Locale.ROOT) : "?";
    Matcher table = TABLE.matcher(sql);
    String named = table.find() ? kind + " " + table.group(1).toUpperCase(Locale.ROOT) : kind;
    // the history of a form submission is kept twice: as each variable's change and as each submitted field
    if (named.equals("INSERT ACT_HI_DETAIL")) {
      return named + (sql.contains("PROP_ID_") ? " (form field)" : " (variable)");
    }
    return named;
  }
}
