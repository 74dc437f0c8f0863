package uk.safeguarding.casereview.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * The partnership's today and end of day. Reads the engine's clock, so process tests that move time with
 * {@link ClockUtil} move deadlines, validations and case references with it.
 */
@Component
public class CaseClock {

  /** A deadline falls due at the end of its day: "within 5 working days" includes all of the fifth day. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final ZoneId zone;

  public CaseClock(CaseReviewProperties properties) {
    this.zone = properties.getTimeZone();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }

  /** The partnership's day of a moment, e.g. of a due date; null for none. */
  public LocalDate dayOf(Date moment) {
    return moment == null ? null : LocalDate.ofInstant(moment.toInstant(), zone);
  }

  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  public Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }
}
