package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An agency of the partnership. Its safeguarding lead group sees only this agency's tasks; its shared
 * mailbox receives the agency's notifications beside the group members' own addresses.
 */
public class Agency {

  @NotBlank
  @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
  private String id;

  @NotBlank
  private String name;

  @NotBlank
  @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
  private String group;

  @NotBlank
  @Email
  private String mailbox;

  /**
   * The safeguarding partner who answers for this agency when it is late (the last step of an escalation):
   * partner-la, partner-icb or partner-police.
   */
  @NotBlank
  @Pattern(regexp = "partner-la|partner-icb|partner-police", message = "must be partner-la, partner-icb or partner-police")
  private String partnerLead = "partner-la";

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getPartnerLead() {
    return partnerLead;
  }

  public void setPartnerLead(String partnerLead) {
    this.partnerLead = partnerLead;
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }
}
