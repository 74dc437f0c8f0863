package uk.safeguarding.casereview.report.recommendations;

import java.util.List;
import java.util.Map;

/**
 * The tracker as the page shows it.
 *
 * @param everyAgency whether the person sees every agency's recommendations (or only their own agency's)
 * @param years the reporting years the person's recommendations were agreed in, newest first
 * @param agencies the agencies the person may filter by ([{label, value}])
 * @param themes the configured learning themes ([{label, value}])
 */
public record TrackerView(boolean everyAgency, List<TrackedRecommendation> rows, List<AgencyTotals> byAgency,
                          List<String> years, List<Map<String, String>> agencies, List<Map<String, String>> themes) {
}
