package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * Another area's safeguarding partnership whose partners are told when a child who lived or was placed there
 * dies or is seriously harmed. Only a contact: the telling itself is the LA notifier's task, because what the
 * other area needs to know never goes into this application's mail.
 */
public class OtherArea {

  /** The name the LA notifier types, matched without regard to case: "Otherborough Council". */
  @NotBlank
  private String name;

  /** The partnership's secure mailbox for notifications. */
  @NotBlank
  @Email
  private String mailbox;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }
}
