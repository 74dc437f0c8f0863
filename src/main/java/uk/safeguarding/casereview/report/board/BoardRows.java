package uk.safeguarding.casereview.report.board;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.WorkingDayCalendar;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.report.ReviewKinds;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.review.actionplan.ActionPlans;
import uk.safeguarding.casereview.support.JsonVariables;

/** One case's row of the board, from its processes, its open steps and a few of its variables. */
final class BoardRows {

  private static final Map<String, String> KINDS = Map.of(ProcessKeys.SERIOUS_INCIDENT, "Serious incident",
      ProcessKeys.CASE_REFERRAL, "Referral", ProcessKeys.NOTIFIABLE_DEATH, "Notifiable death",
      ProcessKeys.LEARNING_SPREAD, BoardCase.LEARNING);

  private final CaseClock clock;
  private final WorkingDayCalendar calendar;
  private final Map<String, String> themeNames;
  private final Function<HistoricTaskInstance, List<String>> holders;
  private final int dueSoonDays;
  private final int yearStartMonth;
  private final LocalDate today;
  private final Date now;

  BoardRows(CaseClock clock, WorkingDayCalendar calendar, CaseReviewProperties properties,
            Map<String, String> themeNames, Function<HistoricTaskInstance, List<String>> holders) {
    this.clock = clock;
    this.calendar = calendar;
    this.themeNames = themeNames;
    this.holders = holders;
    this.dueSoonDays = properties.getReporting().getDueSoonDays();
    this.yearStartMonth = properties.getReporting().getYearStartMonth();
    this.today = clock.today();
    this.now = Date.from(clock.now());
  }

  BoardCase of(HistoricProcessInstance root, List<HistoricProcessInstance> processes,
               List<HistoricTaskInstance> open, Map<String, Map<String, Object>> variables) {
    Map<String, Object> facts = variables.getOrDefault(root.getId(), Map.of());
    // a closed case's learning counts from the case's own start, in the case's year
    LocalDate started = clock.dayOf(processes.stream().filter(p -> CaseBoard.CASE_KEYS.contains(
        p.getProcessDefinitionKey())).map(HistoricProcessInstance::getStartTime).min(Comparator.naturalOrder())
        .orElse(root.getStartTime()));
    LocalDate closed = root.getEndTime() == null ? null : clock.dayOf(root.getEndTime());
    if (closed != null) {
      // a closed case's steps still open are its learning's, on the learning's own row
      open = List.of();
    }
    HistoricTaskInstance next = open.stream().min(Comparator.comparing(HistoricTaskInstance::getDueDate,
        Comparator.nullsLast(Comparator.naturalOrder()))).orElse(null);
    LocalDate nextDue = next == null || next.getDueDate() == null ? null : clock.dayOf(next.getDueDate());
    int overdue = (int) open.stream().filter(task -> task.getDueDate() != null && task.getDueDate().before(now))
        .count();
    String stage = closed != null ? BoardStages.CLOSED : stageOf(processes);
    List<String> themes = JsonVariables.list(facts.get(CaseVariables.LEARNING_THEMES), CaseVariables.LEARNING_THEMES)
        .stream().map(String::valueOf).map(id -> themeNames.getOrDefault(id, id)).toList();
    return new BoardCase(root.getBusinessKey(), text(facts.get(CaseVariables.CHILD_PSEUDONYM)),
        KINDS.getOrDefault(root.getProcessDefinitionKey(), root.getProcessDefinitionName()), stage,
        standing(stage, processes, next, facts, variables), next == null ? null : next.getName(), nextDue,
        nextDue == null ? null : calendar.workingDaysBetween(today, nextDue), overdue,
        next == null ? List.of() : holders.apply(next), started, closed,
        (int) ChronoUnit.DAYS.between(started, closed != null ? closed : today),
        timing(closed != null, overdue, nextDue), themes,
        ReportingYear.containing(started, yearStartMonth).label());
  }

  /** The latest stage any running process of the case belongs to. */
  private static String stageOf(List<HistoricProcessInstance> processes) {
    return processes.stream().filter(process -> process.getEndTime() == null)
        .map(process -> BoardStages.ofProcess(process.getProcessDefinitionKey()).orElse("notification"))
        .reduce("notification", BoardStages::later);
  }

  /** The stage in words and what it waits for, e.g. "Rapid review — waiting for agency summaries, 2 of 4 in". */
  private String standing(String stage, List<HistoricProcessInstance> processes, HistoricTaskInstance next,
                          Map<String, Object> facts, Map<String, Map<String, Object>> variables) {
    if (BoardStages.CLOSED.equals(stage)) {
      return "Closed";
    }
    String label = "review".equals(stage) && ReviewKinds.of(facts) != null ? ReviewKinds.of(facts)
        : BoardStages.LABELS.get(stage);
    String waiting = switch (stage) {
      case "rapid-review" -> collecting(processes, ProcessKeys.AGENCY_SUMMARY, "agency summaries");
      case "review" -> collecting(processes, ProcessKeys.CHRONOLOGY_REQUEST, "chronologies");
      case "action-plan" -> recommendationsClosed(processes, variables);
      default -> null;
    };
    if (waiting == null) {
      waiting = next != null ? next.getName()
          : "learning".equals(stage) ? "waiting for the check on practice" : "nothing due from anyone now";
    }
    return label + " — " + waiting;
  }

  /** "waiting for agency summaries, 2 of 4 in" while some of those processes still run; else null. */
  private static String collecting(List<HistoricProcessInstance> processes, String key, String what) {
    List<HistoricProcessInstance> all = processes.stream().filter(p -> key.equals(p.getProcessDefinitionKey()))
        .toList();
    long in = all.stream().filter(process -> process.getEndTime() != null).count();
    return all.isEmpty() || in == all.size() ? null
        : "waiting for " + what + ", " + in + " of " + all.size() + " in";
  }

  private static String recommendationsClosed(List<HistoricProcessInstance> processes,
                                              Map<String, Map<String, Object>> variables) {
    return processes.stream().filter(p -> ProcessKeys.ACTION_PLAN.equals(p.getProcessDefinitionKey()))
        .filter(p -> p.getEndTime() == null).findFirst().map(plan -> {
          List<Map<String, Object>> records = JsonVariables.records(variables.getOrDefault(plan.getId(), Map.of())
              .get(CaseVariables.ACTION_PLAN), CaseVariables.ACTION_PLAN);
          long closed = records.stream().filter(r -> ActionPlans.CLOSED.equals(r.get("status"))).count();
          return closed + " of " + records.size() + " recommendations closed";
        }).orElse(null);
  }

  private String timing(boolean closed, int overdue, LocalDate nextDue) {
    if (closed) {
      return "closed";
    }
    if (overdue > 0) {
      return "overdue";
    }
    if (nextDue == null) {
      return "none";
    }
    return nextDue.isAfter(today.plusDays(dueSoonDays)) ? "later" : "due-soon";
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
