package uk.safeguarding.casereview.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The statutory and partnership timescales (Working Together 2023, chapter 5). Defaults are the national
 * ones; partnerships change them in configuration, never in a diagram.
 */
public class Timescales {

  /** Where the rapid review's 15 working days start: the national rule counts from the Panel notification. */
  public enum RapidReviewStart {
    NOTIFICATION_SENT,
    /** Some areas count from the date the local authority became aware (the "referral"). */
    AWARENESS
  }

  @Min(1) @Max(30)
  private int panelNotificationWorkingDays = 5;

  @Min(1) @Max(30)
  private int partnerNoticeWorkingDays = 5;

  @Min(1) @Max(60)
  private int rapidReviewWorkingDays = 15;

  @NotNull
  private RapidReviewStart rapidReviewStart = RapidReviewStart.NOTIFICATION_SENT;

  /** The business unit is reminded on this working day of the rapid review if it is not yet with the Panel. */
  @Min(1) @Max(59)
  private int rapidReviewReminderWorkingDays = 12;

  /** A referral should be screened by the review group within this many working days (often monthly). */
  @Min(1) @Max(60)
  private int referralScreeningWorkingDays = 20;

  @Min(1) @Max(60)
  private int agencySummaryWorkingDays = 7;

  @Min(1) @Max(60)
  private int panelResponseWorkingDays = 15;

  @Min(1) @Max(24)
  private int lcsprTargetMonths = 6;

  @Min(1) @Max(60)
  private int prePublicationCopyWorkingDays = 7;

  /** The review group checks whether practice changed this many months after the learning was spread. */
  @Min(1) @Max(36)
  private int learningImpactMonths = 6;

  public int getLearningImpactMonths() {
    return learningImpactMonths;
  }

  public void setLearningImpactMonths(int learningImpactMonths) {
    this.learningImpactMonths = learningImpactMonths;
  }

  @Min(1) @Max(60)
  private int chronologyWorkingDays = 10;

  /** A chronology still missing this many working days after its due date goes to the agency's partner lead. */
  @Min(1) @Max(30)
  private int chronologySecondEscalationWorkingDays = 5;

  /** The business unit checks an LCSPR is on track this many working days before its target date. */
  @Min(1) @Max(60)
  private int lcsprReminderWorkingDays = 20;

  /** A published report stays up at least this many months before it may come down. */
  @Min(12) @Max(120)
  private int publicationMinimumMonths = 12;

  /** How long before a due date the reminder goes out. */
  @Min(1) @Max(10)
  private int reminderLeadWorkingDays = 2;

  public int getPanelNotificationWorkingDays() {
    return panelNotificationWorkingDays;
  }

  public void setPanelNotificationWorkingDays(int panelNotificationWorkingDays) {
    this.panelNotificationWorkingDays = panelNotificationWorkingDays;
  }

  public int getPartnerNoticeWorkingDays() {
    return partnerNoticeWorkingDays;
  }

  public void setPartnerNoticeWorkingDays(int partnerNoticeWorkingDays) {
    this.partnerNoticeWorkingDays = partnerNoticeWorkingDays;
  }

  public int getRapidReviewWorkingDays() {
    return rapidReviewWorkingDays;
  }

  public void setRapidReviewWorkingDays(int rapidReviewWorkingDays) {
    this.rapidReviewWorkingDays = rapidReviewWorkingDays;
  }

  public RapidReviewStart getRapidReviewStart() {
    return rapidReviewStart;
  }

  public void setRapidReviewStart(RapidReviewStart rapidReviewStart) {
    this.rapidReviewStart = rapidReviewStart;
  }

  public int getRapidReviewReminderWorkingDays() {
    return rapidReviewReminderWorkingDays;
  }

  public void setRapidReviewReminderWorkingDays(int rapidReviewReminderWorkingDays) {
    this.rapidReviewReminderWorkingDays = rapidReviewReminderWorkingDays;
  }

  public int getReferralScreeningWorkingDays() {
    return referralScreeningWorkingDays;
  }

  public void setReferralScreeningWorkingDays(int referralScreeningWorkingDays) {
    this.referralScreeningWorkingDays = referralScreeningWorkingDays;
  }

  public int getAgencySummaryWorkingDays() {
    return agencySummaryWorkingDays;
  }

  public void setAgencySummaryWorkingDays(int agencySummaryWorkingDays) {
    this.agencySummaryWorkingDays = agencySummaryWorkingDays;
  }

  public int getPanelResponseWorkingDays() {
    return panelResponseWorkingDays;
  }

  public void setPanelResponseWorkingDays(int panelResponseWorkingDays) {
    this.panelResponseWorkingDays = panelResponseWorkingDays;
  }

  public int getLcsprTargetMonths() {
    return lcsprTargetMonths;
  }

  public void setLcsprTargetMonths(int lcsprTargetMonths) {
    this.lcsprTargetMonths = lcsprTargetMonths;
  }

  public int getPrePublicationCopyWorkingDays() {
    return prePublicationCopyWorkingDays;
  }

  public void setPrePublicationCopyWorkingDays(int prePublicationCopyWorkingDays) {
    this.prePublicationCopyWorkingDays = prePublicationCopyWorkingDays;
  }

  public int getChronologyWorkingDays() {
    return chronologyWorkingDays;
  }

  public void setChronologyWorkingDays(int chronologyWorkingDays) {
    this.chronologyWorkingDays = chronologyWorkingDays;
  }

  public int getChronologySecondEscalationWorkingDays() {
    return chronologySecondEscalationWorkingDays;
  }

  public void setChronologySecondEscalationWorkingDays(int chronologySecondEscalationWorkingDays) {
    this.chronologySecondEscalationWorkingDays = chronologySecondEscalationWorkingDays;
  }

  public int getLcsprReminderWorkingDays() {
    return lcsprReminderWorkingDays;
  }

  public void setLcsprReminderWorkingDays(int lcsprReminderWorkingDays) {
    this.lcsprReminderWorkingDays = lcsprReminderWorkingDays;
  }

  public int getPublicationMinimumMonths() {
    return publicationMinimumMonths;
  }

  public void setPublicationMinimumMonths(int publicationMinimumMonths) {
    this.publicationMinimumMonths = publicationMinimumMonths;
  }

  public int getReminderLeadWorkingDays() {
    return reminderLeadWorkingDays;
  }

  public void setReminderLeadWorkingDays(int reminderLeadWorkingDays) {
    this.reminderLeadWorkingDays = reminderLeadWorkingDays;
  }
}
