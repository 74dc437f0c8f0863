package uk.safeguarding.casereview.access.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors in the shape of Camunda's REST API ({@code {"type": ..., "message": ...}}), which Tasklist shows. */
public final class JsonErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {
  }

  public static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
