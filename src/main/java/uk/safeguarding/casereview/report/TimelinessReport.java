package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguarding.casereview.config.Timescales;

/**
 * The statutory timeliness report of one reporting year: a summary per measure and every row behind it.
 */
public record TimelinessReport(String year, List<String> years, @IsoDay LocalDate from, @IsoDay LocalDate to,
                               List<MeasureSummary> measures, List<TimelinessRow> rows) {

  public record MeasureSummary(String id, String label, long met, long missed, long overdue, long open) {

    /** Every measure, even one with no deadline this year: the annual report accounts for each. */
    static List<MeasureSummary> of(List<TimelinessRow> rows, Timescales timescales) {
      return Arrays.stream(Measure.values()).map(measure -> {
        Map<TimelinessRow.Status, Long> counts = rows.stream().filter(row -> row.measure().equals(measure.id()))
            .collect(Collectors.groupingBy(TimelinessRow::status, () -> new EnumMap<>(TimelinessRow.Status.class),
                Collectors.counting()));
        return new MeasureSummary(measure.id(), measure.label(timescales),
            counts.getOrDefault(TimelinessRow.Status.MET, 0L), counts.getOrDefault(TimelinessRow.Status.MISSED, 0L),
            counts.getOrDefault(TimelinessRow.Status.OVERDUE, 0L), counts.getOrDefault(TimelinessRow.Status.OPEN, 0L));
      }).toList();
    }
  }
}
