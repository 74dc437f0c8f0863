package uk.safeguarding.casereview.report.partnership;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
 * …/partnership in Tasklist's and Cockpit's plugin APIs alike, read only: {@code access} (200 or 403, for the
 * links), {@code board}, {@code themes} (by year), {@code recommendations} and its exports
 * {@code recommendations/export.csv} and {@code .xlsx}, with the filters as query parameters. The signed-in
 * person is the one the webapp's own login put on the engine; {@link PartnershipEndpoint} decides what they see.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipResource {

  private final ProcessEngine engine;

  public PartnershipResource(ProcessEngine engine) {
    this.engine = engine;
  }

  @GET
  @Path("access")
  public Map<String, Object> access() {
    return PartnershipEndpoint.get().access(person());
  }

  @GET
  @Path("board")
  public BoardView board(@Context UriInfo uri) {
    return PartnershipEndpoint.get().board(person(), parameters(uri));
  }

  @GET
  @Path("themes")
  public ThemesByYear.Table themes() {
    return PartnershipEndpoint.get().themes(person());
  }

  @GET
  @Path("recommendations")
  public TrackerView recommendations(@Context UriInfo uri) {
    return PartnershipEndpoint.get().recommendations(person(), parameters(uri));
  }

  @GET
  @Path("recommendations/export.csv")
  @Produces("text/csv")
  public Response csv(@Context UriInfo uri) {
    return PartnershipEndpoint.get().csv(person(), parameters(uri));
  }

  @GET
  @Path("recommendations/export.xlsx")
  @Produces(PartnershipEndpoint.XLSX)
  public Response workbook(@Context UriInfo uri) {
    return PartnershipEndpoint.get().workbook(person(), parameters(uri));
  }

  private Authentication person() {
    return engine.getIdentityService().getCurrentAuthentication();
  }

  private static QueryParameters parameters(UriInfo uri) {
    return name -> uri.getQueryParameters().getFirst(name);
  }
}
