package uk.safeguarding.casereview.review.referral.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** /camunda/api/tasklist/plugin/case-review-tasklist: the plugin's static files, and its resources per engine. */
@Path("plugin/" + CaseReviewTasklistPlugin.ID)
public class CaseReviewTasklistRootResource extends AbstractTasklistPluginRootResource {

  public CaseReviewTasklistRootResource() {
    super(CaseReviewTasklistPlugin.ID);
  }

  @Path("{engineName}/recommendations")
  public RecommendationsTasklistResource recommendations(@PathParam("engineName") String engineName) {
    return subResource(new RecommendationsTasklistResource(engineName), engineName);
  }

  @Path("{engineName}")
  public MyReferralsResource referrals(@PathParam("engineName") String engineName) {
    return subResource(new MyReferralsResource(engineName), engineName);
  }
}
