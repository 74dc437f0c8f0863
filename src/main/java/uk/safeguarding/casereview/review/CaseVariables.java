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
  /** "known" or "suspected": the Panel is notified only then; "not-suspected" for a notifiable death. */
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

  // notifiable death (looked-after child or care leaver, abuse or neglect not suspected), other areas
  /** On a serious incident: the notifiable death it began as; its facts are carried over from that case. */
  public static final String NOTIFIABLE_DEATH_REFERENCE = "notifiableDeathReference";
  /** none, lived-elsewhere, placed-elsewhere or harmed-outside-england. */
  public static final String OTHER_AREA_CONNECTION = "otherAreaConnection";
  /** The other local authority (or area outside England) whose safeguarding partners are told. */
  public static final String OTHER_AREA = "otherArea";
  public static final String OTHER_AREA_TOLD_ON = "otherAreaToldOn";
  public static final String OTHER_AREA_TOLD_HOW = "otherAreaToldHow";
  /** How the child is connected with the other area, in words for the task ("was placed in"). */
  public static final String OTHER_AREA_CONNECTION_TEXT = "otherAreaConnectionText";
  /** The other area's mailbox where the configuration knows one, in words for the task. */
  public static final String OTHER_AREA_CONTACT = "otherAreaContact";

  // rapid review
  /** The agencies the business unit named as involved: a list of agency ids. */
  public static final String INVOLVED_AGENCIES = "involvedAgencies";
  /** The choices offered by the "involved agencies" form: [{label, value}] from configuration. */
  public static final String AGENCY_OPTIONS = "agencyOptions";
  /** The learning themes the review group tagged the review with: a list of theme ids. */
  public static final String LEARNING_THEMES = "learningThemes";
  /** The choices of the learning themes checklist: [{label, value}] from configuration. */
  public static final String LEARNING_THEME_OPTIONS = "learningThemeOptions";
  public static final String SUMMARIES_REQUESTED_ON = "summariesRequestedOn";
  /** Why day 1 of the rapid review was past when its first task appeared (a notification recorded late). */
  public static final String DAY_ONE_LATE_BECAUSE = "dayOneLateBecause";
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
  /** The agency the review group asked for a single-agency review or audit, and its name for the forms. */
  public static final String REVIEWING_AGENCY = "reviewingAgency";
  public static final String REVIEWING_AGENCY_NAME = "reviewingAgencyName";
  /** The case reference of the referral a serious incident came from, and the reverse. */
  public static final String REFERRAL_REFERENCE = "referralReference";
  public static final String SERIOUS_INCIDENT_REFERENCE = "seriousIncidentReference";

  // local review (learning review or LCSPR)
  /** When the local review began; a learning review from a referral has no review decision date. */
  public static final String REVIEW_STARTED_ON = "reviewStartedOn";
  public static final String REVIEWER_NAME = "reviewerName";
  /** The date an LCSPR is to be published by: the decision date plus the configured target months. */
  public static final String LCSPR_TARGET_DATE = "lcsprTargetDate";
  /** The agencies whose practitioners are invited to the practitioner learning event. */
  public static final String INVITED_AGENCIES = "invitedAgencies";
  /** The chronologies each agency sent, as the business unit accepted them: a list of {agency, ...} (JSON). */
  public static final String CHRONOLOGIES = "chronologies";
  public static final String EVENT_DATE = "eventDate";
  /** held or postponed. */
  public static final String EVENT_OUTCOME = "eventOutcome";
  /** invited, declined, contributed or not-appropriate. */
  public static final String FAMILY_INVOLVEMENT = "familyInvolvement";
  /** True while parallel proceedings (police, criminal trial, coroner) hold publication back. */
  public static final String HOLD_PUBLICATION = "holdPublication";
  /** approved or changes-needed. */
  public static final String QA_OUTCOME = "qaOutcome";
  /** The recommendations of a review, each {recommendation, actions, owningAgency, strategicLead, dueOn}. */
  public static final String RECOMMENDATIONS = "recommendations";
  /** on-track or will-be-late: the business unit's answer when the LCSPR target comes near. */
  public static final String TARGET_OUTLOOK = "targetOutlook";

  // national review
  /** True while the partnership's contribution to the Panel's national review is still to be sent. */
  public static final String CONTRIBUTION_OUTSTANDING = "contributionOutstanding";
  /** withdrawn or overtaken: what became of a contribution still due when the national report was recorded. */
  public static final String OUTSTANDING_CONTRIBUTION = "outstandingContribution";
  public static final String OUTSTANDING_CONTRIBUTION_REASON = "outstandingContributionReason";

  // chronology request (one per agency)
  public static final String CHRONOLOGY_REQUESTED_ON = "chronologyRequestedOn";
  /** accepted or more-information. */
  public static final String CHRONOLOGY_CHECK = "chronologyCheck";
  /** The date the business unit asked the agency to send the missing information by. */
  public static final String MORE_INFORMATION_BY = "moreInformationBy";

  // publication
  /** full-report, improvements-only or not-published (a learning review only). */
  public static final String PUBLICATION_TYPE = "publicationType";
  public static final String PLANNED_PUBLICATION_DATE = "plannedPublicationDate";
  public static final String SENT_TO_PANEL_ON = "sentToPanelOn";
  public static final String SENT_TO_SECRETARY_OF_STATE_ON = "sentToSecretaryOfStateOn";
  public static final String PUBLISHED_ON = "publishedOn";
  /** The date before which the published report must not come down. */
  public static final String ONLINE_UNTIL = "onlineUntil";

  // action plan (one entry per recommendation, its own variables in its branch)
  public static final String RECOMMENDATION_INDEX = "recommendationIndex";
  public static final String RECOMMENDATION_NUMBER = "recommendationNumber";
  public static final String RECOMMENDATION = "recommendation";
  public static final String ACTIONS = "actions";
  public static final String OWNING_AGENCY = "owningAgency";
  public static final String OWNING_AGENCY_NAME = "owningAgencyName";
  public static final String STRATEGIC_LEAD = "strategicLead";
  public static final String DUE_ON = "dueOn";
  /** The due date of the recommendation a branch of the action plan follows. */
  public static final String ACTION_DUE_ON = "actionDueOn";
  /** red, amber, green or complete. */
  public static final String RAG_STATUS = "ragStatus";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String NEXT_UPDATE_ON = "nextUpdateOn";
  /** Where the evidence of a completed recommendation is, in the partnership's document store. */
  public static final String EVIDENCE_LINK = "evidenceLink";
  /** close or return. */
  public static final String VERIFICATION = "verification";
  /** The state of every recommendation for the review group and auditors: a list of {number, ...} (JSON). */
  public static final String ACTION_PLAN = "actionPlan";

  private CaseVariables() {
  }
}
