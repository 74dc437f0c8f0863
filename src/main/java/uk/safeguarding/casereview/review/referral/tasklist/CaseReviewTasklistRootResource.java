package uk.safeguarding.casereview.review.referral.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.webapp.plugin.spi.AppPlugin;
import uk.safeguarding.casereview.report.partnership.PartnershipResource;
import uk.safeguarding.casereview.webapps.SharedPluginAssets;

/** /camunda/api/tasklist/plugin/case-review-tasklist: the plugin's static files, and its resources per engine. */
@Path("plugin/" + CaseReviewTasklistPlugin.ID)
public class CaseReviewTasklistRootResource extends AbstractTasklistPluginRootResource {

  public CaseReviewTasklistRootResource() {
    super(CaseReviewTasklistPlugin.ID);
  }

  @Override
  protected List<String> getAllowedAssets() {
    return SharedPluginAssets.allowedWith(super.getAllowedAssets());
  }

  @Override
  protected InputStream getPluginAssetAsStream(AppPlugin plugin, String fileName) {
    InputStream shared = SharedPluginAssets.open(fileName);
    return shared != null ? shared : super.getPluginAssetAsStream(plugin, fileName);
  }

  /** The partnership's views (a resource of its own, the same in Tasklist and Cockpit). */
  @Path("{engineName}/partnership")
  public PartnershipResource partnership(@PathParam("engineName") String engineName) {
    return new PartnershipResource(Tasklist.getRuntimeDelegate().getProcessEngine(engineName));
  }

  @Path("{engineName}")
  public MyReferralsResource referrals(@PathParam("engineName") String engineName) {
    return subResource(new MyReferralsResource(engineName), engineName);
  }
}
