package uk.safeguarding.casereview.report.cockpit;

import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.report.CaseHistory;
import uk.safeguarding.casereview.report.CaseSearch;
import uk.safeguarding.casereview.report.Timeliness;
import uk.safeguarding.casereview.report.TimelinessCsv;

/**
 * The report services, for the Cockpit plugin's REST resources. Cockpit creates those resources itself
 * (JAX-RS, outside Spring), so they find the Spring beans here; the application holds exactly one.
 */
@Component
public class AuditServices {

  private static volatile AuditServices current;

  private final CaseSearch search;
  private final CaseHistory history;
  private final Timeliness timeliness;
  private final TimelinessCsv csv;

  public AuditServices(CaseSearch search, CaseHistory history, Timeliness timeliness, TimelinessCsv csv) {
    this.search = search;
    this.history = history;
    this.timeliness = timeliness;
    this.csv = csv;
    current = this;
  }

  static AuditServices get() {
    AuditServices services = current;
    if (services == null) {
      throw new IllegalStateException("The case review reports are not ready yet");
    }
    return services;
  }

  CaseSearch search() {
    return search;
  }

  CaseHistory history() {
    return history;
  }

  Timeliness timeliness() {
    return timeliness;
  }

  TimelinessCsv csv() {
    return csv;
  }
}
