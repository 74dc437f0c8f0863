package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * A serious incident walked to its end in a running application, as its people would do it today: the Panel
 * notified today, a rapid review with two agencies, no further review and no recommendations, so the case closes.
 */
public final class ClosedCase {

  private ClosedCase() {
  }

  /** The case's reference; the local authority became aware two days ago, so the Panel is told in time. */
  public static String withoutFurtherReview(ProcessEngine engine, String pseudonym) {
    return withoutFurtherReview(engine, pseudonym, 2);
  }

  /** The same, with the Panel told today, the given number of calendar days after the local authority knew. */
  public static String withoutFurtherReview(ProcessEngine engine, String pseudonym, int daysSinceAwareness) {
    CaseDriver cases = CaseDriver.besideJobExecutor(engine);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String reference = withoutFurtherReview(cases, pseudonym, today.minusDays(daysSinceAwareness), today);
    cases.awaitIdle(reference);
    return reference;
  }

  /** The same walked by the given driver on the day given (the engine's clock must be on that day). */
  public static String withoutFurtherReview(CaseDriver cases, String pseudonym, LocalDate aware, LocalDate today) {
    String reference = cases.startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT, SeriousIncidentFixtures.startForm(
        pseudonym, aware.toString(), aware.minusDays(1).toString())).getBusinessKey();
    cases.runJobs();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, today.toString(), CaseVariables.PANEL_REFERENCE, "NOT-31"));
    RapidReviewWalk.toDecision(cases, reference, today.toString(), "learningAlreadyKnown");
    RapidReviewWalk.decideAndSend(cases, reference, today.toString(), "no-further-review", "agree");
    cases.complete("chair", reference, "Task_RecordRapidReviewRecommendations",
        form(CaseVariables.RECOMMENDATIONS, recommendations()));
    return reference;
  }
}
