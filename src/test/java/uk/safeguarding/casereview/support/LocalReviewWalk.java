package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.LocalReviewForms.chronology;
import static uk.safeguarding.casereview.support.LocalReviewForms.chronologyAccepted;
import static uk.safeguarding.casereview.support.LocalReviewForms.draftReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.eventHeld;
import static uk.safeguarding.casereview.support.LocalReviewForms.familyNotAppropriate;
import static uk.safeguarding.casereview.support.LocalReviewForms.finalReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.groupReviewer;
import static uk.safeguarding.casereview.support.LocalReviewForms.independentReviewer;
import static uk.safeguarding.casereview.support.LocalReviewForms.keyPracticeEpisodes;
import static uk.safeguarding.casereview.support.LocalReviewForms.noParallelProceedings;
import static uk.safeguarding.casereview.support.LocalReviewForms.practitionerEvent;
import static uk.safeguarding.casereview.support.LocalReviewForms.prePublicationCopy;
import static uk.safeguarding.casereview.support.LocalReviewForms.publication;
import static uk.safeguarding.casereview.support.LocalReviewForms.publishFullReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.qaApproved;
import static uk.safeguarding.casereview.support.LocalReviewForms.reportSignedOff;
import static uk.safeguarding.casereview.support.LocalReviewForms.termsOfReference;

import java.time.LocalDate;

/**
 * A local review walked from its first task to publication, each step on the engine's current day: the
 * reviewer appointed, chronologies accepted from the named agencies, the practitioner event a week later, the
 * family not approached, no parallel proceedings, the draft approved and signed off, the full report published
 * two weeks later (for an LCSPR after its copy to the Panel and the Secretary of State).
 */
public final class LocalReviewWalk {

  private LocalReviewWalk() {
  }

  /** The independent reviewer for an LCSPR, a member of the group for a learning review. */
  public static String reviewer(boolean lcspr) {
    return lcspr ? "reviewer" : "member";
  }

  private static String today() {
    return EngineClock.today().toString();
  }

  public static void toChronologies(CaseDriver cases, String reference, boolean lcspr, String... agencies) {
    if (lcspr) {
      cases.complete("business", reference, "Task_CommissionIndependentReviewer", independentReviewer(today()));
    } else {
      cases.complete("chair", reference, "Task_AppointGroupReviewer", groupReviewer(today()));
    }
    cases.complete(reviewer(lcspr), reference, "Task_AgreeTermsOfReference", termsOfReference(today(), agencies));
  }

  public static void chronologiesAccepted(CaseDriver cases, String reference, String... agencies) {
    for (String agency : agencies) {
      cases.complete("lead." + agency, cases.taskFor(reference, "Task_SubmitChronology", "agency-" + agency),
          chronology(today()));
      cases.complete("business", reference, "Task_CheckChronology", chronologyAccepted());
    }
  }

  /** Key practice episodes, the practitioner event a week from today (the clock moves to it), family, proceedings. */
  public static void learningGathered(CaseDriver cases, String reference, boolean lcspr, String... agencies) {
    cases.complete(reviewer(lcspr), reference, "Task_IdentifyKeyPracticeEpisodes", keyPracticeEpisodes());
    LocalDate eventDate = EngineClock.today().plusDays(7);
    cases.complete("business", reference, "Task_PlanPractitionerEvent",
        practitionerEvent(eventDate.toString(), agencies));
    cases.at(eventDate.atTime(9, 0));
    cases.complete(reviewer(lcspr), reference, "Task_RecordPractitionerEvent", eventHeld(agencies));
    cases.complete(reviewer(lcspr), reference, "Task_InvolveFamily", familyNotAppropriate());
    cases.complete("business", reference, "Task_RecordParallelProceedings", noParallelProceedings());
  }

  public static void signedOff(CaseDriver cases, String reference, boolean lcspr) {
    cases.complete(reviewer(lcspr), reference, "Task_DraftReport", draftReport(today()));
    cases.complete("member", reference, "Task_QualityAssureReport", qaApproved());
    cases.complete("partner.la", reference, "Task_ReportSignOffLocalAuthority", reportSignedOff());
    cases.complete("partner.icb", reference, "Task_ReportSignOffIcb", reportSignedOff());
    cases.complete("partner.police", reference, "Task_ReportSignOffPolice", reportSignedOff());
  }

  /** The final report with its recommendations, then the full report published two weeks later. */
  public static void published(CaseDriver cases, String reference, boolean lcspr, Object recommendations) {
    cases.complete("chair", reference, "Task_RecordRecommendations", finalReport(today(), recommendations));
    LocalDate planned = EngineClock.today().plusDays(14);
    cases.complete("chair", reference, "Task_DecideWhatToPublish", publishFullReport(planned.toString()));
    if (lcspr) {
      cases.complete("business", reference, "Task_SendPrePublicationCopy",
          prePublicationCopy(today(), planned.toString()));
    }
    cases.at(planned.atTime(10, 0));
    cases.complete("business", reference, "Task_RecordPublication", publication(planned.toString(), lcspr));
  }

  /** The whole review, from its first task to publication. */
  public static void all(CaseDriver cases, String reference, boolean lcspr, Object recommendations,
                         String... agencies) {
    toChronologies(cases, reference, lcspr, agencies);
    chronologiesAccepted(cases, reference, agencies);
    learningGathered(cases, reference, lcspr, agencies);
    signedOff(cases, reference, lcspr);
    published(cases, reference, lcspr, recommendations);
  }
}
