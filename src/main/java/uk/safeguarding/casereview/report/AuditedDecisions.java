package uk.safeguarding.casereview.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case's variables that record a decision, with the variable that holds the reason given for it. The
 * history shows each decision when the variable was set, with the reason set in the same step.
 */
final class AuditedDecisions {

  record Kind(String variable, String label, String reasonVariable) {
  }

  private static final List<Kind> KINDS = List.of(
      new Kind("recommendedReviewType", "Recommended from the regulation 11 criteria", "recommendationReason"),
      new Kind("reviewDecision", "The group's decision on a review", "decisionRationale"),
      new Kind("laAgreement", "Local authority sign-off", "laComments"),
      new Kind("icbAgreement", "Integrated Care Board sign-off", "icbComments"),
      new Kind("policeAgreement", "Police sign-off", "policeComments"),
      new Kind("panelResponse", "The Panel's response", "panelComments"),
      new Kind("lateSummaryDecision", "Late agency summary", "proceedWithoutReason"),
      new Kind("screeningOutcome", "Screening of the referral", "screeningRationale"),
      new Kind("notifyPanel", "Notify the Panel of a serious incident", "notNotifiedReason"),
      new Kind("learningForPartnership", "Learning for the partnership from a single-agency review", "agencyLearning"),
      new Kind("agencyLearningDecision", "What the partnership does with an agency's learning", "agencyLearningNote"),
      new Kind("chronologyCheck", "Check of the chronology", "moreInformationRequest"),
      new Kind("eventOutcome", "Practitioner learning event", "postponementReason"),
      new Kind("familyInvolvement", "Family involvement", "familyInvolvementReason"),
      new Kind("holdPublication", "Publication held for parallel proceedings", "holdReason"),
      new Kind("qaOutcome", "Quality assurance of the draft", "qaComments"),
      new Kind("laReportAgreement", "Local authority sign-off of the report", "laReportComments"),
      new Kind("icbReportAgreement", "Integrated Care Board sign-off of the report", "icbReportComments"),
      new Kind("policeReportAgreement", "Police sign-off of the report", "policeReportComments"),
      new Kind("outstandingContribution", "A contribution still due when the national report came",
          "outstandingContributionReason"),
      new Kind("targetOutlook", "Will the LCSPR meet its target?", "expectedDelayReason"),
      new Kind("publicationType", "What is published", "publicationReason"),
      new Kind("ragStatus", "Progress of a recommendation (RAG)", "progressNote"),
      new Kind("verification", "Verification of the evidence", "verificationNote"));

  private static final Map<String, Kind> BY_VARIABLE = KINDS.stream()
      .collect(Collectors.toMap(Kind::variable, Function.identity()));
  private static final Set<String> REASONS = KINDS.stream().map(Kind::reasonVariable).collect(Collectors.toSet());

  private AuditedDecisions() {
  }

  static List<Kind> all() {
    return KINDS;
  }

  /** Whether the variable records a decision or the reason given for one. */
  static boolean named(String variable) {
    return BY_VARIABLE.containsKey(variable) || REASONS.contains(variable);
  }

  static Optional<Kind> of(String variable) {
    return Optional.ofNullable(BY_VARIABLE.get(variable));
  }
}
