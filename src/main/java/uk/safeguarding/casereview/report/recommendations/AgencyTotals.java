package uk.safeguarding.casereview.report.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.safeguarding.casereview.review.actionplan.ActionPlans;

/** How one agency's recommendations stand: what the committee asks each agency about. */
public record AgencyTotals(String agency, int total, int open, int overdue, int awaitingVerification,
                           int closedOnTime, int closedLate) {

  /** The totals of each agency the rows name, in agency name order. */
  public static List<AgencyTotals> of(List<TrackedRecommendation> rows) {
    Map<String, List<TrackedRecommendation>> byAgency = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(row -> String.valueOf(row.owningAgencyName())))
        .forEach(row -> byAgency.computeIfAbsent(String.valueOf(row.owningAgencyName()), name -> new ArrayList<>())
            .add(row));
    return byAgency.entrySet().stream().map(entry -> totals(entry.getKey(), entry.getValue())).toList();
  }

  private static AgencyTotals totals(String agency, List<TrackedRecommendation> rows) {
    return new AgencyTotals(agency, rows.size(),
        count(rows, row -> !ActionPlans.CLOSED.equals(row.state())),
        count(rows, TrackedRecommendation::overdue),
        count(rows, row -> ActionPlans.AWAITING_VERIFICATION.equals(row.state())),
        count(rows, row -> Boolean.TRUE.equals(row.onTime())),
        count(rows, row -> Boolean.FALSE.equals(row.onTime())));
  }

  private static int count(List<TrackedRecommendation> rows, Predicate<TrackedRecommendation> test) {
    return (int) rows.stream().filter(test).count();
  }
}
