package uk.safeguarding.casereview.report.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguarding.casereview.support.CaseDriver.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.WorkingDayCalendar;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.LocalReviewForms;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The case board across cases at different stages: each one's stage in words, its next deadline with the
 * working days left, slippage once the clock passes it, who holds the next step, and the filters. Its cases
 * begin in the reporting year 2039-40, which no other test uses.
 */
class CaseBoardTest extends ProcessTestBase {

  private static final String YEAR = "2039-40";

  @Autowired CaseBoard board;
  @Autowired ThemesByYear themes;
  @Autowired CaseClock clock;
  @Autowired WorkingDayCalendar calendar;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2039, 5, 9, 9, 30);
  }

  private List<BoardCase> cases(String... parameters) {
    Map<String, String> query = new HashMap<>(Map.of("year", YEAR));
    for (int i = 0; i < parameters.length; i += 2) {
      query.put(parameters[i], parameters[i + 1]);
    }
    return board.view(query::get).cases();
  }

  private BoardCase row(String reference, String... parameters) {
    return cases(parameters).stream().filter(row -> row.reference().equals(reference)).findFirst().orElseThrow();
  }

  private String incident(String pseudonym) {
    return startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm(pseudonym, "2039-05-06", "2039-05-05")).getBusinessKey();
  }

  @Test
  void each_case_with_its_stage_next_deadline_slippage_and_who_holds_the_next_step() {
    String waiting = incident("Child Ortolan");
    String rapid = incident("Child Bunting");
    cases.complete("notifier", rapid, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2039-05-09", CaseVariables.PANEL_REFERENCE, "NOT-39"));
    cases.complete("business", rapid, "Task_NameInvolvedAgencies", ReviewForms.involvedAgencies("police", "health"));
    cases.complete("lead.police", cases.taskFor(rapid, "Task_SubmitAgencySummary", "agency-police"),
        ReviewForms.agencySummary("ongoing"));
    Map<String, Object> referral = ReviewForms.referral();
    referral.put(CaseVariables.CHILD_PSEUDONYM, "Child Yellowhammer");
    String screened = startByForm("referrer", ProcessKeys.CASE_REFERRAL, referral).getBusinessKey();
    cases.complete("member", screened, "Task_ScreenReferral",
        form("screeningOutcome", "no-action", "screeningRationale", "Known learning."));

    Task notification = cases.task(waiting, "Task_RecordPanelNotification");
    LocalDate notificationDue = clock.dayOf(notification.getDueDate());
    BoardCase first = row(waiting);
    assertThat(first.childPseudonym()).isEqualTo("Child Ortolan");
    assertThat(first.kind()).isEqualTo("Serious incident");
    assertThat(first.stage()).isEqualTo("notification");
    assertThat(first.standing()).isEqualTo("Notification — " + notification.getName());
    assertThat(first.nextDue()).isEqualTo(notificationDue);
    assertThat(first.workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(LocalDate.of(2039, 5, 9),
        notificationDue)).isPositive();
    assertThat(first.stepsOverdue()).isZero();
    assertThat(first.timing()).isEqualTo("due-soon");
    assertThat(first.heldBy()).containsExactly("LA notifiers (children's services)");
    assertThat(first.startedOn()).isEqualTo(LocalDate.of(2039, 5, 9));
    assertThat(first.daysRunning()).isZero();

    BoardCase second = row(rapid);
    assertThat(second.stage()).isEqualTo("rapid-review");
    assertThat(second.standing()).isEqualTo("Rapid review — waiting for agency summaries, 1 of 2 in");
    // the referral screened to no further action is closed: not on the board unless its year's closed are asked
    assertThat(cases()).extracting(BoardCase::reference).contains(waiting, rapid).doesNotContain(screened);
    BoardCase closed = row(screened, "closedIn", YEAR);
    assertThat(closed.stage()).isEqualTo("closed");
    assertThat(closed.kind()).isEqualTo("Referral");
    assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2039, 5, 9));
    assertThat(closed.timing()).isEqualTo("closed");

    assertThat(cases("stage", "rapid-review")).extracting(BoardCase::reference).containsExactly(rapid);
    assertThat(cases("overdue", "true")).isEmpty();

    // a fortnight later the notification is late
    cases.at(LocalDateTime.of(2039, 5, 23, 10, 0));
    BoardCase late = row(waiting);
    assertThat(late.stepsOverdue()).isEqualTo(1);
    assertThat(late.timing()).isEqualTo("overdue");
    assertThat(late.workingDaysLeft()).isEqualTo(-calendar.workingDaysBetween(notificationDue,
        LocalDate.of(2039, 5, 23))).isNegative();
    assertThat(late.daysRunning()).isEqualTo(14);
    assertThat(cases("overdue", "true")).extracting(BoardCase::reference).contains(waiting);
    // soonest deadline first
    List<BoardCase> all = cases();
    assertThat(all).extracting(BoardCase::nextDue).isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
  }

  @Test
  void the_themes_by_year_count_each_review_once_per_theme_in_the_year_it_began_and_the_board_filters_by_theme() {
    ThemesByYear.Table before = themes.table();
    String tagged = incident("Child Whinchat");
    String untagged = incident("Child Wheatear");
    // the themes as the rapid review's decision hands them back to the case
    runtimeService.setVariable(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(tagged)
        .singleResult().getId(), CaseVariables.LEARNING_THEMES,
        CaseDriver.json(List.of("neglect", "information-sharing", "neglect")));

    ThemesByYear.Table after = themes.table();
    assertThat(count(after, "Neglect") - count(before, "Neglect")).isEqualTo(1);
    assertThat(count(after, "Information sharing") - count(before, "Information sharing")).isEqualTo(1);
    assertThat(count(after, "Domestic abuse") - count(before, "Domestic abuse")).isZero();
    assertThat(after.reviews().get(after.years().indexOf(YEAR)) - reviews(before)).isEqualTo(1);
    assertThat(after.rows()).extracting(ThemesByYear.Row::theme).startsWith("Neglect", "Domestic abuse");

    assertThat(cases("theme", "neglect")).extracting(BoardCase::reference).contains(tagged).doesNotContain(untagged);
    assertThat(row(tagged).themes()).containsExactly("Neglect", "Information sharing", "Neglect");
  }

  private static int count(ThemesByYear.Table table, String theme) {
    int year = table.years().indexOf(YEAR);
    return year < 0 ? 0 : table.rows().stream().filter(row -> row.theme().equals(theme)).findFirst()
        .map(row -> row.counts().get(year)).orElse(0);
  }

  private static int reviews(ThemesByYear.Table table) {
    int year = table.years().indexOf(YEAR);
    return year < 0 ? 0 : table.reviews().get(year);
  }

  @Test
  void a_referral_moves_through_screening_its_learning_review_publication_and_action_plan() {
    Map<String, Object> referral = ReviewForms.referral();
    referral.put(CaseVariables.CHILD_PSEUDONYM, "Child Brambling");
    String reference = startByForm("referrer", ProcessKeys.CASE_REFERRAL, referral).getBusinessKey();
    assertThat(row(reference).stage()).isEqualTo("screening");
    assertThat(row(reference).standing()).isEqualTo("Screening the referral — "
        + cases.task(reference, "Task_ScreenReferral").getName());
    assertThat(row(reference).heldBy()).containsExactly("Case Review Committee");

    cases.complete("member", reference, "Task_ScreenReferral", form("screeningOutcome", "learning-review",
        "screeningRationale", "The group's reasons.", "learningThemes", ReviewForms.themes("neglect")));
    assertThat(row(reference).standing()).isEqualTo("Local learning review — "
        + cases.task(reference, "Task_AppointGroupReviewer").getName());
    LocalReviewWalk.toChronologies(cases, reference, false, "police", "health");
    assertThat(row(reference).standing()).isEqualTo("Local learning review — waiting for chronologies, 0 of 2 in");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "police");
    assertThat(row(reference).standing()).isEqualTo("Local learning review — waiting for chronologies, 1 of 2 in");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "health");
    LocalReviewWalk.learningGathered(cases, reference, false, "police", "health");
    LocalReviewWalk.signedOff(cases, reference, false);
    cases.complete("chair", reference, "Task_RecordRecommendations", LocalReviewForms.finalReport(
        EngineClock.today().toString(), ReviewForms.recommendations(ReviewForms.recommendation(
            "Schools tell the health visitor about repeated absence.", "education", "partner-la", "2040-03-31"))));
    assertThat(row(reference).stage()).isEqualTo("publication");
    assertThat(row(reference).standing()).isEqualTo("Publication — "
        + cases.task(reference, "Task_DecideWhatToPublish").getName());

    cases.complete("chair", reference, "Task_DecideWhatToPublish", form("publicationType", "not-published",
        "publicationReason", "The learning goes out through the partnership's 7 minute briefings."));
    BoardCase plan = row(reference);
    assertThat(plan.stage()).isEqualTo("action-plan");
    assertThat(plan.standing()).isEqualTo("Action plan — 0 of 1 recommendations closed");
    // the themes as the group tagged them again when it approved the report
    assertThat(plan.themes()).containsExactly("Neglect", "Information sharing");
    assertThat(cases("stage", "action-plan")).extracting(BoardCase::reference).contains(reference);
  }

  @Test
  void a_filter_naming_nothing_is_refused_by_its_name() {
    assertThatThrownBy(() -> cases("stage", "<script>")).hasMessageStartingWith("stage must be one of notification,");
    assertThatThrownBy(() -> cases("overdue", "maybe")).hasMessageStartingWith("overdue must be true or false");
    assertThatThrownBy(() -> cases("closedIn", "last year")).hasMessageStartingWith("closedIn must be a reporting year");
    assertThatThrownBy(() -> cases("theme", "x".repeat(300))).hasMessageStartingWith("theme must be one of");
  }
}
