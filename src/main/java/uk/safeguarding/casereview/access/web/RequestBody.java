package uk.safeguarding.casereview.access.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The body of a request as {@link RequestBodyGuard} read and parsed it once for the filters after it. */
public final class RequestBody {

  static final String BYTES = RequestBody.class.getName() + ".bytes";
  static final String JSON = RequestBody.class.getName() + ".json";

  private RequestBody() {
  }

  public static byte[] bytes(HttpServletRequest request) {
    Object bytes = request.getAttribute(BYTES);
    return bytes instanceof byte[] body ? body : new byte[0];
  }

  /** The JSON body, when the request has one. */
  public static Optional<JsonNode> json(HttpServletRequest request) {
    return Optional.ofNullable((JsonNode) request.getAttribute(JSON));
  }
}
