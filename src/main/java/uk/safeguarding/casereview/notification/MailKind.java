package uk.safeguarding.casereview.notification;

import java.util.Arrays;

/** The kinds of mail, each with its own text and HTML template under templates/mail/. */
public enum MailKind {

  NEW_TASK("new-task", "New task"),
  REMINDER("reminder", "Reminder"),
  OVERDUE("overdue", "Overdue"),
  ESCALATION("escalation", "Escalation"),
  DECISION("decision", "Decision recorded"),
  INFORMATION("information", "For information");

  private final String id;
  private final String subjectPrefix;

  MailKind(String id, String subjectPrefix) {
    this.id = id;
    this.subjectPrefix = subjectPrefix;
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
