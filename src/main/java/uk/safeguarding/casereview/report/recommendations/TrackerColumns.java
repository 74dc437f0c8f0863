package uk.safeguarding.casereview.report.recommendations;

import java.util.List;
import java.util.function.Function;

/** The tracker's columns, in the order both exports write them: a header and the value (text, day or number). */
final class TrackerColumns {

  record Column(String header, Function<TrackedRecommendation, Object> value, int width) {
  }

  static final List<Column> ALL = List.of(
      new Column("Case reference", TrackedRecommendation::reference, 14),
      new Column("Child (pseudonym)", TrackedRecommendation::childPseudonym, 18),
      new Column("Review", TrackedRecommendation::reviewKind, 20),
      new Column("No.", TrackedRecommendation::number, 5),
      new Column("Recommendation", TrackedRecommendation::recommendation, 60),
      new Column("Owning agency", TrackedRecommendation::owningAgencyName, 28),
      new Column("Strategic lead", TrackedRecommendation::strategicLead, 18),
      new Column("Due", TrackedRecommendation::dueOn, 12),
      new Column("RAG", row -> Words.rag(row.ragStatus()), 12),
      new Column("Last update", TrackedRecommendation::lastUpdateOn, 12),
      new Column("Evidence", TrackedRecommendation::evidenceLink, 40),
      new Column("State", row -> Words.state(row.state()), 28),
      new Column("Closed on", TrackedRecommendation::closedOn, 12),
      new Column("Closed on time", row -> row.onTime() == null ? null : row.onTime() ? "Yes" : "No, late", 14),
      new Column("Overdue", row -> row.overdue() ? "Overdue" : null, 10),
      new Column("Learning themes", row -> String.join("; ", row.themes()), 40),
      new Column("Agreed on", TrackedRecommendation::agreedOn, 12),
      new Column("Reporting year", TrackedRecommendation::reportingYear, 14));

  private TrackerColumns() {
  }
}
