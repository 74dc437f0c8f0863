package uk.safeguarding.casereview.notification;

import java.util.Arrays;

/** The kinds of mail, each with its own text and HTML template under templates/mail/. */
public enum MailKind {

  NEW_TASK("new-task", "New task"),
  REMINDER("reminder", "Reminder"),
  OVERDUE("overdue", "Overdue"),
  ESCALATION("escalation", "Escalation"),
  DECISION("decision", "Decision recorded"),
  INFORMATION("information", "For information"),
  /** The partnership asks an agency for something by a date, e.g. its chronology. */
  REQUEST("request", "Request"),
  /** An invitation to an event on a date, e.g. the practitioner learning event. */
  INVITATION("invitation", "Invitation", "On", "on"),
  /** The weekly digest of the partnership's cases, to the business manager and the chair. */
  DIGEST("digest", "Weekly digest");

  private final String id;
  private final String subjectPrefix;
  private final String dateLabel;
  private final String dateWord;

  MailKind(String id, String subjectPrefix) {
    this(id, subjectPrefix, "Due", "due");
  }

  MailKind(String id, String subjectPrefix, String dateLabel, String dateWord) {
    this.id = id;
    this.subjectPrefix = subjectPrefix;
    this.dateLabel = dateLabel;
    this.dateWord = dateWord;
  }

  /** How the mail's body names its date: "Due" for a task, "On" for an event. */
  public String dateLabel() {
    return dateLabel;
  }

  /** How the subject names it: "(due 23 Nov 2026)" or "(on 4 Mar 2027)". */
  public String dateWord() {
    return dateWord;
  }

  /** The name diagrams use, e.g. {@code ${notify.toGroups(execution, 'information', ...)}}. */
  public String id() {
    return id;
  }

  public String subjectPrefix() {
    return subjectPrefix;
  }

  public String template() {
    return "mail/" + id;
  }

  public static MailKind of(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown mail kind '" + id + "'; known kinds: "
            + Arrays.stream(values()).map(MailKind::id).toList()));
  }
}
