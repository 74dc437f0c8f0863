package uk.safeguarding.casereview.engine.query;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's task query and count join the asker's grants to each task with
 * {@code AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))}. A join on an OR cannot be hashed, so PostgreSQL
 * looks up a task's grants three times a task by index: time in proportion to the tasks a group holds (155 ms a
 * Tasklist page at 9,000), however few grants the asker has.
 *
 * <p>Both statements select DISTINCT tasks and read nothing of the grant joined but whether there was one
 * ({@code AUTH.RESOURCE_ID_ IS NOT NULL}, beside the engine's exception for CMMN tasks), so the join only asks
 * whether a grant exists for the task's id, its process's key or '*'. Here it asks exactly that: the asker's
 * grants, as the engine selected them (same conditions, same parameters, same order), become a common table
 * expression at the front, and the join is to one row that is there when one of three lookups in those grants
 * succeeds, lookups PostgreSQL hashes once per statement. A statement of any other shape (an engine upgrade,
 * other use of the grant joined, parameters before the grants) is left exactly as it was.
 */
final class TaskGrantsRewrite {

  /** The grants CTE's name: prefixed so that no engine alias can be the same. */
  static final String GRANTS = "CR_ASKER_GRANTS";

  private static final Pattern DISTINCT_TASKS = Pattern.compile(
      "(?is)\\A\\s*(select\\s+count\\(\\*\\)\\s+from\\s*\\(\\s*)?select\\s+distinct\\s+RES\\.");
  private static final Pattern GRANTS_JOIN = Pattern.compile("(?is)(?<join>(inner|left)\\s+join)\\s*\\(\\s*"
      + "SELECT\\s+A\\.\\*\\s+FROM\\s+(?<table>[\\w.]*ACT_RU_AUTHORIZATION)\\s+A\\s+WHERE\\s+"
      + "(?<where>A\\.TYPE_\\s*<\\s*2\\s.*?)"
      + "\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*"
      + "\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)");

  /** The only use of the grant joined that the rewrite keeps true: whether there was one. */
  private static final Pattern GRANT_FOUND = Pattern.compile("(?i)\\bAUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL");
  private static final Pattern GRANT_USED = Pattern.compile("(?i)\\bAUTH\\.");

  private TaskGrantsRewrite() {
  }

  /** The same statement with the grants looked up once, or empty if it is not of the shape this knows. */
  static Optional<String> rewrite(String sql) {
    if (!DISTINCT_TASKS.matcher(sql).lookingAt()) {
      return Optional.empty();
    }
    Matcher join = GRANTS_JOIN.matcher(sql);
    if (!join.find()) {
      return Optional.empty();
    }
    String before = sql.substring(0, join.start());
    String after = sql.substring(join.end());
    // the grants' parameters move to the front: only right if none came before them
    if (before.indexOf('?') >= 0 || GRANTS_JOIN.matcher(after).find() || sql.contains(GRANTS)
        || GRANT_USED.matcher(before).find() || GRANT_USED.matcher(GRANT_FOUND.matcher(after).replaceAll("")).find()) {
      return Optional.empty();
    }
    String where = join.group("where");
    if (!balanced(where)) {
      return Optional.empty();
    }
    return Optional.of("WITH " + GRANTS + " AS (SELECT A.RESOURCE_ID_ FROM " + join.group("table") + " A WHERE "
        + where + ") " + before
        + join.group("join") + " (SELECT '*' AS RESOURCE_ID_) AUTH ON ("
        + "RES.ID_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
        + " OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
        + " OR EXISTS (SELECT 1 FROM " + GRANTS + " WHERE RESOURCE_ID_ = '*'))" + after);
  }

  /** The grants' conditions as matched end where the engine closed them: every bracket opened is closed. */
  private static boolean balanced(String text) {
    int depth = 0;
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0 && !quoted;
  }
}
