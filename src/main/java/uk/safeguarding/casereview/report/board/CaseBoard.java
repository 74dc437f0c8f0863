package uk.safeguarding.casereview.report.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.WorkingDayCalendar;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.LearningTheme;
import uk.safeguarding.casereview.report.CaseStanding;
import uk.safeguarding.casereview.report.HistoryPages;
import uk.safeguarding.casereview.report.ProcessLevelVariables;
import uk.safeguarding.casereview.report.QueryParameters;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.FormChoices;

/**
 * The partnership's case board, read from history as the person asking (the partnership-wide readers hold
 * read-history rights on every process): every open case, and the cases closed in a chosen reporting year,
 * each with its stage, next deadline, slippage and who holds the next step. A few queries for the whole board:
 * the cases, all their processes, their open steps, and a few variables.
 */
@Component
public class CaseBoard {

  static final int MAX_CASES = 5_000;
  static final int MAX_PROCESSES = 100_000;
  static final int REFERENCES_PER_QUERY = 500;
  static final List<String> CASE_KEYS = List.of(ProcessKeys.SERIOUS_INCIDENT, ProcessKeys.CASE_REFERRAL,
      ProcessKeys.NOTIFIABLE_DEATH);
  /** Roots on the board: a case, and its learning once the case itself has closed. */
  static final List<String> ROOT_KEYS = List.of(ProcessKeys.SERIOUS_INCIDENT, ProcessKeys.CASE_REFERRAL,
      ProcessKeys.NOTIFIABLE_DEATH, ProcessKeys.LEARNING_SPREAD);
  static final List<String> VARIABLES = List.of(CaseVariables.CHILD_PSEUDONYM, CaseVariables.LEARNING_THEMES,
      CaseVariables.REVIEW_DECISION, CaseVariables.SCREENING_OUTCOME, CaseVariables.ACTION_PLAN);

  private final HistoryService history;
  private final CaseReviewProperties properties;
  private final CaseClock clock;
  private final WorkingDayCalendar calendar;
  private final CaseStanding standing;

  public CaseBoard(HistoryService history, CaseReviewProperties properties, CaseClock clock,
                   WorkingDayCalendar calendar, CaseStanding standing) {
    this.history = history;
    this.properties = properties;
    this.clock = clock;
    this.calendar = calendar;
    this.standing = standing;
  }

  public BoardView view(QueryParameters parameters) {
    BoardFilter filter = BoardFilter.parse(parameters, themeNames(), yearStartMonth());
    List<HistoricProcessInstance> cases = cases(filter.closedIn());
    Map<String, List<HistoricProcessInstance>> processes = processesOf(cases);
    Map<String, List<HistoricTaskInstance>> openSteps = openStepsOf(cases, processes);
    List<String> ids = processes.values().stream().flatMap(List::stream).map(HistoricProcessInstance::getId)
        .toList();
    Map<String, Map<String, Object>> variables = ProcessLevelVariables.of(history, ids, VARIABLES);
    BoardRows rows = new BoardRows(clock, calendar, properties, themeNames(), standing::waitingFor);
    List<BoardCase> board = cases.stream()
        .map(root -> rows.of(root, processes.getOrDefault(root.getBusinessKey(), List.of()),
            openSteps.getOrDefault(root.getBusinessKey(), List.of()), variables))
        .filter(filter::test)
        .sorted(Comparator.comparing((BoardCase row) -> row.nextDue() == null).thenComparing(BoardCase::nextDue,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BoardCase::reference))
        .toList();
    return new BoardView(board, FormChoices.of(List.copyOf(BoardStages.LABELS.entrySet()), Map.Entry::getValue,
        Map.Entry::getKey), years(), FormChoices.of(properties.getLearningThemes(), LearningTheme::name,
        LearningTheme::id));
  }

