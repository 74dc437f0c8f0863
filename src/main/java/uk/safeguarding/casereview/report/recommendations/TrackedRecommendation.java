package uk.safeguarding.casereview.report.recommendations;

import java.time.LocalDate;
import java.util.List;

/**
 * One recommendation of one review as the partnership's tracker shows it: the case it came from, what it asks,
 * who owns it, when it is due and where it stands. Built from the action plan's own record of it, so it is
 * what the review group and the owning agency see in their tasks.
 *
 * @param strategicLead the partner answerable for it, in words ("Police")
 * @param reviewKind the review that made it, in words ("Rapid review", "LCSPR", ...)
 * @param ragStatus not-started, red, amber, green or complete (the owner's last report)
 * @param state open, awaiting-verification, returned or closed
 * @param onTime for a closed one, whether it closed by its due date; null while it is not closed
 * @param overdue not closed and its due date has passed
 * @param timing overdue, due-soon (within the configured window) or later; closed for a closed one
 * @param themes the learning themes the review group tagged the review with, by name
 * @param agreedOn the day the recommendations were agreed (the action plan began)
 * @param reportingYear the partnership's reporting year of {@code agreedOn}, e.g. 2026-27
 */
public record TrackedRecommendation(
    String reference,
    String childPseudonym,
    String reviewKind,
    int number,
    String recommendation,
    String owningAgency,
    String owningAgencyName,
    String strategicLead,
    LocalDate dueOn,
    String ragStatus,
    LocalDate lastUpdateOn,
    String evidenceLink,
    String state,
    LocalDate closedOn,
    Boolean onTime,
    boolean overdue,
    String timing,
    List<String> themes,
    LocalDate agreedOn,
    String reportingYear) {
}
