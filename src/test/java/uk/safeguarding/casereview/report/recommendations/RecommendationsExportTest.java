package uk.safeguarding.casereview.report.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.report.board.ThemesByYear;

/** The exports opened as a spreadsheet would open them: the workbook read back with Apache POI, cell by cell. */
class RecommendationsExportTest {

  private static final TrackedRecommendation OVERDUE = new TrackedRecommendation("CR-2038-0007", "Child Indigo",
      "LCSPR", 1, "=HYPERLINK(\"http://attacker.example\") follow up missed appointments", "police",
      "Exampleshire Police", "partner-police", LocalDate.of(2038, 6, 1), "amber", LocalDate.of(2038, 5, 10), null,
      "open", null, null, true, "overdue", List.of("Neglect", "Information sharing"), LocalDate.of(2038, 5, 10), "2038-39");
  private static final TrackedRecommendation CLOSED_LATE = new TrackedRecommendation("CR-2038-0008", "Child Jasper",
      "Rapid review", 2, "Share missed appointments with the GP, every time.", "health",
      "Health (Integrated Care Board)", "partner-icb", LocalDate.of(2038, 7, 31), "complete",
      LocalDate.of(2038, 8, 3), "https://documents.partnership.example.org/evidence", "closed",
      LocalDate.of(2038, 8, 4), false, false, "closed", List.of(), LocalDate.of(2038, 5, 12), "2038-39");

  @Test
  void the_workbook_has_a_sheet_per_view_with_real_dates_text_as_text_and_filters_on() throws IOException {
    byte[] bytes = new RecommendationsWorkbook().write(List.of(OVERDUE, CLOSED_LATE), null);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      XSSFSheet sheet = workbook.getSheet("Recommendations");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Case reference");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Due");
      assertThat(header.getLastCellNum()).isEqualTo((short) TrackerColumns.ALL.size());
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R3");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("CR-2038-0007");
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.0);
      // a recommendation that looks like a formula stays the words typed
      assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(4).getStringCellValue()).startsWith("=HYPERLINK(");
      assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
      assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2038, 6, 1));
      assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Amber");
      assertThat(first.getCell(10)).isNull();
      assertThat(first.getCell(11).getStringCellValue()).isEqualTo("Open");
      assertThat(first.getCell(14).getStringCellValue()).isEqualTo("Overdue");
      assertThat(first.getCell(15).getStringCellValue()).isEqualTo("Neglect; Information sharing");

      Row second = sheet.getRow(2);
      assertThat(second.getCell(11).getStringCellValue()).isEqualTo("Closed");
      assertThat(second.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2038, 8, 4));
      assertThat(second.getCell(13).getStringCellValue()).isEqualTo("No, late");
      assertThat(second.getCell(14)).isNull();

      XSSFSheet byAgency = workbook.getSheet("By agency");
      assertThat(byAgency.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Overdue");
      assertThat(byAgency.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Exampleshire Police");
      assertThat(byAgency.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
      assertThat(byAgency.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Health (Integrated Care Board)");
      assertThat(byAgency.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1.0);
      assertThat(byAgency.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
    }
  }

  @Test
  void the_partnership_wide_workbook_has_the_themes_by_year_for_the_annual_report() throws IOException {
    ThemesByYear.Table table = new ThemesByYear.Table(List.of("2037-38", "2038-39"),
        List.of(new ThemesByYear.Row("Neglect", List.of(3, 5)), new ThemesByYear.Row("Domestic abuse", List.of(0, 2))),
        List.of(4, 6));
    byte[] bytes = new RecommendationsWorkbook().write(List.of(OVERDUE), table);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      XSSFSheet sheet = workbook.getSheet("Themes by year");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Learning theme");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("2038-39");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Neglect");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5.0);
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isZero();
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Reviews tagged");
      assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(6.0);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
    }
  }

  @Test
  void the_csv_has_the_same_columns_with_formulas_defused_and_commas_quoted() {
    String[] lines = new RecommendationsCsv().write(List.of(OVERDUE, CLOSED_LATE)).split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("Case reference,Child (pseudonym),Review,No.,Recommendation,Owning agency");
    assertThat(lines[1]).startsWith("CR-2038-0007,Child Indigo,LCSPR,1,\"'=HYPERLINK(\"\"http://attacker.example\"\")"
        + " follow up missed appointments\",Exampleshire Police,partner-police,2038-06-01,Amber,2038-05-10,,Open,,,"
        + "Overdue,Neglect; Information sharing,2038-05-10,2038-39");
    assertThat(lines[2]).contains("\"Share missed appointments with the GP, every time.\"")
        .contains(",Closed,2038-08-04,\"No, late\",,");
  }
}
