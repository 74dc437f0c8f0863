package uk.safeguarding.casereview.access.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the body of every write to the APIs once, before anything else sees it: too large is 413, JSON that
 * is malformed, has a key twice or nests too deeply is 400, and a serialized Java object is 400 for everyone
 * (the engine would deserialize it; Camunda answered 500). Without this a 1 MB value or JSON nested beyond
 * the parser's limit reached the engine and came back as a server error.
 */
public class RequestBodyGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyGuard.class);
  private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");
  private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
      "X-Method-Override");
  static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

  private final RequestLimits limits;
  private final ObjectMapper json;

  public RequestBodyGuard(RequestLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.getMaxJsonDepth()).build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.json = new ObjectMapper(factory);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    for (String header : METHOD_OVERRIDES) {
      if (request.getHeader(header) != null) {
        JsonErrors.write(response, 400, "InvalidRequestException", "The header " + header + " is not accepted.");
        return;
      }
    }
    if (READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long limit = isMultipart(request) ? limits.getMaxUploadSize().toBytes() : limits.getMaxBodySize().toBytes();
    byte[] body = request.getContentLengthLong() > limit ? null : readAtMost(request.getInputStream(), limit);
    if (body == null) {
      LOG.warn("Refused a body over {} bytes from {} (user {}): {} {}", limit, request.getRemoteAddr(),
          request.getRemoteUser(), request.getMethod(), request.getRequestURI());
      JsonErrors.write(response, 413, "PayloadTooLarge",
          "The request is too large: at most " + limit / 1024 + " KB are accepted here.");
      return;
    }
    request.setAttribute(RequestBody.BYTES, body);
    if (body.length > 0 && isJson(request)) {
      Optional<String> refusal = parse(request, body);
      if (refusal.isPresent()) {
        JsonErrors.write(response, 400, "InvalidRequestException", refusal.get());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private Optional<String> parse(HttpServletRequest request, byte[] body) {
    JsonNode root;
    try (JsonParser parser = json.createParser(body)) {
      root = json.readTree(parser);
      if (parser.nextToken() != null) {
        return Optional.of("The request body is not valid JSON: more follows the first value.");
      }
    } catch (IOException e) {
      return Optional.of("The request body is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (root != null && !root.findValues("serializationDataFormat").stream()
        .filter(JsonNode::isTextual).filter(format -> format.asText().toLowerCase(Locale.ROOT)
            .contains(JAVA_SERIALIZATION)).toList().isEmpty()) {
      return Optional.of("Serialized Java objects are not accepted (serializationDataFormat "
          + JAVA_SERIALIZATION + "); send JSON values.");
    }
    request.setAttribute(RequestBody.JSON, root);
    return Optional.empty();
  }

  /** The body, or null when it is longer than the limit. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return body.length > limit ? null : body;
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).contains("json");
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    // Jackson quotes the offending source; it may be anything the client sent
    int source = line.indexOf(" (for ");
    return source < 0 ? line : line.substring(0, source);
  }
}
