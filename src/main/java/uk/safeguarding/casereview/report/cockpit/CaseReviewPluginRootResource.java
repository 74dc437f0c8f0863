package uk.safeguarding.casereview.report.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.webapp.plugin.spi.AppPlugin;
import uk.safeguarding.casereview.report.partnership.PartnershipResource;
import uk.safeguarding.casereview.webapps.SharedPluginAssets;

/** /camunda/api/cockpit/plugin/case-review: the plugin's static files, and its resources per engine. */
@Path("plugin/" + CaseReviewCockpitPlugin.ID)
public class CaseReviewPluginRootResource extends AbstractCockpitPluginRootResource {

  public CaseReviewPluginRootResource() {
    super(CaseReviewCockpitPlugin.ID);
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
    return new PartnershipResource(Cockpit.getProcessEngine(engineName));
  }

  @Path("{engineName}")
  public AuditResource audit(@PathParam("engineName") String engineName) {
    return subResource(new AuditResource(engineName), engineName);
  }
}
