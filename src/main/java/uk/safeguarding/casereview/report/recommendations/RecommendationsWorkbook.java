package uk.safeguarding.casereview.report.recommendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.report.board.ThemesByYear;

/**
 * The tracker as an Excel workbook: a sheet per view (every recommendation; each agency's totals; for the
 * partnership-wide readers the learning themes by year, for the annual report), a bold
 * frozen header with filters on, days as real dates (so Excel sorts and filters them as dates) and text as
 * text (a recommendation that starts with "=" is never a formula).
 */
@Component
public class RecommendationsWorkbook {

  static final String RECOMMENDATIONS = "Recommendations";
  static final String BY_AGENCY = "By agency";
  static final String THEMES_BY_YEAR = "Themes by year";
  private static final List<String> TOTALS = List.of("Owning agency", "Recommendations", "Open", "Overdue",
      "Awaiting verification", "Closed on time", "Closed late");

  /** The workbook of the rows; with {@code themes} (null leaves it out) a themes-by-year sheet as well. */
  public byte[] write(List<TrackedRecommendation> rows, ThemesByYear.Table themes) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      recommendations(workbook.createSheet(RECOMMENDATIONS), rows, styles);
      byAgency(workbook.createSheet(BY_AGENCY), AgencyTotals.of(rows), styles);
      if (themes != null) {
        themesByYear(workbook.createSheet(THEMES_BY_YEAR), themes, styles);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The workbook could not be written", e);
    }
  }

  private static void recommendations(Sheet sheet, List<TrackedRecommendation> rows, Styles styles) {
    List<TrackerColumns.Column> columns = TrackerColumns.ALL;
    header(sheet, columns.stream().map(TrackerColumns.Column::header).toList(), styles);
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, columns.get(c).width() * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        Object value = columns.get(c).value().apply(rows.get(r));
        if (value instanceof LocalDate day) {
          row.createCell(c).setCellValue(day);
          row.getCell(c).setCellStyle(styles.date);
        } else if (value instanceof Integer number) {
          row.createCell(c).setCellValue(number);
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
          row.getCell(c).setCellStyle(styles.text);
        }
      }
    }
    finish(sheet, columns.size(), rows.size());
  }

  private static void byAgency(Sheet sheet, List<AgencyTotals> totals, Styles styles) {
    header(sheet, TOTALS, styles);
    sheet.setColumnWidth(0, 34 * 256);
    for (int c = 1; c < TOTALS.size(); c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
    for (int r = 0; r < totals.size(); r++) {
      AgencyTotals agency = totals.get(r);
      Row row = sheet.createRow(r + 1);
      row.createCell(0).setCellValue(agency.agency());
      int[] counts = {agency.total(), agency.open(), agency.overdue(), agency.awaitingVerification(),
          agency.closedOnTime(), agency.closedLate()};
      for (int c = 0; c < counts.length; c++) {
        row.createCell(c + 1).setCellValue(counts[c]);
      }
    }
    finish(sheet, TOTALS.size(), totals.size());
  }

  /** Reviews tagged with each theme by reporting year, and the year's reviews tagged at all. */
  private static void themesByYear(Sheet sheet, ThemesByYear.Table table, Styles styles) {
    List<String> headers = new ArrayList<>(List.of("Learning theme"));
    headers.addAll(table.years());
    header(sheet, headers, styles);
    sheet.setColumnWidth(0, 40 * 256);
    for (int r = 0; r < table.rows().size(); r++) {
      counts(sheet.createRow(r + 1), table.rows().get(r).theme(), table.rows().get(r).counts());
    }
    Row total = counts(sheet.createRow(table.rows().size() + 1), "Reviews tagged", table.reviews());
    total.getCell(0).setCellStyle(styles.header);
    finish(sheet, headers.size(), table.rows().size());
  }

  private static Row counts(Row row, String label, List<Integer> counts) {
    row.createCell(0).setCellValue(label);
    for (int c = 0; c < counts.size(); c++) {
      row.createCell(c + 1).setCellValue(counts.get(c));
    }
    return row;
  }

  private static void header(Sheet sheet, List<String> headers, Styles styles) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      header.createCell(c).setCellValue(headers.get(c));
      header.getCell(c).setCellStyle(styles.header);
    }
  }

  /** Filters on over the header and every row; the header stays in view when scrolling. */
  private static void finish(Sheet sheet, int columns, int rows) {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
    sheet.createFreezePane(0, 1);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle text;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      text = workbook.createCellStyle();
      text.setWrapText(true);
      // "@": Excel keeps what is typed into the cell later as text too
      text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));
    }
  }
}
