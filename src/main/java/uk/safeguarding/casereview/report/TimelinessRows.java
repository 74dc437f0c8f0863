package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.casereview.calendar.WorkingDayCalendar;
import uk.safeguarding.casereview.config.Timescales;

/** The timeliness rows of one case as they are added, with their status and working days worked out once. */
final class TimelinessRows {

  private final String reference;
  private final String pseudonym;
  private final LocalDate today;
  private final WorkingDayCalendar calendar;
  private final Timescales timescales;
  final List<TimelinessRow> list = new ArrayList<>();

  TimelinessRows(String reference, String pseudonym, LocalDate today, WorkingDayCalendar calendar,
                 Timescales timescales) {
    this.reference = reference;
    this.pseudonym = pseudonym;
    this.today = today;
    this.calendar = calendar;
    this.timescales = timescales;
  }

  void add(Measure measure, String subject, LocalDate start, LocalDate due, LocalDate done) {
    add(measure, subject, start, due, done, done);
  }

  /** {@code countTo} is the day the working days are counted to (for the copy: the publication). */
  void add(Measure measure, String subject, LocalDate start, LocalDate due, LocalDate done, LocalDate countTo) {
    TimelinessRow.Status status;
    if (done != null) {
      status = due == null || !done.isAfter(due) ? TimelinessRow.Status.MET : TimelinessRow.Status.MISSED;
    } else {
      status = due != null && today.isAfter(due) ? TimelinessRow.Status.OVERDUE : TimelinessRow.Status.OPEN;
    }
    LocalDate until = countTo != null ? countTo : today;
    Integer workingDays = start == null ? null : calendar.workingDaysBetween(start, until);
    list.add(new TimelinessRow(reference, pseudonym, measure.id(), measure.label(timescales), subject, start, due,
        done, workingDays, status));
  }
}
