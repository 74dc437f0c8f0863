package uk.safeguarding.casereview.review.referral.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import uk.safeguarding.casereview.report.board.BoardView;
import uk.safeguarding.casereview.report.board.ThemesByYear;
import uk.safeguarding.casereview.report.partnership.PartnershipRequests;
import uk.safeguarding.casereview.report.recommendations.TrackerView;

/** The case board and the recommendations tracker in Tasklist, for the review group, partners and agencies' leads: see {@link PartnershipRequests}. */
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipTasklistResource extends AbstractTasklistPluginResource {

  public PartnershipTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("access")
  public Map<String, Object> access() {
    return PartnershipRequests.access(getProcessEngine());
  }

  @GET
  @Path("board")
  public BoardView board(@Context UriInfo uri) {
    return PartnershipRequests.board(getProcessEngine(), uri);
  }

  @GET
  @Path("themes")
  public ThemesByYear.Table themes() {
    return PartnershipRequests.themes(getProcessEngine());
  }

  @GET
  @Path("recommendations")
  public TrackerView recommendations(@Context UriInfo uri) {
    return PartnershipRequests.recommendations(getProcessEngine(), uri);
  }

  @GET
  @Path("recommendations/export.csv")
  @Produces("text/csv")
  public Response csv(@Context UriInfo uri) {
    return PartnershipRequests.csv(getProcessEngine(), uri);
  }

  @GET
  @Path("recommendations/export.xlsx")
  @Produces(PartnershipRequests.XLSX)
  public Response workbook(@Context UriInfo uri) {
    return PartnershipRequests.workbook(getProcessEngine(), uri);
  }
}
