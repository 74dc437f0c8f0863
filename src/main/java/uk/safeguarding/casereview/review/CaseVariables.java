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

  private CaseVariables() {
  }
}
