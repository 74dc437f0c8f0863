package uk.safeguarding.casereview.report.board;

import java.util.List;
import java.util.Map;

/**
 * The case board as the page shows it: the cases, soonest deadline first, and the filters' choices.
 *
 * @param years the reporting years from the first case's to this one, newest first
 */
public record BoardView(List<BoardCase> cases, List<Map<String, String>> stages, List<String> years,
                        List<Map<String, String>> themes) {
}
