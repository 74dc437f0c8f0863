package uk.safeguarding.casereview.report.board;

import java.time.LocalDate;
import java.util.List;

/**
 * One case on the partnership's case board: where it stands in a committee member's words and whether it is
 * slipping.
 *
 * @param kind Serious incident, Referral or Notifiable death
 * @param stage the stage's id (see {@link BoardStages}), for the filter
 * @param standing the stage and what it waits for, e.g. "Rapid review — waiting for agency summaries, 2 of 4 in"
 * @param nextStep the open step due soonest, or null
 * @param nextDue that step's due day (the next statutory deadline), or null
 * @param workingDaysLeft working days from today to {@code nextDue}; negative once it has passed
 * @param stepsOverdue the case's open steps past their due date
 * @param heldBy who holds the next step: the person it is assigned to, else the groups that may take it
 * @param daysRunning calendar days from the case's start to today, or to the day it closed
 * @param timing overdue, due-soon (within the configured window), later, none (nothing due) or closed
 */
public record BoardCase(
    String reference,
    String childPseudonym,
    String kind,
    String stage,
    String standing,
    String nextStep,
    LocalDate nextDue,
    Integer workingDaysLeft,
    int stepsOverdue,
    List<String> heldBy,
    LocalDate startedOn,
    LocalDate closedOn,
    int daysRunning,
    String timing,
    List<String> themes,
    String reportingYear) {

  /** The kind of a closed case's learning, on the board by itself. */
  public static final String LEARNING = "Learning of a closed case";

  /** A closed case's learning rather than a case. */
  public boolean isLearning() {
    return LEARNING.equals(kind);
  }
}
