package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The partnership's own targets, in working days from the day a task is created, for the steps the law gives
 * no timescale. Every task then has a due date, so Tasklist can sort and flag it; statutory deadlines stay in
 * {@link Timescales}. The values live in application.yaml (a missing one is 0 and stops start-up). Diagrams
 * name a target as {@code ${targets.due('draftReport')}}.
 */
public record Targets(
    /** The business unit commissions an independent reviewer, or the chair appoints one from the group. */
    @Min(1) @Max(120) int appointReviewer,
    /** The reviewer agrees the terms of reference and scope. */
    @Min(1) @Max(120) int termsOfReference,
    /** The reviewer identifies the key practice episodes. */
    @Min(1) @Max(120) int keyPracticeEpisodes,
    /** The business unit plans the practitioner learning event. */
    @Min(1) @Max(120) int planPractitionerEvent,
    /** The reviewer records the event's attendance and learning, from the day of the event. */
    @Min(1) @Max(120) int recordPractitionerEvent,
    /** The reviewer involves the family. */
    @Min(1) @Max(120) int involveFamily,
    /** The reviewer records the family's response to an invitation. */
    @Min(1) @Max(120) int familyResponse,
    /** The business unit records the parallel proceedings. */
    @Min(1) @Max(120) int parallelProceedings,
    /** The business unit checks an agency's chronology. */
    @Min(1) @Max(120) int checkChronology,
    /** The reviewer drafts the report (again, when it comes back). */
    @Min(1) @Max(120) int draftReport,
    /** The review group quality-assures the draft. */
    @Min(1) @Max(120) int qualityAssurance,
    /** Each safeguarding partner signs off the report. */
    @Min(1) @Max(120) int reportSignOff,
    /** The review group records the final report's recommendations. */
    @Min(1) @Max(120) int recordRecommendations,
    /** The business unit tells the Panel an LCSPR will miss, or has missed, its target. */
    @Min(1) @Max(120) int tellPanelOfDelay,
    /** The review group decides what is published. */
    @Min(1) @Max(120) int decidePublication,
    /** The business unit checks again whether the proceedings now allow publication. */
    @Min(1) @Max(120) int proceedingsCheck,
    /** The business unit decides whether to wait for a late agency summary. */
    @Min(1) @Max(120) int lateSummaryDecision,
    /** The review group records the rapid review's recommendations. */
    @Min(1) @Max(120) int rapidReviewRecommendations,
    /** The review group considers an agency's learning. */
    @Min(1) @Max(120) int considerAgencyLearning,
    /** The review group verifies a recommendation's evidence. */
    @Min(1) @Max(120) int verifyEvidence,
    /** The review group records the action plan's closure summary. */
    @Min(1) @Max(120) int closureSummary,
    /** The business unit records a request from the Panel's national review. */
    @Min(1) @Max(120) int panelRequest,
    /** The business unit checks for the national report (and records it once published). */
    @Min(1) @Max(120) int nationalReportCheck,
    /** The business unit records how a review's learning was spread. */
    @Min(1) @Max(120) int spreadLearning,
    /** The review group records whether practice changed, once the impact check falls due. */
    @Min(1) @Max(120) int learningImpact) {

  /** The working days of the named target; a name that is not a target is a mistake in a diagram. */
  public int workingDays(String target) {
    RecordComponent component = Arrays.stream(Targets.class.getRecordComponents())
        .filter(candidate -> candidate.getName().equals(target)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No target '" + target + "' in casereview.targets"));
    try {
      return (int) component.getAccessor().invoke(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
