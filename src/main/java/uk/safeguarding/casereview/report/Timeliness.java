package uk.safeguarding.casereview.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.CaseDates;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.calendar.WorkingDayCalendar;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.Timescales;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.review.local.LocalReviews;
import uk.safeguarding.casereview.review.notifiable.NotifiableDeaths;
import uk.safeguarding.casereview.review.notifiable.OtherAreas;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * The statutory timeliness report, computed from history with the working-day calendar the processes use:
 * per case of a reporting year (a serious incident or notifiable death by the day the local authority became
 * aware, a referral by the day it came), each deadline with its start, due date, completion and status.
 */
@Component
public class Timeliness {

  /** Every variable the report reads: only these are read from history. */
  static final Set<String> READS = Set.of(CaseVariables.CHILD_PSEUDONYM, CaseVariables.AWARENESS_DATE,
      CaseVariables.PANEL_NOTIFICATION_DATE, CaseVariables.PARTNERS_TOLD_ON, CaseVariables.PANEL_SUBMISSION_DATE,
      CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON, CaseVariables.OFSTED_NOTIFIED_ON,
      CaseVariables.LOOKED_AFTER_STATUS, CaseVariables.INCIDENT_TYPE, CaseVariables.NOTIFIABLE_DEATH_REFERENCE,
      CaseVariables.OTHER_AREA_CONNECTION, CaseVariables.OTHER_AREA, CaseVariables.OTHER_AREA_TOLD_ON,
      CaseVariables.REFERRAL_RECEIVED_ON, CaseVariables.SCREENED_ON, CaseVariables.REVIEW_DECISION,
      CaseVariables.REVIEW_DECISION_DATE, CaseVariables.PUBLISHED_ON, CaseVariables.LCSPR_TARGET_DATE,
      CaseVariables.SENT_TO_PANEL_ON, CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON, CaseVariables.AGENCY_NAME,
      CaseVariables.CHRONOLOGY_REQUESTED_ON, CaseVariables.ACTION_PLAN);

  private final HistoryService historyService;
  private final CaseProcesses caseProcesses;
  private final LatestValues latestValues;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final CaseClock clock;
  private final Timescales timescales;
  private final int yearStartMonth;

  public Timeliness(HistoryService historyService, CaseProcesses caseProcesses, WorkingDayCalendar calendar,
                    Deadlines deadlines, CaseClock clock, CaseReviewProperties properties) {
    this.historyService = historyService;
    this.caseProcesses = caseProcesses;
    this.latestValues = new LatestValues(historyService, caseProcesses, READS);
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.clock = clock;
    this.timescales = properties.getTimescales();
    this.yearStartMonth = properties.getReporting().getYearStartMonth();
  }

  /** The year with that label, or the current year when the label is null or blank; refuses any other text. */
  public ReportingYear year(String yearLabel) {
    return yearLabel == null || yearLabel.isBlank() ? ReportingYear.containing(clock.today(), yearStartMonth)
        : ReportingYear.parse(yearLabel, yearStartMonth);
  }

  /** The report of the year with that label (see {@link #year}). */
  public TimelinessReport report(String yearLabel) {
    return reportFor(year(yearLabel));
  }

  public TimelinessReport reportFor(ReportingYear year) {
    return reportFor(year, CaseBatch.SIZE);
  }

  TimelinessReport reportFor(ReportingYear year, int batchSize) {
    Map<String, LocalDate> cases = YearCases.byDay(historyService);
    TreeSet<String> years = new TreeSet<>();
    cases.values().forEach(day -> years.add(ReportingYear.containing(day, yearStartMonth).label()));
    years.add(year.label());

    List<String> ofYear = cases.entrySet().stream().filter(entry -> year.contains(entry.getValue()))
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    List<TimelinessRow> rows = new ArrayList<>();
    for (int from = 0; from < ofYear.size(); from += batchSize) {
      List<String> references = ofYear.subList(from, Math.min(ofYear.size(), from + batchSize));
      CaseBatch batch = CaseBatch.read(historyService, caseProcesses, latestValues, references);
      references.forEach(reference -> rows.addAll(rowsOf(reference, batch)));
    }
    return new TimelinessReport(year.label(), List.copyOf(years), year.from(), year.to(), TimelinessReport.MeasureSummary.of(rows, timescales), rows);
  }

