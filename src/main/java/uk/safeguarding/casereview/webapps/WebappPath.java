package uk.safeguarding.casereview.webapps;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/** Where the Camunda webapps are served, e.g. {@code /camunda}, without a trailing slash. */
@Component
public class WebappPath {

  private final String path;

  public WebappPath(CamundaBpmProperties camunda) {
    String configured = camunda.getWebapp().getApplicationPath();
    this.path = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }

  public String path() {
    return path;
  }
}
