package uk.safeguarding.casereview.report;

import java.util.Date;

/** A case as a search lists it: the process it began with, and whether it is still running. */
public record CaseSummary(String reference, String pseudonym, String processKey, String processName,
                          Date startTime, Date endTime, String state) {
}
