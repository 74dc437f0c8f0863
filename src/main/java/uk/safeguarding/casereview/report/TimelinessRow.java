package uk.safeguarding.casereview.report;

import java.time.LocalDate;

/**
 * One deadline of one case: when its clock started, when it was due, when it was done (if it was), the
 * working days it took (or has taken so far) and its status.
 *
 * @param subject what the row is about when a case has several of one measure: an agency, a recommendation
 */
public record TimelinessRow(String reference, String pseudonym, String measure, String measureLabel, String subject,
                            @IsoDay LocalDate start, @IsoDay LocalDate due, @IsoDay LocalDate done,
                            Integer workingDays, Status status) {

  /** met and missed are decided; overdue and open are not done yet (overdue is past its due date). */
  public enum Status {
    MET("met"), MISSED("missed"), OVERDUE("overdue"), OPEN("open");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
      return id;
    }
  }
}