  /**
   * The rows of one case. The incident's own deadlines belong to a case that began as a serious incident: a
   * referral the LA notifier turned into one records the incident's dates too, but the incident is a case of
   * its own and counts there.
   */
  public List<TimelinessRow> rowsOf(String reference) {
    return rowsOf(reference, CaseBatch.read(historyService, caseProcesses, latestValues, List.of(reference)));
  }

  private List<TimelinessRow> rowsOf(String reference, CaseBatch batch) {
    List<HistoricProcessInstance> processes = batch.processes(reference);
    if (processes.isEmpty()) {
      return List.of();
    }
    LatestValues.Facts facts = batch.facts(reference);
    TimelinessRows rows = new TimelinessRows(reference,
        Objects.toString(facts.get(CaseVariables.CHILD_PSEUDONYM), null), clock.today(), calendar, timescales);
    LocalDate aware = CaseDates.readable(facts.get(CaseVariables.AWARENESS_DATE));
    if (aware != null && ProcessKeys.SERIOUS_INCIDENT.equals(processes.get(0).getProcessDefinitionKey())) {
      rows.add(Measure.PANEL_NOTIFICATION, null, aware, deadlines.panelNotificationDueDate(aware),
          CaseDates.readable(facts.get(CaseVariables.PANEL_NOTIFICATION_DATE)));
      rows.add(Measure.PARTNERS_TOLD, null, aware, deadlines.partnerNoticeDueDate(aware),
          CaseDates.readable(facts.get(CaseVariables.PARTNERS_TOLD_ON)));
      LocalDate rapidReviewStart = CaseDates.readable(facts.get(deadlines.rapidReviewStartVariable()));
      rows.add(Measure.RAPID_REVIEW, null, rapidReviewStart,
          rapidReviewStart == null ? null : deadlines.rapidReviewDueDate(rapidReviewStart),
          CaseDates.readable(facts.get(CaseVariables.PANEL_SUBMISSION_DATE)));
    }
    if (aware != null) {
      addNotificationsBeyondThePanel(processes, facts, aware, rows);
    }
    LocalDate referred = CaseDates.readable(facts.get(CaseVariables.REFERRAL_RECEIVED_ON));
    if (referred != null) {
      rows.add(Measure.REFERRAL_SCREENING, null, referred, deadlines.referralScreeningDueDate(referred),
          CaseDates.readable(facts.get(CaseVariables.SCREENED_ON)));
    }
    addChronologies(processes, facts, batch, rows);
    if (LocalReviews.LCSPR.equals(facts.get(CaseVariables.REVIEW_DECISION))) {
      addLcspr(facts, rows);
    }
    addRecommendations(processes, facts, rows);
    return rows.list;
  }

  /**
   * The Secretary of State and Ofsted (a looked-after child's or care leaver's death: done when both are
   * notified) and another area's partners, both within the notification's working days. A serious incident
   * that began as a notifiable death counts the Secretary of State and Ofsted only if it notified them itself
   * (the death's own case counts them otherwise); it tells the other area again, and counts that.
   */
  private void addNotificationsBeyondThePanel(List<HistoricProcessInstance> processes, LatestValues.Facts facts,
                                              LocalDate aware, TimelinessRows rows) {
    String processKey = processes.get(0).getProcessDefinitionKey();
    boolean death = ProcessKeys.NOTIFIABLE_DEATH.equals(processKey);
    boolean incident = ProcessKeys.SERIOUS_INCIDENT.equals(processKey);
    if (death || incident && (NotifiableDeaths.regulatorsToNotify(facts::get) || ran(processes,
        ProcessKeys.REGULATOR_NOTIFICATION))) {
      LocalDate toSecretaryOfState = CaseDates.readable(facts.get(CaseVariables.SECRETARY_OF_STATE_NOTIFIED_ON));
      LocalDate toOfsted = CaseDates.readable(facts.get(CaseVariables.OFSTED_NOTIFIED_ON));
      rows.add(Measure.REGULATORS_NOTIFIED, null, aware, deadlines.panelNotificationDueDate(aware),
          toSecretaryOfState == null || toOfsted == null ? null : later(toSecretaryOfState, toOfsted));
    }
    if ((death || incident) && OtherAreas.toTell(facts::get)) {
      rows.add(Measure.OTHER_AREA_TOLD, Objects.toString(facts.get(CaseVariables.OTHER_AREA)), aware,
          deadlines.partnerNoticeDueDate(aware), CaseDates.readable(facts.get(CaseVariables.OTHER_AREA_TOLD_ON)));
    }
  }