  /** The open cases, and those closed in the year asked for. */
  private List<HistoricProcessInstance> cases(ReportingYear closedIn) {
    List<HistoricProcessInstance> cases = new ArrayList<>(HistoryPages.all(roots().unfinished()
        .orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc(), MAX_CASES));
    if (closedIn != null) {
      cases.addAll(HistoryPages.all(roots().finished().finishedAfter(clock.startOf(closedIn.from()))
          .finishedBefore(clock.endOf(closedIn.to())).orderByProcessInstanceStartTime().desc()
          .orderByProcessInstanceId().asc(), MAX_CASES));
    }
    // a case's learning is on the board by itself only when the case is not: one row per reference
    Set<String> onBoard = cases.stream().filter(root -> !isLearning(root))
        .map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet());
    return cases.stream().filter(root -> root.getBusinessKey() != null)
        .filter(root -> !isLearning(root) || !onBoard.contains(root.getBusinessKey()))
        .toList();
  }

  private static boolean isLearning(HistoricProcessInstance root) {
    return ProcessKeys.LEARNING_SPREAD.equals(root.getProcessDefinitionKey());
  }

  private HistoricProcessInstanceQuery roots() {
    return history.createHistoricProcessInstanceQuery().rootProcessInstances()
        .processDefinitionKeyIn(ROOT_KEYS.toArray(String[]::new));
  }

  /** Every process of each case (they share its reference), by reference. */
  private Map<String, List<HistoricProcessInstance>> processesOf(List<HistoricProcessInstance> cases) {
    Map<String, List<HistoricProcessInstance>> byCase = new HashMap<>();
    for (String[] references : chunks(cases)) {
      HistoryPages.all(history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(references)
              .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc(), MAX_PROCESSES)
          .forEach(process -> byCase.computeIfAbsent(process.getBusinessKey(), key -> new ArrayList<>())
              .add(process));
    }
    return byCase;
  }

  /** The open steps of each case, by reference (a step of a called process belongs to its caller's case). */
  private Map<String, List<HistoricTaskInstance>> openStepsOf(List<HistoricProcessInstance> cases,
                                                             Map<String, List<HistoricProcessInstance>> processes) {
    Map<String, String> caseOfProcess = new HashMap<>();
    processes.forEach((reference, ofCase) -> ofCase.forEach(process -> caseOfProcess.put(process.getId(),
        reference)));
    Map<String, List<HistoricTaskInstance>> byCase = new HashMap<>();
    for (String[] references : chunks(cases)) {
      HistoryPages.all(history.createHistoricTaskInstanceQuery().unfinished()
              .processInstanceBusinessKeyIn(references).orderByHistoricActivityInstanceStartTime().asc()
              .orderByTaskId().asc(), MAX_PROCESSES)
          .forEach(task -> byCase.computeIfAbsent(caseOfProcess.get(task.getProcessInstanceId()),
              key -> new ArrayList<>()).add(task));
    }
    return byCase;
  }

  private static List<String[]> chunks(List<HistoricProcessInstance> cases) {
    List<String> references = cases.stream().map(HistoricProcessInstance::getBusinessKey).distinct().toList();
    List<String[]> chunks = new ArrayList<>();
    for (int from = 0; from < references.size(); from += REFERENCES_PER_QUERY) {
      chunks.add(references.subList(from, Math.min(references.size(), from + REFERENCES_PER_QUERY))
          .toArray(String[]::new));
    }
    return chunks;
  }

  /** The reporting years from the first case's to today's, newest first. */
  private List<String> years() {
    List<HistoricProcessInstance> first = roots().orderByProcessInstanceStartTime().asc().listPage(0, 1);
    ReportingYear now = ReportingYear.containing(clock.today(), yearStartMonth());
    List<String> years = new ArrayList<>();
    ReportingYear year = first.isEmpty() ? now
        : ReportingYear.containing(clock.dayOf(first.get(0).getStartTime()), yearStartMonth());
    while (!year.from().isAfter(now.from())) {
      years.add(0, year.label());
      year = ReportingYear.containing(year.to().plusDays(1), yearStartMonth());
    }
    return years;
  }

  private Map<String, String> themeNames() {
    return properties.getLearningThemes().stream()
        .collect(Collectors.toMap(LearningTheme::id, LearningTheme::name, (a, b) -> a, LinkedHashMap::new));
  }

  private int yearStartMonth() {
    return properties.getReporting().getYearStartMonth();
  }
}
