package uk.safeguarding.casereview.report.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.safeguarding.casereview.notification.MailParameters.Line;
import uk.safeguarding.casereview.notification.MailParameters.Section;
import uk.safeguarding.casereview.report.board.BoardCase;
import uk.safeguarding.casereview.report.recommendations.TrackedRecommendation;

/**
 * What the weekly digest says, from the case board and the overdue recommendations: new cases, overdue steps,
 * deadlines this week and next, overdue recommendations. Each line is a reference, a pseudonym, a step and a
 * date, as every other mail: never a recommendation's words or anything typed about the child.
 */
final class DigestLines {

  static final int MAX_LINES = 100;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private final LocalDate today;

  DigestLines(LocalDate today) {
    this.today = today;
  }

  List<Section> of(List<BoardCase> cases, List<TrackedRecommendation> overdueRecommendations) {
    LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<Section> sections = new ArrayList<>();
    // a closed case's learning is on the board as a row of its own, but it is no new case
    add(sections, "New cases in the last 7 days", cases, c -> !c.isLearning()
            && c.startedOn().isAfter(today.minusDays(7)),
        c -> new Line(c.reference(), c.childPseudonym(), "New case", "began " + day(c.startedOn())));
    add(sections, "Steps overdue", cases, c -> c.stepsOverdue() > 0,
        c -> new Line(c.reference(), c.childPseudonym(), c.nextStep()
            + (c.stepsOverdue() > 1 ? " (and " + (c.stepsOverdue() - 1) + " more overdue)" : ""),
            "was due " + day(c.nextDue())));
    add(sections, "Due this week", cases, c -> c.stepsOverdue() == 0 && dueBetween(c, today, sunday),
        c -> new Line(c.reference(), c.childPseudonym(), c.nextStep(), "due " + day(c.nextDue())));
    add(sections, "Due next week", cases, c -> c.stepsOverdue() == 0
            && dueBetween(c, sunday.plusDays(1), sunday.plusDays(7)),
        c -> new Line(c.reference(), c.childPseudonym(), c.nextStep(), "due " + day(c.nextDue())));
    add(sections, "Recommendations overdue", overdueRecommendations, r -> true,
        r -> new Line(r.reference(), r.childPseudonym(), "Recommendation " + r.number() + ", "
            + r.owningAgencyName(), "was due " + day(r.dueOn())));
    return sections;
  }

  private static boolean dueBetween(BoardCase row, LocalDate from, LocalDate to) {
    return row.nextDue() != null && !row.nextDue().isBefore(from) && !row.nextDue().isAfter(to);
  }

  private static <T> void add(List<Section> sections, String title, List<T> items, Predicate<T> include,
                              Function<T, Line> line) {
    List<T> chosen = items.stream().filter(include).toList();
    if (chosen.isEmpty()) {
      return;
    }
    List<Line> lines = new ArrayList<>(chosen.stream().limit(MAX_LINES).map(line).toList());
    if (chosen.size() > MAX_LINES) {
      lines.add(new Line("", "", "and " + (chosen.size() - MAX_LINES) + " more: see the case board", ""));
    }
    sections.add(new Section(title + " (" + chosen.size() + ")", lines));
  }

  private static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }
}
