package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory timeliness report of one reporting year: a summary per measure and every row behind it.
 */
public record TimelinessReport(String year, List<String> years, @IsoDay LocalDate from, @IsoDay LocalDate to,
                               List<MeasureSummary> measures, List<TimelinessRow> rows) {

  public record MeasureSummary(String id, String label, long met, long missed, long overdue, long open) {
  }
}
