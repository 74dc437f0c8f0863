package uk.safeguarding.casereview.report.recommendations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.gate.Caller;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.Agency;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.LearningTheme;
import uk.safeguarding.casereview.report.HistoryPages;
import uk.safeguarding.casereview.report.ProcessLevelVariables;
import uk.safeguarding.casereview.report.QueryParameters;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.FormChoices;

/**
 * Every recommendation of every review, read from the action plans in history (running or finished), as
 * {@link TrackedRecommendation}s. Auditors and the business unit read history with their own engine rights.
 * The review group, the partners and agencies' leads hold no history rights and are given none (the engine's
 * rights are per process, and one plan holds every agency's recommendations and much more of the case): their
 * rows are read by the application once their role is checked, and cut to their scope here, before anything
 * leaves this class.
 */
@Component
public class RecommendationTracker {

  /** More action plans than this would be more than a century of a large partnership's reviews. */
  static final int MAX_PLANS = 20_000;
  private static final List<String> VARIABLES = List.of(CaseVariables.ACTION_PLAN, CaseVariables.CHILD_PSEUDONYM,
      CaseVariables.LEARNING_THEMES, CaseVariables.REVIEW_DECISION, CaseVariables.SCREENING_OUTCOME);

  private final HistoryService history;
  private final IdentityService identity;
  private final CaseReviewProperties properties;
  private final CaseClock clock;

  public RecommendationTracker(HistoryService history, IdentityService identity, CaseReviewProperties properties,
                               CaseClock clock) {
    this.history = history;
    this.identity = identity;
    this.properties = properties;
    this.clock = clock;
  }

  /** The recommendations in the person's scope that pass the filter: newest review first, then by number. */
  public List<TrackedRecommendation> list(RecommendationScope scope, RecommendationFilter filter) {
    return inScope(scope, filter.year()).stream().filter(filter::test).toList();
  }

  /** The tracker's page: the filtered rows, and the reporting years the person's recommendations span. */
  public TrackerView view(RecommendationScope scope, RecommendationFilter filter) {
    List<TrackedRecommendation> all = inScope(scope, null);
    List<TrackedRecommendation> rows = all.stream().filter(filter::test).toList();
    List<String> years = all.stream().map(TrackedRecommendation::reportingYear).distinct()
        .sorted(Comparator.reverseOrder()).toList();
    List<Agency> agencies = properties.getAgencies().stream().filter(agency -> scope.includes(agency.getId()))
        .toList();
    return new TrackerView(scope.everything(), rows, AgencyTotals.of(rows), years,
        FormChoices.of(agencies, Agency::getName, Agency::getId),
        FormChoices.of(properties.getLearningThemes(), LearningTheme::name, LearningTheme::id));
  }

  private List<TrackedRecommendation> inScope(RecommendationScope scope, ReportingYear year) {
    List<TrackedRecommendation> rows = scope.ownRights() ? read(year) : Caller.asSystem(identity, () -> read(year));
    return rows.stream().filter(row -> scope.includes(row.owningAgency()))
        .sorted(Comparator.comparing(TrackedRecommendation::agreedOn).reversed()
            .thenComparing(TrackedRecommendation::reference, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(TrackedRecommendation::number))
        .toList();
  }

  /** The filter a request's query parameters ask for, against this partnership's agencies and themes. */
  public RecommendationFilter filter(QueryParameters parameters) {
    Set<String> agencies = properties.getAgencies().stream().map(Agency::getId).collect(Collectors.toSet());
    Map<String, String> themes = properties.getLearningThemes().stream()
        .collect(Collectors.toMap(LearningTheme::id, LearningTheme::name));
    return RecommendationFilter.parse(parameters, agencies, themes, properties.getReporting().getYearStartMonth());
  }

  private List<TrackedRecommendation> read(ReportingYear year) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ACTION_PLAN);
    if (year != null) {
      // a day's margin either side: the year is settled exactly on each plan's day below
      query.startedAfter(clock.startOf(year.from().minusDays(1))).startedBefore(clock.endOf(year.to().plusDays(1)));
    }
    List<HistoricProcessInstance> plans = HistoryPages.all(
        query.orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc(), MAX_PLANS);
    Map<String, Map<String, Object>> variables = ProcessLevelVariables.of(history,
        plans.stream().map(HistoricProcessInstance::getId).toList(), VARIABLES);
    RecommendationRows rows = new RecommendationRows(properties, clock.today());
    List<TrackedRecommendation> all = new ArrayList<>();
    for (HistoricProcessInstance plan : plans) {
      LocalDate agreedOn = clock.dayOf(plan.getStartTime());
      all.addAll(rows.of(plan.getBusinessKey(), agreedOn, variables.getOrDefault(plan.getId(), Map.of())));
    }
    return all;
  }
}
