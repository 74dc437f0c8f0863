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
import uk.safeguarding.casereview.report.recommendations.TrackerRequests;
import uk.safeguarding.casereview.report.recommendations.TrackerView;

/** The recommendations tracker in Tasklist, for the review group, partners and agencies' leads: see {@link TrackerRequests}. */
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsTasklistResource extends AbstractTasklistPluginResource {

  public RecommendationsTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("access")
  public Map<String, Object> access() {
    return TrackerRequests.access(getProcessEngine());
  }

  @GET
  public TrackerView view(@Context UriInfo uri) {
    return TrackerRequests.view(getProcessEngine(), uri);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response csv(@Context UriInfo uri) {
    return TrackerRequests.csv(getProcessEngine(), uri);
  }

  @GET
  @Path("export.xlsx")
  @Produces(TrackerRequests.XLSX)
  public Response workbook(@Context UriInfo uri) {
    return TrackerRequests.workbook(getProcessEngine(), uri);
  }
}
