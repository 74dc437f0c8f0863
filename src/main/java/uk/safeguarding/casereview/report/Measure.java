package uk.safeguarding.casereview.report;

import java.util.function.ToIntFunction;
import uk.safeguarding.casereview.config.Timescales;

/**
 * What the statutory timeliness report measures, in the order the annual report gives them. A label that
 * names a number of working days takes it from the partnership's configured timescales.
 */
public enum Measure {

  PANEL_NOTIFICATION("panel-notification", "Panel notified within %d working days",
      Timescales::getPanelNotificationWorkingDays),
  PARTNERS_TOLD("partners-told", "Safeguarding partners told within %d working days",
      Timescales::getPartnerNoticeWorkingDays),
  REGULATORS_NOTIFIED("regulators-notified", "Secretary of State and Ofsted notified of a looked-after child's or care"
      + " leaver's death within %d working days", Timescales::getPanelNotificationWorkingDays),
  OTHER_AREA_TOLD("other-area-told", "Other area's safeguarding partners told within %d working days",
      Timescales::getPartnerNoticeWorkingDays),
  RAPID_REVIEW("rapid-review", "Rapid review with the Panel within %d working days",
      Timescales::getRapidReviewWorkingDays),
  REFERRAL_SCREENING("referral-screening", "Referral screened within %d working days",
      Timescales::getReferralScreeningWorkingDays),
  CHRONOLOGY("chronology", "Chronology sent by its due date", null),
  LCSPR_PUBLISHED("lcspr-published", "LCSPR published within its target", null),
  PRE_PUBLICATION_COPY("pre-publication-copy", "Copy to the Panel and the Secretary of State at least %d working days"
      + " before publication", Timescales::getPrePublicationCopyWorkingDays),
  RECOMMENDATION("recommendation", "Recommendation closed by its due date", null);

  private final String id;
  private final String label;
  private final ToIntFunction<Timescales> workingDays;

  Measure(String id, String label, ToIntFunction<Timescales> workingDays) {
    this.id = id;
    this.label = label;
    this.workingDays = workingDays;
  }

  public String id() {
    return id;
  }

  public String label(Timescales timescales) {
    return workingDays == null ? label : String.format(label, workingDays.applyAsInt(timescales));
  }
}
