package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The timeliness report as CSV for the partnership's annual report (opens in a spreadsheet as it is). */
@Component
public class TimelinessCsv {

  static final List<String> HEADER = List.of("Reporting year", "Case reference", "Pseudonym", "Measure", "About",
      "Started", "Due", "Done", "Working days", "Status");

  public String write(TimelinessReport report) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER.stream());
    for (TimelinessRow row : report.rows()) {
      line(csv, Stream.of(report.year(), row.reference(), row.pseudonym(), row.measureLabel(), row.subject(),
          date(row.start()), date(row.due()), date(row.done()),
          row.workingDays() == null ? null : row.workingDays().toString(), row.status().id()));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, Stream<String> fields) {
    csv.append(fields.map(TimelinessCsv::field).collect(Collectors.joining(","))).append("\r\n");
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /**
   * Quoted where needed; a value a spreadsheet would take for a formula (=, +, -, @) is kept as text, since
   * pseudonyms and names are typed by people.
   */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
