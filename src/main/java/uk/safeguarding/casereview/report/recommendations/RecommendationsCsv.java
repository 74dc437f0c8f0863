package uk.safeguarding.casereview.report.recommendations;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.support.Csv;

/** The tracker's rows as CSV, with the workbook's columns; days as ISO dates, which spreadsheets read as dates. */
@Component
public class RecommendationsCsv {

  public String write(List<TrackedRecommendation> rows) {
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, TrackerColumns.ALL.stream().map(TrackerColumns.Column::header));
    for (TrackedRecommendation row : rows) {
      Csv.line(csv, TrackerColumns.ALL.stream().map(column -> column.value().apply(row))
          .map(value -> value == null ? null : value.toString()));
    }
    return csv.toString();
  }
}
