package uk.safeguarding.casereview.report.recommendations;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * GET …/recommendations/access (200 or 403, for the link), …/recommendations (JSON), …/recommendations/export.csv and …/recommendations/export.xlsx, with the filter as query
 * parameters (agency, rag, state, overdue, theme, year), the same in Tasklist and Cockpit. The signed-in
 * person is the one the webapp's own login put on the engine.
 */
public final class TrackerRequests {

  public static final String XLSX = RecommendationsEndpoint.XLSX;

  private TrackerRequests() {
  }

  public static Map<String, Object> access(ProcessEngine engine) {
    return RecommendationsEndpoint.get().access(person(engine));
  }

  public static TrackerView view(ProcessEngine engine, UriInfo uri) {
    return RecommendationsEndpoint.get().view(person(engine), parameters(uri));
  }

  public static Response csv(ProcessEngine engine, UriInfo uri) {
    return RecommendationsEndpoint.get().csv(person(engine), parameters(uri));
  }

  public static Response workbook(ProcessEngine engine, UriInfo uri) {
    return RecommendationsEndpoint.get().workbook(person(engine), parameters(uri));
  }

  private static Authentication person(ProcessEngine engine) {
    return engine.getIdentityService().getCurrentAuthentication();
  }

  private static RecommendationFilter.Parameters parameters(UriInfo uri) {
    return name -> uri.getQueryParameters().getFirst(name);
  }
}
