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
    return afterWorkingDays(scope, CaseVariables.AWARENESS_DATE, timescales.getPanelNotificationWorkingDays());
  }

  /** The safeguarding partners are told within the same 5 working days. */
  public Date partnerNoticeDue(VariableScope scope) {
    return afterWorkingDays(scope, CaseVariables.AWARENESS_DATE, timescales.getPartnerNoticeWorkingDays());
  }

  /** The rapid review is completed within 15 working days of its start point (the notification by default). */
  public Date rapidReviewDue(VariableScope scope) {
    return clock.endOf(rapidReviewDayDate(scope, timescales.getRapidReviewWorkingDays()));
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
    return afterWorkingDays(scope, CaseVariables.REFERRAL_RECEIVED_ON, timescales.getReferralScreeningWorkingDays());
  }

  /**
   * When a screened referral looks like a serious incident the local authority is aware from the screening,
   * so its decision on notifying the Panel is due within the same 5 working days.
   */
  public Date notificationDecisionDue(VariableScope scope) {
    return afterWorkingDays(scope, CaseVariables.SCREENED_ON, timescales.getPanelNotificationWorkingDays());
  }

  /** The end of a date someone typed into a form, e.g. the date the Panel asked a contribution by. */
  public Date endOfDateIn(VariableScope scope, String variable) {
    return clock.endOf(required(scope, variable));
  }

  /** The reminder for a due date: at 09:00, the configured number of working days before it. */
  public Date reminderBefore(Date due) {
    LocalDate day = LocalDate.ofInstant(due.toInstant(), clock.zone());
    return atReminderTime(calendar.minusWorkingDays(day, timescales.getReminderLeadWorkingDays()));
  }

  private LocalDate rapidReviewDayDate(VariableScope scope, int workingDays) {
    String start = timescales.getRapidReviewStart() == Timescales.RapidReviewStart.AWARENESS
        ? CaseVariables.AWARENESS_DATE : CaseVariables.PANEL_NOTIFICATION_DATE;
    return calendar.plusWorkingDays(required(scope, start), workingDays);
  }

  private Date afterWorkingDays(VariableScope scope, String variable, int workingDays) {
    return clock.endOf(calendar.plusWorkingDays(required(scope, variable), workingDays));
  }

  private Date atReminderTime(LocalDate day) {
    return Date.from(day.atTime(REMINDER_TIME).atZone(clock.zone()).toInstant());
  }
}
