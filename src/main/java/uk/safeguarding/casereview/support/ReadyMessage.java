package uk.safeguarding.casereview.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;

/** Tells whoever started the application where to go. */
@Component
public class ReadyMessage {

  private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

  private final CaseReviewProperties properties;

  public ReadyMessage(CaseReviewProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void ready() {
    String base = properties.publicBaseUrl();
    LOG.info("""

        {} case review engine is ready:
          Tasklist  {}/camunda/app/tasklist/
          Cockpit   {}/camunda/app/cockpit/
          Admin     {}/camunda/app/admin/
          REST API  {}/engine-rest (HTTP Basic)""",
        properties.getPartnershipName(), base, base, base, base);
  }
}
