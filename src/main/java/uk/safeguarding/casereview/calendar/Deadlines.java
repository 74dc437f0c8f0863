package uk.safeguarding.casereview.calendar;

import static uk.safeguarding.casereview.calendar.CaseDates.required;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.Timescales;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The due dates and timer dates that diagrams use, as {@code ${deadlines.…}} expressions: computed from the
 * configured timescales, the working-day calendar and the case's own dates, never typed into a diagram.
 * A deadline falls due at the end of its day; a reminder goes out at 09:00 on its day.
 */
@Component("deadlines")
public class Deadlines {

  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final Timescales timescales;
  private final WorkingDayCalendar calendar;
  private final CaseClock clock;

  public Deadlines(CaseReviewProperties properties, WorkingDayCalendar calendar, CaseClock clock) {
    this.timescales = properties.getTimescales();
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The Panel is notified within 5 working days of the local authority becoming aware. */
  public Date panelNotificationDue(VariableScope scope) {
    return clock.endOf(panelNotificationDueDate(required(scope, CaseVariables.AWARENESS_DATE)));
  }

  public LocalDate panelNotificationDueDate(LocalDate aware) {
    return calendar.plusWorkingDays(aware, timescales.getPanelNotificationWorkingDays());
  }

  /** The safeguarding partners are told within the same 5 working days. */
  public Date partnerNoticeDue(VariableScope scope) {
    return clock.endOf(partnerNoticeDueDate(required(scope, CaseVariables.AWARENESS_DATE)));
  }

  public LocalDate partnerNoticeDueDate(LocalDate aware) {
    return calendar.plusWorkingDays(aware, timescales.getPartnerNoticeWorkingDays());
  }

  /** The rapid review is completed within 15 working days of its start point (the notification by default). */
  public Date rapidReviewDue(VariableScope scope) {
    return clock.endOf(rapidReviewDueDate(required(scope, rapidReviewStartVariable())));
  }

  /** The variable whose date the rapid review counts from: the notification, or awareness as configured. */
  public String rapidReviewStartVariable() {
    return timescales.getRapidReviewStart() == Timescales.RapidReviewStart.AWARENESS
        ? CaseVariables.AWARENESS_DATE : CaseVariables.PANEL_NOTIFICATION_DATE;
  }

  public LocalDate rapidReviewDueDate(LocalDate start) {
    return calendar.plusWorkingDays(start, timescales.getRapidReviewWorkingDays());
  }

  /** The business unit's reminder while the rapid review is not yet with the Panel (working day 12). */
  public Date rapidReviewReminder(VariableScope scope) {
    return atReminderTime(rapidReviewDayDate(scope, timescales.getRapidReviewReminderWorkingDays()));
  }

  /** A step of the rapid review planned for a working day of it: day 1 requests, day 12 meeting, ... */
  public Date rapidReviewDay(VariableScope scope, int workingDay) {
    return clock.endOf(rapidReviewDayDate(scope, Math.min(workingDay, timescales.getRapidReviewWorkingDays())));
  }

  /** Each agency's summary is due 7 working days after it was asked for. */
  public Date agencySummaryDue(VariableScope scope) {
    return afterWorkingDays(scope, CaseVariables.SUMMARIES_REQUESTED_ON, timescales.getAgencySummaryWorkingDays());
  }

  /** The Panel's reply is expected 15 working days after submission (a reminder, not a statutory limit). */
  public Date panelResponseExpected(VariableScope scope) {
    return afterWorkingDays(scope, CaseVariables.PANEL_SUBMISSION_DATE, timescales.getPanelResponseWorkingDays());
  }

  /** A referral is screened within the configured working days of being received. */
  public Date referralScreeningDue(VariableScope scope) {
    return clock.endOf(referralScreeningDueDate(required(scope, CaseVariables.REFERRAL_RECEIVED_ON)));
  }

  public LocalDate referralScreeningDueDate(LocalDate received) {
    return calendar.plusWorkingDays(received, timescales.getReferralScreeningWorkingDays());
  }

  /**
   * When a screened referral looks like a serious incident the local authority is aware from the screening,
   * so its decision on notifying the Panel is due within the same 5 working days.
   */
  public Date notificationDecisionDue(VariableScope scope) {
    return afterWorkingDays(scope, CaseVariables.SCREENED_ON, timescales.getPanelNotificationWorkingDays());
  }

  /**
   * An agency's chronology is due 10 working days after it was asked for; when the business unit returned it
   * for more information, by the date the business unit gave.
   */
  public Date chronologyDue(VariableScope scope) {
    LocalDate moreInformationBy = CaseDates.optional(scope, CaseVariables.MORE_INFORMATION_BY);
    return moreInformationBy != null ? clock.endOf(moreInformationBy)
        : afterWorkingDays(scope, CaseVariables.CHRONOLOGY_REQUESTED_ON, timescales.getChronologyWorkingDays());
  }

  /** A chronology still missing this many working days after it was due goes to the agency's partner lead. */
  public Date chronologySecondEscalation(VariableScope scope) {
    LocalDate due = clock.dayOf(chronologyDue(scope));
    return atReminderTime(calendar.plusWorkingDays(due, timescales.getChronologySecondEscalationWorkingDays()));
  }

  /** An LCSPR is completed and published within the target (6 calendar months by default) of the decision. */
  public Date lcsprTarget(VariableScope scope) {
    return clock.endOf(lcsprTargetDate(scope));
  }

  /** The business unit checks the LCSPR is on track this many working days before its target. */
  public Date lcsprTargetReminder(VariableScope scope) {
    return atReminderTime(calendar.minusWorkingDays(lcsprTargetDate(scope), timescales.getLcsprReminderWorkingDays()));
  }

  /** The target date of an LCSPR decided on that day. */
  public LocalDate lcsprTargetDate(LocalDate decidedOn) {
    return decidedOn.plusMonths(timescales.getLcsprTargetMonths());
  }

  // the target recorded when the review began, which the auditors' report reads too; a learning review from a
  // referral has no decision date of a rapid review: its review began that day
  private LocalDate lcsprTargetDate(VariableScope scope) {
    LocalDate recorded = CaseDates.optional(scope, CaseVariables.LCSPR_TARGET_DATE);
    if (recorded != null) {
      return recorded;
    }
    LocalDate decided = CaseDates.optional(scope, CaseVariables.REVIEW_DECISION_DATE);
    return lcsprTargetDate(decided != null ? decided : required(scope, CaseVariables.REVIEW_STARTED_ON));
  }

  /**
   * The report may be published once the Panel and the Secretary of State have both had it for 7 working
   * days: from the start of that day.
   */
  public Date publicationAllowedFrom(VariableScope scope) {
    LocalDate day = earliestPublication(required(scope, CaseVariables.SENT_TO_PANEL_ON),
        required(scope, CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON));
    return clock.startOf(day);
  }

  /** The copy goes to the Panel and the Secretary of State 7 working days before the planned publication. */
  public Date prePublicationCopyDue(VariableScope scope) {
    return clock.endOf(calendar.minusWorkingDays(required(scope, CaseVariables.PLANNED_PUBLICATION_DATE),
        timescales.getPrePublicationCopyWorkingDays()));
  }

  /** The first day a report sent to the Panel and to the Secretary of State on those days may be published. */
  public LocalDate earliestPublication(LocalDate sentToPanel, LocalDate sentToSecretaryOfState) {
    LocalDate later = sentToPanel.isAfter(sentToSecretaryOfState) ? sentToPanel : sentToSecretaryOfState;
    return calendar.plusWorkingDays(later, timescales.getPrePublicationCopyWorkingDays());
  }

  /**
   * The last working day the copies could go for a report published on that day: the rule of
   * {@link #earliestPublication} read backwards, also when publication falls on a weekend or bank holiday.
   */
  public LocalDate latestCopyDay(LocalDate publishedOn) {
    LocalDate day = calendar.minusWorkingDays(publishedOn, timescales.getPrePublicationCopyWorkingDays());
    while (earliestPublication(day, day).isAfter(publishedOn)) {
      day = calendar.minusWorkingDays(day, 1);
    }
    return day;
  }

  /** The first day a report published on that day may come down (at least 12 months later). */
  public LocalDate earliestRemoval(LocalDate publishedOn) {
    return publishedOn.plusMonths(timescales.getPublicationMinimumMonths());
  }

  /** 09:00 on a date someone typed into a form, e.g. the day of the practitioner event or the next update. */
  public Date morningOf(VariableScope scope, String variable) {
    return atReminderTime(required(scope, variable));
  }

  /** The end of a date someone typed into a form, e.g. the date the Panel asked a contribution by. */
  public Date endOfDateIn(VariableScope scope, String variable) {
    return clock.endOf(required(scope, variable));
  }

  /** The reminder for a due date: at 09:00, the configured number of working days before it. */
  public Date reminderBefore(Date due) {
    LocalDate day = clock.dayOf(due);
    return atReminderTime(calendar.minusWorkingDays(day, timescales.getReminderLeadWorkingDays()));
  }

  private LocalDate rapidReviewDayDate(VariableScope scope, int workingDays) {
    return calendar.plusWorkingDays(required(scope, rapidReviewStartVariable()), workingDays);
  }

  private Date afterWorkingDays(VariableScope scope, String variable, int workingDays) {
    return clock.endOf(calendar.plusWorkingDays(required(scope, variable), workingDays));
  }

  private Date atReminderTime(LocalDate day) {
    return Date.from(day.atTime(REMINDER_TIME).atZone(clock.zone()).toInstant());
  }
}
