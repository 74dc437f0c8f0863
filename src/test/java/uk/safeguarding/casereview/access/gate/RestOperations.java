package uk.safeguarding.casereview.access.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every write operation of Camunda's REST API, as its OpenAPI description (in Camunda's artifacts) lists it. */
final class RestOperations {

  /** One operation: method, path template ({@code /task/{id}/claim}) and Camunda's name for it. */
  record Operation(String method, String path, String operationId) {

    @Override
    public String toString() {
      return method + " " + path + " (" + operationId + ")";
    }
  }

  private RestOperations() {
  }

  static List<Operation> writes() {
    JsonNode paths;
    try (InputStream in = RestOperations.class.getClassLoader().getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json (camunda-engine-rest-openapi) is not on the test classpath");
      }
      paths = new ObjectMapper().readTree(in).path("paths");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Operation> writes = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> path = entries.next();
      path.getValue().fields().forEachRemaining(method -> {
        String verb = method.getKey().toUpperCase();
        if (List.of("POST", "PUT", "DELETE", "PATCH").contains(verb)) {
          writes.add(new Operation(verb, path.getKey(), method.getValue().path("operationId").asText()));
        }
      });
    }
    return writes;
  }
}
