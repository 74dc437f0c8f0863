package uk.safeguarding.casereview.engine.collision;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * A step that still collided after {@link CollisionRetry} ran it again is 409 with what to do, not 500:
 * nothing of it was saved, and pressing Complete again works. Other engine errors keep Camunda's answer.
 */
@Priority(1)
public class CollisionAnswer implements ExceptionMapper<ProcessEngineException> {

  static final String MESSAGE = "This case was being changed by another step at the same moment, so nothing "
      + "you sent was saved. Please press Complete (or Start) again.";

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return Collisions.isCollision(exception) ? conflict() : ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  public static Response conflict() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", "Conflict");
    body.put("message", MESSAGE);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
