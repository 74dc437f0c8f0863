package uk.safeguarding.casereview.report.partnership;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.access.AccessTable;
import uk.safeguarding.casereview.access.Groups;
import uk.safeguarding.casereview.access.gate.Caller;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.report.QueryParameters;
import uk.safeguarding.casereview.report.board.BoardView;
import uk.safeguarding.casereview.report.board.CaseBoard;
import uk.safeguarding.casereview.report.board.ThemesByYear;
import uk.safeguarding.casereview.report.recommendations.RecommendationFilter;
import uk.safeguarding.casereview.report.recommendations.RecommendationScope;
import uk.safeguarding.casereview.report.recommendations.RecommendationTracker;
import uk.safeguarding.casereview.report.recommendations.RecommendationsCsv;
import uk.safeguarding.casereview.report.recommendations.RecommendationsWorkbook;
import uk.safeguarding.casereview.report.recommendations.TrackedRecommendation;
import uk.safeguarding.casereview.report.recommendations.TrackerView;

/**
 * What the partnership's views answer (the case board and the recommendations tracker), in Tasklist and in
 * Cockpit alike: their REST resources are created by the webapps (JAX-RS, outside Spring) and find this bean
 * here. Who is asking decides what is answered; no parameter names another agency's scope. Read only.
 */
@Component
public class PartnershipEndpoint {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static volatile PartnershipEndpoint current;

  private final RecommendationTracker tracker;
  private final CaseBoard board;
  private final ThemesByYear themes;
  private final RecommendationsCsv csv;
  private final RecommendationsWorkbook workbook;
  private final CaseReviewProperties properties;
  private final IdentityService identity;

  public PartnershipEndpoint(RecommendationTracker tracker, CaseBoard board, ThemesByYear themes,
                             RecommendationsCsv csv, RecommendationsWorkbook workbook,
                             CaseReviewProperties properties, IdentityService identity) {
    this.identity = identity;
    this.tracker = tracker;
    this.board = board;
    this.themes = themes;
    this.csv = csv;
    this.workbook = workbook;
    this.properties = properties;
    current = this;
  }

  static PartnershipEndpoint get() {
    PartnershipEndpoint endpoint = current;
    if (endpoint == null) {
      throw new IllegalStateException("The partnership's views are not ready yet");
    }
    return endpoint;
  }

  /**
   * What the person may open (403 if nothing): the board, whether the tracker shows every agency's, and
   * whether a case's reference may link to its history in Cockpit.
   */
  public Map<String, Object> access(Authentication person) {
    RecommendationScope scope = scopeOf(person);
    return Map.of("board", scope.everything(), "everyAgency", scope.everything(),
        "caseHistory", Groups.memberOfAny(person, AccessTable.CASE_HISTORY_READERS));
  }

  public BoardView board(Authentication person, QueryParameters parameters) {
    RecommendationScope scope = requireEverything(person);
    return answer(() -> read(scope, () -> board.view(parameters)));
  }

  public ThemesByYear.Table themes(Authentication person) {
    return read(requireEverything(person), themes::table);
  }

  public TrackerView recommendations(Authentication person, QueryParameters parameters) {
    RecommendationScope scope = scopeOf(person);
    return tracker.view(scope, filter(parameters));
  }

  public Response csv(Authentication person, QueryParameters parameters) {
    return download(csv.write(rows(person, parameters)), "text/csv; charset=UTF-8", "recommendations.csv");
  }

  /** The tracker's workbook; for the partnership-wide readers with the themes-by-year sheet too. */
  public Response workbook(Authentication person, QueryParameters parameters) {
    List<TrackedRecommendation> rows = rows(person, parameters);
    RecommendationScope scope = scopeOf(person);
    ThemesByYear.Table table = scope.everything() ? read(scope, themes::table) : null;
    return download(workbook.write(rows, table), XLSX, "recommendations.xlsx");
  }

  private List<TrackedRecommendation> rows(Authentication person, QueryParameters parameters) {
    RecommendationScope scope = scopeOf(person);
    return tracker.list(scope, filter(parameters));
  }

  private RecommendationScope requireEverything(Authentication person) {
    RecommendationScope scope = scopeOf(person);
    if (!scope.everything()) {
      throw new InvalidRequestException(Response.Status.FORBIDDEN, "The case board is for the business unit, the"
          + " review group, the safeguarding partners and auditors; an agency's lead has its recommendations");
    }
    return scope;
  }

  /**
   * Reads as the person when their engine rights cover it (auditors, the business unit), else with the
   * application's, their role checked above: the review group and partners hold no history rights of their own.
   */
  private <T> T read(RecommendationScope scope, Supplier<T> work) {
    return scope.ownRights() ? work.get() : Caller.asSystem(identity, work);
  }

  private RecommendationScope scopeOf(Authentication person) {
    Optional<RecommendationScope> scope = RecommendationScope.of(person, properties.getAgencies());
    return scope.orElseThrow(() -> new InvalidRequestException(Response.Status.FORBIDDEN, "The case board and"
        + " the recommendations tracker are for the business unit, the review group, the safeguarding partners,"
        + " agencies' safeguarding leads (their own agency's recommendations) and auditors"));
  }

  private RecommendationFilter filter(QueryParameters parameters) {
    return answer(() -> tracker.filter(parameters));
  }

  /** A filter that names nothing of this partnership is the asker's mistake: 400 with its message. */
  private static <T> T answer(Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  private static Response download(Object body, String type, String name) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store").build();
  }
}
