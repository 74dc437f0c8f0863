package uk.safeguarding.casereview.engine.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import uk.safeguarding.casereview.engine.collision.Collisions;
import uk.safeguarding.casereview.form.FormRefusalAnswer;

/**
 * Engine errors that are no fault of the server, answered as such instead of Camunda's 500: a step that
 * still collided after {@code CollisionRetry} ran it again is 409 with what to do (nothing of it was saved,
 * and pressing Complete again works); a new password the policy refuses is 400 (Camunda throws a plain
 * engine exception with that message, 7.24 being the last release). Other engine errors keep Camunda's
 * answer.
 */
@Priority(1)
public class EngineErrorAnswer implements ExceptionMapper<ProcessEngineException> {

  static final String MESSAGE = "This case was being changed by another step at the same moment, so nothing "
      + "you sent was saved. Please press Complete (or Start) again.";

  static final String PASSWORD_POLICY = "Password does not match policy";

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (Collisions.isCollision(exception)) {
      return conflict();
    }
    FormFieldValidationException refusal = FormRefusalAnswer.refusalIn(exception);
    if (refusal != null) {
      return FormRefusalAnswer.of(refusal);
    }
    if (PASSWORD_POLICY.equals(exception.getMessage())) {
      return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "The new password is too weak: use at "
          + "least 10 characters with a capital, a lower-case letter, a digit and a symbol.");
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  public static Response conflict() {
    return answer(Response.Status.CONFLICT, "Conflict", MESSAGE);
  }

  private static Response answer(Response.Status status, String type, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
