package uk.safeguarding.casereview.review;

/** Names of the case's process variables; the forms' field keys are these names. */
public final class CaseVariables {

  /** The generated case reference, e.g. CR-2026-0001; also the process instance's business key. */
  public static final String CASE_REFERENCE = "caseReference";
  /** The pseudonym chosen for the review ("Child Scarlet"); never the child's real name. */
  public static final String CHILD_PSEUDONYM = "childPseudonym";
  public static final String LOCAL_AUTHORITY_AREA = "localAuthorityArea";
  /** The date the local authority became aware of the incident (ISO date, as Camunda Forms submit it). */
  public static final String AWARENESS_DATE = "awarenessDate";
  public static final String INCIDENT_DATE = "incidentDate";
  /** "death" or "serious-harm". */
  public static final String INCIDENT_TYPE = "incidentType";
  /** "known" or "suspected": the Panel is notified only then. */
  public static final String ABUSE_OR_NEGLECT = "abuseOrNeglect";
  /** "no", "looked-after" or "care-leaver". */
  public static final String LOOKED_AFTER_STATUS = "lookedAfterStatus";
  public static final String NUMBER_OF_CHILDREN = "numberOfChildren";
  public static final String INCIDENT_SUMMARY = "incidentSummary";

  public static final String PANEL_NOTIFICATION_DATE = "panelNotificationDate";
  public static final String PANEL_REFERENCE = "panelReference";
  public static final String PARTNERS_TOLD_ON = "partnersToldOn";
  public static final String SECRETARY_OF_STATE_NOTIFIED_ON = "secretaryOfStateNotifiedOn";
  public static final String OFSTED_NOTIFIED_ON = "ofstedNotifiedOn";

  // rapid review
  /** The agencies the business unit named as involved: a list of agency ids. */
  public static final String INVOLVED_AGENCIES = "involvedAgencies";
  /** The choices offered by the "involved agencies" form: [{label, value}] from configuration. */
  public static final String AGENCY_OPTIONS = "agencyOptions";
  public static final String SUMMARIES_REQUESTED_ON = "summariesRequestedOn";
  /** The agency of one agency-summary instance. */
  public static final String AGENCY_ID = "agencyId";
  public static final String AGENCY_NAME = "agencyName";
  /** What came back from each agency: a list of {agency, status, ...} (JSON). */
  public static final String AGENCY_SUMMARIES = "agencySummaries";
  public static final String RECOMMENDED_REVIEW_TYPE = "recommendedReviewType";
  public static final String RECOMMENDATION_REASON = "recommendationReason";
  /** no-further-review, learning-review, lcspr or national-review. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String DECISION_RATIONALE = "decisionRationale";
  public static final String DEPARTURE_REASON = "departureReason";
  public static final String REVIEW_DECISION_DATE = "reviewDecisionDate";
  public static final String PANEL_SUBMISSION_DATE = "panelSubmissionDate";
  /** agree, national-review or reconsider. */
  public static final String PANEL_RESPONSE = "panelResponse";

  // case referral
  public static final String REFERRAL_RECEIVED_ON = "referralReceivedOn";
  public static final String REFERRER_EMAIL = "referrerEmail";
  public static final String SCREENED_ON = "screenedOn";
  /** no-action, single-agency-review, audit, learning-review or serious-incident. */
  public static final String SCREENING_OUTCOME = "screeningOutcome";
  /** The case reference of the referral a serious incident came from, and the reverse. */
  public static final String REFERRAL_REFERENCE = "referralReference";
  public static final String SERIOUS_INCIDENT_REFERENCE = "seriousIncidentReference";

  private CaseVariables() {
  }
}
