package uk.safeguarding.casereview.report.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.notification.MailKind;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.Notify;
import uk.safeguarding.casereview.notification.Recipients;
import uk.safeguarding.casereview.report.board.CaseBoard;
import uk.safeguarding.casereview.report.recommendations.RecommendationScope;
import uk.safeguarding.casereview.report.recommendations.RecommendationTracker;

/**
 * The weekly digest (diagram {@code weekly-digest}, on the {@link DigestSchedule}): the business manager
 * and the chair get the partnership's week in one mail through the outbox, so it survives a mail outage and
 * goes once whatever the number of nodes (one mail per recipient per digest process).
 */
@Component("digest")
public class WeeklyDigest {

  private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final CaseBoard board;
  private final RecommendationTracker tracker;
  private final MailOutbox outbox;
  private final Recipients recipients;
  private final Notify notify;
  private final CaseReviewProperties properties;
  private final CaseClock clock;

  public WeeklyDigest(CaseBoard board, RecommendationTracker tracker, MailOutbox outbox, Recipients recipients,
                      Notify notify, CaseReviewProperties properties, CaseClock clock) {
    this.board = board;
    this.tracker = tracker;
    this.outbox = outbox;
    this.recipients = recipients;
    this.notify = notify;
    this.properties = properties;
    this.clock = clock;
  }

  /** Queues this week's digest to each recipient; the job executor runs it with the whole partnership in view. */
  public void send(DelegateExecution execution) {
    LocalDate today = clock.today();
    List<MailParameters.Section> sections = new DigestLines(today).of(board.view(name -> null).cases(),
        tracker.list(RecommendationScope.all(), tracker.filter(name -> "overdue".equals(name) ? "true" : null)));
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    MailParameters parameters = new MailParameters(properties.getPartnershipName(), null, null,
        "The partnership's cases, week of " + WEEK.format(monday), null, notify.tasklistLink(), sections);
    for (String recipient : recipients.ofTargets(properties.getReporting().getDigest().getRecipients())) {
      outbox.queue(MailKind.DIGEST, execution.getProcessInstanceId(), "week-of-" + monday, recipient, parameters);
    }
  }
}
