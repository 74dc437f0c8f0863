package uk.safeguarding.casereview.report.digest;

import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * When the weekly digest goes ({@code ${digestSchedule.cycle()}} in its timer). A bean of its own: the engine
 * reads a timer start event's cycle while it deploys, before the beans that read history can exist.
 */
@Component("digestSchedule")
public class DigestSchedule {

  private final CaseReviewProperties properties;

  public DigestSchedule(CaseReviewProperties properties) {
    this.properties = properties;
  }

  /** From casereview.reporting.digest (day and time), in the server's time zone. */
  public String cycle() {
    return properties.getReporting().getDigest().cron();
  }
}
