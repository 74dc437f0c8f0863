package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads a history query's results page by page. Queries run as the person asking, and the engine refuses
 * any one page larger than its queryMaxResultsLimit; a case's history can be longer than that.
 */
public final class HistoryPages {

  static final int PAGE = 1000;

  private HistoryPages() {
  }

  /** Up to max results, in the query's order (give it one, so that pages do not overlap). */
  public static <T> List<T> all(Query<?, T> query, int max) {
    List<T> results = new ArrayList<>();
    while (results.size() < max) {
      List<T> page = query.listPage(results.size(), Math.min(PAGE, max - results.size()));
      results.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    return results;
  }
}
