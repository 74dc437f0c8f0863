package uk.safeguarding.casereview.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.JsonErrors;
import uk.safeguarding.casereview.access.web.RequestBody;

/**
 * Refuses any query whose {@code orQueries} carry an expression. Camunda 7.24.0 checks ad hoc queries for
 * expressions but not the "or" queries nested inside them, so {@code {"orQueries":[{"assigneeExpression":
 * "${...}"}]}} is evaluated on the server (expression injection). The fix is only in paid releases, so every
 * JSON body (as {@code RequestBodyGuard} parsed it) and query string sent to {@code /engine-rest} and to the
 * webapps' {@code /camunda/api/engine} is checked here. Tasklist's own filters are unaffected: their
 * expressions are stored by administrators and never travel in a request.
 */
public class OrQueryExpressionGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(OrQueryExpressionGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String OR_QUERIES = "orQueries";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> refusal = refusalInQueryString(request);
    if (refusal.isEmpty()) {
      refusal = RequestBody.json(request).flatMap(root -> find(root, "", false));
    }
    if (refusal.isPresent()) {
      LOG.warn("Refused a query with an expression in orQueries from {} (user {}): {} {} at {}",
          request.getRemoteAddr(), request.getRemoteUser(), request.getMethod(), request.getRequestURI(),
          refusal.get());
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "Expressions are not allowed in orQueries (found at " + refusal.get() + ").");
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<String> refusalInQueryString(HttpServletRequest request) {
    String[] values = request.getParameterMap().get(OR_QUERIES);
    if (request.getQueryString() == null || values == null) {
      return Optional.empty();
    }
    for (String value : values) {
      if (looksLikeExpression(value) || value.contains("Expression")) {
        return Optional.of(OR_QUERIES + " (query string)");
      }
    }
    return Optional.empty();
  }

  static Optional<String> refusalInBody(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      // malformed JSON is Camunda's to refuse, with its own message
      return Optional.empty();
    }
    return root == null ? Optional.empty() : find(root, "", false);
  }

  /**
   * Walks the JSON; inside {@code orQueries} any field named like Camunda's {@code ...Expression} parameters,
   * or any text that reads as EL, is an expression.
   */
  private static Optional<String> find(JsonNode node, String path, boolean insideOrQueries) {
    if (node.isTextual()) {
      return insideOrQueries && looksLikeExpression(node.asText()) ? Optional.of(path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), path + "[" + i + "]", insideOrQueries);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.isObject() ? node.fields() : Collections.emptyIterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (insideOrQueries && field.getKey().endsWith("Expression") && !field.getValue().isNull()) {
        return Optional.of(fieldPath);
      }
      Optional<String> found = find(field.getValue(), fieldPath, insideOrQueries || OR_QUERIES.equals(field.getKey()));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean looksLikeExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }
}
