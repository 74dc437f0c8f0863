package uk.safeguarding.casereview.engine.rest;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import uk.safeguarding.casereview.form.RefusedFormMapper;

/**
 * Adds our answers to refused forms (400), collisions (409) and refused passwords (400) to every Jersey application in the
 * application: the REST API at {@code /engine-rest} and the webapps' APIs that Tasklist and Cockpit call,
 * which Camunda registers itself. Jersey finds this through {@code META-INF/services}.
 */
public class RestAnswers implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {RefusedFormMapper.class, EngineErrorAnswer.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
