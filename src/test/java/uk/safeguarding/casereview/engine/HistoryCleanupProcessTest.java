package uk.safeguarding.casereview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.ReviewForms.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.notification.OutboxRetention;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * Years of history stay bounded: a finished case's history (its process, tasks and variables) carries a removal
 * time of its end plus the retention period, the engine's nightly cleanup removes it once that has passed, and
 * the outbox's record of its mail goes with it; a case that finished later is left alone.
 */
class HistoryCleanupProcessTest extends ProcessTestBase {

  private static final int RETENTION_DAYS = 2555;

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired ManagementService managementService;
  @Autowired OutboxRetention outboxRetention;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 3, 11, 0);
  }

  @Test
  void the_cleanup_runs_every_night_inside_the_configured_window_by_removal_time() {
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(historyService.findHistoryCleanupJobs()).as("the engine schedules its own cleanup").isNotEmpty();
  }

  @Test
  void a_finished_case_is_removed_once_its_retention_has_passed_and_a_later_case_stays() {
    HistoricProcessInstance earlier = referralWithNoFurtherAction();
    assertThat(earlier.getRemovalTime()).isEqualTo(plusDays(earlier.getEndTime(), RETENTION_DAYS));
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(earlier.getId()).list())
        .isNotEmpty().allSatisfy(task -> assertThat(task.getRemovalTime()).isEqualTo(earlier.getRemovalTime()));
    assertThat(mails(earlier.getBusinessKey(), "information")).isNotEmpty();

    ClockUtil.setCurrentTime(plusDays(ClockUtil.getCurrentTime(), 1));
    HistoricProcessInstance later = referralWithNoFurtherAction();

    sent(earlier.getBusinessKey());
    sent(later.getBusinessKey());
    // an hour after the earlier case's retention ran out, before the later one's
    ClockUtil.setCurrentTime(new Date(earlier.getRemovalTime().getTime() + Duration.ofHours(1).toMillis()));
    runTheCleanupNow();
    outboxRetention.forgetOldMail();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(earlier.getId()).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(earlier.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(earlier.getId()).count())
        .isZero();
    assertThat(outbox.forCase(earlier.getBusinessKey())).isEmpty();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(later.getId()).count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(later.getId()).count())
        .isPositive();
    assertThat(outbox.forCase(later.getBusinessKey())).isNotEmpty();
  }

  private HistoricProcessInstance referralWithNoFurtherAction() {
    String reference = cases.startByForm("referrer", "case-referral", referral()).getBusinessKey();
    cases.runJobs();
    cases.complete("member", reference, "Task_ScreenReferral",
        form("screeningOutcome", "no-action", "screeningRationale", "The group's reasons."));
    cases.runJobs();
    HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    assertThat(finished.getEndTime()).as("the referral has finished").isNotNull();
    return finished;
  }

  /** The case's mail as the outbox records it once sent (no SMTP server here): mail still waiting is kept. */
  private void sent(String reference) {
    List<Long> ids = outbox.forCase(reference).stream().map(OutboxEntry::id).toList();
    outbox.claimAll(ids, "test-node", Instant.now().plusSeconds(60));
    outbox.markSent(ids, "test-node");
  }

  /** What the job executor does inside the window, now: the cleanup job, until it has nothing left to do. */
  private void runTheCleanupNow() {
    Job cleanup = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(cleanup.getId());
  }

  private static Date plusDays(Date date, int days) {
    return new Date(date.getTime() + Duration.ofDays(days).toMillis());
  }
}