  private static boolean ran(List<HistoricProcessInstance> processes, String processKey) {
    return processes.stream().anyMatch(process -> processKey.equals(process.getProcessDefinitionKey()));
  }

  private static LocalDate later(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  private void addLcspr(LatestValues.Facts facts, TimelinessRows rows) {
    LocalDate decided = CaseDates.readable(facts.get(CaseVariables.REVIEW_DECISION_DATE));
    LocalDate published = CaseDates.readable(facts.get(CaseVariables.PUBLISHED_ON));
    // the target the case's own timers ran to; worked out afresh only for a case that predates recording it
    LocalDate target = CaseDates.readable(facts.get(CaseVariables.LCSPR_TARGET_DATE));
    if (decided != null) {
      rows.add(Measure.LCSPR_PUBLISHED, null, decided, target != null ? target : deadlines.lcsprTargetDate(decided),
          published);
    }
    LocalDate toPanel = CaseDates.readable(facts.get(CaseVariables.SENT_TO_PANEL_ON));
    LocalDate toSecretaryOfState = CaseDates.readable(facts.get(CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON));
    if (published != null && toPanel != null && toSecretaryOfState != null) {
      // the later of the two copies counts: publication waits for both
      LocalDate sent = later(toPanel, toSecretaryOfState);
      rows.add(Measure.PRE_PUBLICATION_COPY, null, sent, deadlines.latestCopyDay(published), sent, published);
    }
  }

  /** Each agency's chronology: due as first asked for, done when the agency first sent it. */
  private void addChronologies(List<HistoricProcessInstance> processes, LatestValues.Facts facts,
                               CaseBatch batch, TimelinessRows rows) {
    for (HistoricProcessInstance process : processes) {
      if (!ProcessKeys.CHRONOLOGY_REQUEST.equals(process.getProcessDefinitionKey())) {
        continue;
      }
      HistoricTaskInstance first = batch.firstChronologyTask(process.getId());
      if (first == null) {
        continue;
      }
      rows.add(Measure.CHRONOLOGY, Objects.toString(facts.get(process.getId(), CaseVariables.AGENCY_NAME), null),
          CaseDates.readable(facts.get(process.getId(), CaseVariables.CHRONOLOGY_REQUESTED_ON)), clock.dayOf(first.getDueDate()),
          CaseHistory.completed(first) ? clock.dayOf(first.getEndTime()) : null);
    }
  }

  /** Each recommendation of the case's action plan: due on its date, done when the group closed it. */
  private void addRecommendations(List<HistoricProcessInstance> processes, LatestValues.Facts facts,
                                  TimelinessRows rows) {
    for (HistoricProcessInstance process : processes) {
      if (!ProcessKeys.ACTION_PLAN.equals(process.getProcessDefinitionKey())) {
        continue;
      }
      Object plan = facts.get(process.getId(), CaseVariables.ACTION_PLAN);
      for (Map<String, Object> record : JsonVariables.records(plan, CaseVariables.ACTION_PLAN)) {
        rows.add(Measure.RECOMMENDATION, "Recommendation " + record.get("number") + ": "
                + record.get(CaseVariables.OWNING_AGENCY_NAME), clock.dayOf(process.getStartTime()),
            CaseDates.readable(record.get(CaseVariables.DUE_ON)), CaseDates.readable(record.get("closedOn")));
      }
    }
  }
}
