package uk.safeguarding.casereview.report.partnership;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.safeguarding.casereview.report.QueryParameters;
import uk.safeguarding.casereview.report.board.BoardView;
import uk.safeguarding.casereview.report.board.ThemesByYear;
import uk.safeguarding.casereview.report.recommendations.TrackerView;

/**
 * GET …/partnership/access (200 or 403, for the links), …/board, …/themes (by year), …/recommendations and its exports
 * …/recommendations/export.csv and …/recommendations/export.xlsx, with the filters as query parameters, the
 * same in Tasklist and Cockpit. The signed-in person is the one the webapp's own login put on the engine.
 */
public final class PartnershipRequests {

  public static final String XLSX = PartnershipEndpoint.XLSX;

  private PartnershipRequests() {
  }

  public static Map<String, Object> access(ProcessEngine engine) {
    return PartnershipEndpoint.get().access(person(engine));
  }

  public static BoardView board(ProcessEngine engine, UriInfo uri) {
    return PartnershipEndpoint.get().board(person(engine), parameters(uri));
  }

  public static ThemesByYear.Table themes(ProcessEngine engine) {
    return PartnershipEndpoint.get().themes(person(engine));
  }

  public static TrackerView recommendations(ProcessEngine engine, UriInfo uri) {
    return PartnershipEndpoint.get().recommendations(person(engine), parameters(uri));
  }

  public static Response csv(ProcessEngine engine, UriInfo uri) {
    return PartnershipEndpoint.get().csv(person(engine), parameters(uri));
  }

  public static Response workbook(ProcessEngine engine, UriInfo uri) {
    return PartnershipEndpoint.get().workbook(person(engine), parameters(uri));
  }

  private static Authentication person(ProcessEngine engine) {
    return engine.getIdentityService().getCurrentAuthentication();
  }

  private static QueryParameters parameters(UriInfo uri) {
    return name -> uri.getQueryParameters().getFirst(name);
  }
}
