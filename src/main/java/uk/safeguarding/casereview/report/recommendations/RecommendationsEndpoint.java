package uk.safeguarding.casereview.report.recommendations;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/**
 * What the tracker's REST resources answer, in Tasklist and in Cockpit alike: those resources are created by
 * the webapps (JAX-RS, outside Spring) and find this bean here. Who is asking decides whose recommendations
 * are answered; no parameter names another agency's scope. Read only.
 */
@Component
public class RecommendationsEndpoint {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static volatile RecommendationsEndpoint current;

  private final RecommendationTracker tracker;
  private final RecommendationsCsv csv;
  private final RecommendationsWorkbook workbook;
  private final CaseReviewProperties properties;

  public RecommendationsEndpoint(RecommendationTracker tracker, RecommendationsCsv csv,
                                 RecommendationsWorkbook workbook, CaseReviewProperties properties) {
    this.tracker = tracker;
    this.csv = csv;
    this.workbook = workbook;
    this.properties = properties;
    current = this;
  }

  public static RecommendationsEndpoint get() {
    RecommendationsEndpoint endpoint = current;
    if (endpoint == null) {
      throw new IllegalStateException("The recommendations tracker is not ready yet");
    }
    return endpoint;
  }

  /** Whether the person may use the tracker (403 if not), and whether they see every agency's. */
  public Map<String, Object> access(Authentication person) {
    return Map.of("everyAgency", scopeOf(person).everything());
  }

  public TrackerView view(Authentication person, RecommendationFilter.Parameters parameters) {
    return tracker.view(scopeOf(person), filter(parameters));
  }

  public Response csv(Authentication person, RecommendationFilter.Parameters parameters) {
    List<TrackedRecommendation> rows = rows(person, parameters);
    return download(csv.write(rows), "text/csv; charset=UTF-8", "recommendations.csv");
  }

  public Response workbook(Authentication person, RecommendationFilter.Parameters parameters) {
    List<TrackedRecommendation> rows = rows(person, parameters);
    return download(workbook.write(rows), XLSX, "recommendations.xlsx");
  }

  private List<TrackedRecommendation> rows(Authentication person, RecommendationFilter.Parameters parameters) {
    RecommendationScope scope = scopeOf(person);
    return tracker.list(scope, filter(parameters));
  }

  private RecommendationScope scopeOf(Authentication person) {
    return RecommendationScope.of(person, properties.getAgencies()).orElseThrow(() -> new InvalidRequestException(
        Response.Status.FORBIDDEN, "The recommendations tracker is for the business unit, the review group, the"
        + " safeguarding partners, agencies' safeguarding leads (their own agency's) and auditors"));
  }

  private RecommendationFilter filter(RecommendationFilter.Parameters parameters) {
    try {
      return tracker.filter(parameters);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  private static Response download(Object body, String type, String name) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store").build();
  }
}
