package uk.safeguarding.casereview.form;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The REST answer to a refused form: 400 with the form's own plain message, without Camunda's prefix that
 * names the process definition or task by id ("Cannot instantiate process definition serious-incident:1:…"),
 * and each field's problem, so that Tasklist can show it beside the field
 * ({@code scripts/case-review/form-feedback.js}) and an API client can see which key is wrong.
 */
public final class FormRefusalAnswer {

  private FormRefusalAnswer() {
  }

  public static Response of(FormFieldValidationException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormRefused");
    body.put("message", refusal.getMessage());
    body.put("problems", refusal instanceof FormValidationException ours ? problems(ours) : List.of());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(body).build();
  }

  /** The form refusal behind an error, however deep Camunda wrapped it; {@code null} for any other error. */
  public static FormFieldValidationException refusalIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refused) {
        return refused;
      }
    }
    return null;
  }

  private static List<Map<String, String>> problems(FormValidationException refusal) {
    return refusal.getFieldProblems().stream().map(problem -> {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("field", problem.field());
      entry.put("label", problem.label());
      entry.put("message", problem.problem());
      return entry;
    }).toList();
  }
}
