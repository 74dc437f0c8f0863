package uk.safeguarding.casereview.support;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV as spreadsheets read it, for the exports people open in Excel. */
public final class Csv {

  private Csv() {
  }

  /** One line of fields, ended as RFC 4180 ends it. */
  public static void line(StringBuilder csv, Stream<String> fields) {
    csv.append(fields.map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
  }

  /**
   * Quoted where needed; a value a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage
   * return before one) is kept as text, since
   * pseudonyms, names and recommendations are typed by people.
   */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
