package uk.safeguarding.casereview.report.recommendations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.LearningTheme;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.report.ReviewKinds;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.actionplan.ActionPlans;
import uk.safeguarding.casereview.support.JsonVariables;

/** Turns one action plan's variables, as history holds them, into the tracker's rows (one per recommendation). */
final class RecommendationRows {

  private final Map<String, String> themeNames;
  private final int yearStartMonth;
  private final int dueSoonDays;
  private final LocalDate today;

  RecommendationRows(CaseReviewProperties properties, LocalDate today) {
    this.themeNames = properties.getLearningThemes().stream()
        .collect(Collectors.toMap(LearningTheme::id, LearningTheme::name));
    this.yearStartMonth = properties.getReporting().getYearStartMonth();
    this.dueSoonDays = properties.getReporting().getDueSoonDays();
    this.today = today;
  }

  List<TrackedRecommendation> of(String reference, LocalDate agreedOn, Map<String, Object> variables) {
    String pseudonym = text(variables.get(CaseVariables.CHILD_PSEUDONYM));
    String kind = ReviewKinds.of(variables) == null ? "Review" : ReviewKinds.of(variables);
    // a theme no longer configured still shows, by its id, rather than vanish from the year's figures
    List<String> themes = JsonVariables.list(variables.get(CaseVariables.LEARNING_THEMES), CaseVariables.LEARNING_THEMES)
        .stream().map(String::valueOf).map(id -> themeNames.getOrDefault(id, id)).toList();
    String year = ReportingYear.containing(agreedOn, yearStartMonth).label();
    return JsonVariables.records(variables.get(CaseVariables.ACTION_PLAN), CaseVariables.ACTION_PLAN).stream()
        .map(record -> row(record, reference, pseudonym, kind, themes, agreedOn, year))
        .toList();
  }

  private TrackedRecommendation row(Map<String, Object> record, String reference, String pseudonym, String kind,
                                    List<String> themes, LocalDate agreedOn, String year) {
    String state = record.get("status") == null ? ActionPlans.OPEN : text(record.get("status"));
    LocalDate due = day(record.get(CaseVariables.DUE_ON));
    boolean closed = ActionPlans.CLOSED.equals(state);
    Object onTime = record.get("onTime");
    return new TrackedRecommendation(reference, pseudonym, kind,
        record.get("number") instanceof Number number ? number.intValue() : 0,
        text(record.get(CaseVariables.RECOMMENDATION)), text(record.get(CaseVariables.OWNING_AGENCY)),
        text(record.get(CaseVariables.OWNING_AGENCY_NAME)),
        Words.strategicLead(text(record.get(CaseVariables.STRATEGIC_LEAD))), due,
        record.get(CaseVariables.RAG_STATUS) == null ? ActionPlans.NOT_STARTED
            : text(record.get(CaseVariables.RAG_STATUS)),
        day(record.get("lastUpdateOn")), text(record.get(CaseVariables.EVIDENCE_LINK)), state,
        day(record.get("closedOn")), closed && onTime instanceof Boolean value ? value : null,
        !closed && due != null && today.isAfter(due), timing(closed, due), themes, agreedOn, year);
  }

  private String timing(boolean closed, LocalDate due) {
    if (closed) {
      return "closed";
    }
    if (due == null || due.isAfter(today.plusDays(dueSoonDays))) {
      return "later";
    }
    return today.isAfter(due) ? "overdue" : "due-soon";
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** An ISO day as the forms store it; anything else (never written by this application) reads as no day. */
  private static LocalDate day(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
