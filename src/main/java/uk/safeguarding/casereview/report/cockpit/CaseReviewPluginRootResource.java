package uk.safeguarding.casereview.report.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** /camunda/api/cockpit/plugin/case-review: the plugin's static files, and its resources per engine. */
@Path("plugin/" + CaseReviewCockpitPlugin.ID)
public class CaseReviewPluginRootResource extends AbstractCockpitPluginRootResource {

  public CaseReviewPluginRootResource() {
    super(CaseReviewCockpitPlugin.ID);
  }

  @Path("{engineName}/recommendations")
  public RecommendationsCockpitResource recommendations(@PathParam("engineName") String engineName) {
    return subResource(new RecommendationsCockpitResource(engineName), engineName);
  }

  @Path("{engineName}")
  public AuditResource audit(@PathParam("engineName") String engineName) {
    return subResource(new AuditResource(engineName), engineName);
  }
}
