package uk.safeguarding.casereview.report.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The auditors' Cockpit plugin: case history and the statutory timeliness report. Cockpit finds it through
 * META-INF/services, serves its REST resources under /camunda/api/cockpit/plugin/case-review/ behind Cockpit's
 * own login, and loads plugin-webapp/case-review/app/plugin.js into the page.
 */
public class CaseReviewCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "case-review";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseReviewPluginRootResource.class);
  }
}
