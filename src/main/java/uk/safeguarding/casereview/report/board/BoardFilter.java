package uk.safeguarding.casereview.report.board;

import java.util.Map;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.report.QueryParameters;

/**
 * What the board is asked to show: the open cases, and with {@code closedIn} also those closed in that
 * reporting year; narrowed by stage, overdue, the year a case began and learning theme. A value that names
 * nothing of this partnership is refused with the parameter's name.
 */
record BoardFilter(String stage, Boolean overdue, ReportingYear year, String themeName, ReportingYear closedIn) {

  static BoardFilter parse(QueryParameters parameters, Map<String, String> themeNames, int yearStartMonth) {
    String stage = parameters.get("stage");
    if (stage != null && !BoardStages.LABELS.containsKey(stage)) {
      throw new IllegalArgumentException("stage must be one of " + String.join(", ", BoardStages.LABELS.keySet())
          + " (was " + QueryParameters.quoted(stage) + ")");
    }
    String overdue = parameters.get("overdue");
    if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
      throw new IllegalArgumentException("overdue must be true or false (was " + QueryParameters.quoted(overdue) + ")");
    }
    String theme = parameters.get("theme");
    if (theme != null && !themeNames.containsKey(theme)) {
      throw new IllegalArgumentException("theme must be one of the configured learning themes (was "
          + QueryParameters.quoted(theme) + ")");
    }
    return new BoardFilter(stage, overdue == null ? null : Boolean.valueOf(overdue),
        year(parameters, "year", yearStartMonth), theme == null ? null : themeNames.get(theme),
        year(parameters, "closedIn", yearStartMonth));
  }

  boolean test(BoardCase row) {
    return (stage == null || stage.equals(row.stage()))
        && (overdue == null || overdue == (row.stepsOverdue() > 0))
        && (year == null || year.label().equals(row.reportingYear()))
        && (themeName == null || row.themes().contains(themeName));
  }

  private static ReportingYear year(QueryParameters parameters, String name, int yearStartMonth) {
    String label = parameters.get(name);
    if (label == null) {
      return null;
    }
    try {
      return ReportingYear.parse(label, yearStartMonth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replaceFirst("^year", name), e);
    }
  }
}
