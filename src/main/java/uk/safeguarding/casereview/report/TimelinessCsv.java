package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.support.Csv;

/** The timeliness report as CSV for the partnership's annual report (opens in a spreadsheet as it is). */
@Component
public class TimelinessCsv {

  static final List<String> HEADER = List.of("Reporting year", "Case reference", "Pseudonym", "Measure", "About",
      "Started", "Due", "Done", "Working days", "Status");

  public String write(TimelinessReport report) {
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, HEADER.stream());
    for (TimelinessRow row : report.rows()) {
      Csv.line(csv, Stream.of(report.year(), row.reference(), row.pseudonym(), row.measureLabel(), row.subject(),
          date(row.start()), date(row.due()), date(row.done()),
          row.workingDays() == null ? null : row.workingDays().toString(), row.status().id()));
    }
    return csv.toString();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
