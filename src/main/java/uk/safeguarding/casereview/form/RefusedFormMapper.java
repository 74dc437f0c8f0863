package uk.safeguarding.casereview.form;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import uk.safeguarding.casereview.engine.rest.EngineErrorAnswer;
import uk.safeguarding.casereview.engine.collision.Collisions;

/**
 * Answers 400 wherever the REST API refuses a form's values, in the same words on every call
 * ({@link FormRefusalAnswer}). Camunda answers 400 to {@code submit-form} (Tasklist's call) but wraps the same
 * refusal in a 500 on {@code /process-definition/…/start}, the call Camunda Modeler's "Start process
 * instance" makes: bad input would read as a server fault. A collision with
 * the case's own background work, which Camunda wraps the same way, is 409 ({@link EngineErrorAnswer}). Every
 * other error keeps Camunda's own answer. The priority puts this mapper before Camunda's for the same type.
 */
@Priority(1)
public class RefusedFormMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    if (Collisions.isCollision(exception)) {
      return EngineErrorAnswer.conflict();
    }
    FormFieldValidationException refusal = FormRefusalAnswer.refusalIn(exception);
    return refusal == null ? camunda.toResponse(exception) : FormRefusalAnswer.of(refusal);
  }
}
