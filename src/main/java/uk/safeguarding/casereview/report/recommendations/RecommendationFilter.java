package uk.safeguarding.casereview.report.recommendations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.safeguarding.casereview.report.QueryParameters;
import uk.safeguarding.casereview.report.ReportingYear;

/**
 * What the tracker is asked to show: each part optional, all parts must hold. Parsed from the request's query
 * parameters; a value that names nothing of this partnership is refused with the parameter's name, never
 * taken as "no filter".
 */
public record RecommendationFilter(String agency, String rag, String state, Boolean overdue, String themeName,
                                   ReportingYear year) {

  public static final Set<String> RAG_STATUSES = Set.of("not-started", "red", "amber", "green", "complete");
  public static final List<String> STATES = List.of("open", "awaiting-verification", "returned", "closed");

  public static RecommendationFilter none() {
    return new RecommendationFilter(null, null, null, null, null, null);
  }

  /** Whether the recommendation passes every part of the filter. */
  public boolean test(TrackedRecommendation row) {
    return (agency == null || agency.equals(row.owningAgency()))
        && (rag == null || rag.equals(row.ragStatus()))
        && (state == null || state.equals(row.state()))
        && (overdue == null || overdue == row.overdue())
        && (themeName == null || row.themes().contains(themeName))
        && (year == null || year.label().equals(row.reportingYear()));
  }

  /**
   * Reads the query parameters: {@code agencyIds} are this partnership's agencies, {@code themeNames} its
   * learning themes (id to name); a theme is asked for by id.
   */
  public static RecommendationFilter parse(QueryParameters parameters, Set<String> agencyIds,
                                           Map<String, String> themeNames, int yearStartMonth) {
    String agency = oneOf(parameters, "agency", agencyIds::contains, "one of the partnership's agencies");
    String rag = oneOf(parameters, "rag", RAG_STATUSES::contains, "not-started, red, amber, green or complete");
    String state = oneOf(parameters, "state", STATES::contains, "open, awaiting-verification, returned or closed");
    String theme = oneOf(parameters, "theme", themeNames::containsKey, "one of the configured learning themes");
    Boolean overdue = null;
    String overdueText = parameters.get("overdue");
    if (overdueText != null) {
      if (!overdueText.equals("true") && !overdueText.equals("false")) {
        throw new IllegalArgumentException("overdue must be true or false (was " + QueryParameters.quoted(overdueText) + ")");
      }
      overdue = Boolean.valueOf(overdueText);
    }
    String yearText = parameters.get("year");
    ReportingYear year = yearText == null ? null : ReportingYear.parse(yearText, yearStartMonth);
    return new RecommendationFilter(agency, rag, state, overdue, theme == null ? null : themeNames.get(theme), year);
  }

  private static String oneOf(QueryParameters parameters, String name, Predicate<String> known, String expected) {
    String value = parameters.get(name);
    if (value != null && !known.test(value)) {
      throw new IllegalArgumentException(name + " must be " + expected + " (was " + QueryParameters.quoted(value) + ")");
    }
    return value;
  }

}
