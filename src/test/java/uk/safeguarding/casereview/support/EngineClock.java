package uk.safeguarding.casereview.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Sets the engine's clock to a moment in London time, as the partnership reads it. */
public final class EngineClock {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private EngineClock() {
  }

  public static void setLondonTime(LocalDateTime localTime) {
    ClockUtil.setCurrentTime(Date.from(localTime.atZone(LONDON).toInstant()));
  }

  public static Date londonTime(LocalDateTime localTime) {
    return Date.from(localTime.atZone(LONDON).toInstant());
  }

  /** The engine's date in London, e.g. for the dates people type into forms "today". */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON);
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
