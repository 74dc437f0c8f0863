package uk.safeguarding.casereview.report.recommendations;

import java.util.List;

/**
 * The tracker as the page shows it.
 *
 * @param everyAgency whether the person sees every agency's recommendations (or only their own agency's)
 * @param years the reporting years the person's recommendations were agreed in, newest first
 */
public record TrackerView(boolean everyAgency, List<TrackedRecommendation> rows, List<AgencyTotals> byAgency,
                          List<String> years) {
}
