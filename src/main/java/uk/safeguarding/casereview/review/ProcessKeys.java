package uk.safeguarding.casereview.review;

/** The process ids of processes/*.bpmn (file name = process id). */
public final class ProcessKeys {

  public static final String SERIOUS_INCIDENT = "serious-incident";
  public static final String CASE_REFERRAL = "case-referral";
  public static final String AGENCY_REVIEW = "agency-review";
  public static final String NOTIFIABLE_DEATH = "notifiable-death";
  public static final String REGULATOR_NOTIFICATION = "regulator-notification";
  public static final String OTHER_AREA_NOTICE = "other-area-notice";
  public static final String RAPID_REVIEW = "rapid-review";
  public static final String AGENCY_SUMMARY = "agency-summary";
  public static final String NATIONAL_REVIEW = "national-review";
  public static final String LOCAL_REVIEW = "local-review";
  public static final String CHRONOLOGY_REQUEST = "chronology-request";
  public static final String PUBLICATION = "publication";
  public static final String ACTION_PLAN = "action-plan";
  public static final String LEARNING_SPREAD = "learning-spread";
  public static final String WEEKLY_DIGEST = "weekly-digest";

  private ProcessKeys() {
  }
}
