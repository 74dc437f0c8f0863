package uk.safeguarding.casereview.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a benchmark run measured: each figure as min / median / max of its repeated runs, grouped in tables so
 * that the things compared stand side by side, printed as text and written as JSON.
 */
public final class Figures {

  /** One measured quantity, such as "p95 of My groups' tasks as the LA notifier", over its runs. */
  public record Figure(String name, String unit, List<Double> runs, String target) {

    public double min() {
      return sorted().get(0);
    }

    public double median() {
      List<Double> values = sorted();
      int middle = values.size() / 2;
      return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    public double max() {
      return sorted().get(sorted().size() - 1);
    }

    private List<Double> sorted() {
      return runs.stream().sorted().toList();
    }
  }

  /** A table of figures measured side by side in the same run. */
  public record Table(String title, List<Figure> figures, List<String> notes) {
  }

  private final List<Table> tables = new ArrayList<>();
  private final Map<String, Object> about = new LinkedHashMap<>();
  private int printed;

  public Table table(String title) {
    Table table = new Table(title, new ArrayList<>(), new ArrayList<>());
    tables.add(table);
    return table;
  }

  public static Figure figure(Table table, String name, String unit, List<Double> runs, String target) {
    Figure figure = new Figure(name, unit, List.copyOf(runs), target);
    table.figures().add(figure);
    return figure;
  }

  public void about(String key, Object value) {
    about.put(key, value);
  }

  /** Prints the tables measured since the last call, so that a long run shows each part as it ends. */
  public void printNew(PrintStream out) {
    tables.subList(printed, tables.size()).forEach(table -> print(table, out));
    printed = tables.size();
    out.flush();
  }

  public void print(PrintStream out) {
    out.println();
    about.forEach((key, value) -> out.printf("%-14s %s%n", key + ":", value));
    tables.forEach(table -> print(table, out));
  }

  private static void print(Table table, PrintStream out) {
    out.println();
    out.println("== " + table.title());
    out.printf("  %-62s %12s %12s %12s  %-8s %s%n", "", "min", "median", "max", "unit", "target");
    for (Figure figure : table.figures()) {
      out.printf("  %-62s %12s %12s %12s  %-8s %s%n", figure.name(), format(figure.min()),
          format(figure.median()), format(figure.max()), figure.unit(), figure.target() == null ? "" : figure.target());
    }
    table.notes().forEach(note -> out.println("  " + note.replace("\n", "\n  ")));
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Map<String, Object> json = new LinkedHashMap<>(about);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Table table : tables) {
      for (Figure figure : table.figures()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("table", table.title());
        row.put("name", figure.name());
        row.put("unit", figure.unit());
        row.put("min", figure.min());
        row.put("median", figure.median());
        row.put("max", figure.max());
        row.put("runs", figure.runs());
        row.put("target", figure.target());
        rows.add(row);
      }
    }
    json.put("figures", rows);
    json.put("notes", tables.stream().filter(table -> !table.notes().isEmpty())
        .collect(LinkedHashMap::new, (map, table) -> map.put(table.title(), table.notes()), Map::putAll));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format(Locale.UK, "%,d", (long) value)
        : String.format(Locale.UK, "%,.2f", value);
  }
}
