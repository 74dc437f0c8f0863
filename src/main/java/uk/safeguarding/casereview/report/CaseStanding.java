package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.GroupDirectory;
import uk.safeguarding.casereview.calendar.CaseClock;

/**
 * Where a case stands, for the top of its page: the steps open now, whom they wait for, and the next deadline.
 * Read from history (the auditor may read history, not the tasks themselves).
 */
@Component
public class CaseStanding {

  /** A task has a few candidate groups; its log of them is short. */
  static final int MAX_LINKS = 200;
  /** Steps that hold others (a call, a sub-process) are not a stage of their own. */
  private static final Set<String> CONTAINERS = Set.of("callActivity", "subProcess", "startEvent",
      "multiInstanceBody");

  private final HistoryService historyService;
  private final GroupDirectory groups;
  private final CaseClock clock;

  public CaseStanding(HistoryService historyService, GroupDirectory groups, CaseClock clock) {
    this.historyService = historyService;
    this.groups = groups;
    this.clock = clock;
  }

  /** Whom an open task waits for: the person it is assigned to, else the groups that may take it. */
  public List<String> waitingFor(HistoricTaskInstance task) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.CANDIDATE).orderByTime().asc().listPage(0, MAX_LINKS)) {
      if (link.getGroupId() == null) {
        continue;
      }
      if ("delete".equals(link.getOperationType())) {
        candidates.remove(link.getGroupId());
      } else {
        candidates.add(link.getGroupId());
      }
    }
    Map<String, String> names = groups.names();
    return candidates.stream().map(group -> names.getOrDefault(group, group)).toList();
  }

  CaseRecord.Standing of(List<CaseRecord.ProcessRecord> processes) {
    Set<String> stages = new LinkedHashSet<>();
    Set<String> waitingFor = new LinkedHashSet<>();
    List<Date> deadlines = new ArrayList<>();
    for (CaseRecord.ProcessRecord process : processes) {
      for (CaseRecord.Step step : process.steps()) {
        if (step.endTime() != null || CONTAINERS.contains(step.type())) {
          continue;
        }
        stages.add(step.name() != null ? step.name() : step.activityId());
        waitingFor.addAll(step.waitingFor());
        if (step.due() != null) {
          deadlines.add(step.due());
        }
      }
    }
    Date next = deadlines.stream().min(Comparator.naturalOrder()).orElse(null);
    return new CaseRecord.Standing(List.copyOf(stages), List.copyOf(waitingFor), next,
        next != null && next.before(Date.from(clock.now())));
  }
}
