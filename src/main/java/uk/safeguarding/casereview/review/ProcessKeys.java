package uk.safeguarding.casereview.review;

/** The process ids of processes/*.bpmn (file name = process id). */
public final class ProcessKeys {

  public static final String SERIOUS_INCIDENT = "serious-incident";

  private ProcessKeys() {
  }
}
