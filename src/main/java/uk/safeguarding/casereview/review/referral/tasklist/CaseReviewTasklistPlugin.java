package uk.safeguarding.casereview.review.referral.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Our Tasklist plugin: "My referrals". Tasklist finds it through META-INF/services, serves its REST resources
 * under /camunda/api/tasklist/plugin/case-review-tasklist/ behind Tasklist's own login, and loads
 * plugin-webapp/case-review-tasklist/app/plugin.js into the page. Its id differs from the Cockpit plugin's,
 * whose page script is for Cockpit only.
 */
public class CaseReviewTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "case-review-tasklist";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseReviewTasklistRootResource.class);
  }
}
