package uk.safeguarding.casereview.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every deployed Camunda Form with its templates escaped ({@link TemplateEscaping}): the task forms and
 * start forms that Tasklist fetches ({@code .../task/{id}/deployed-form}, {@code .../deployed-start-form}), on
 * the webapps' API and the REST API alike. The deployed file itself is unchanged, as Modeler shows it.
 */
public class EscapedFormTemplates extends OncePerRequestFilter {

  private static final Pattern FORM_PATHS = Pattern.compile(".*/(task/[^/]+/deployed-form"
      + "|process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)/?");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !FORM_PATHS.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, served);
    byte[] body = served.getContentAsByteArray();
    if (served.getStatus() == 200 && body.length > 0) {
      JsonNode schema = parse(body);
      if (schema != null && schema.has("components")) {
        served.resetBuffer();
        byte[] escaped = JSON.writeValueAsBytes(TemplateEscaping.escape(schema));
        served.getOutputStream().write(escaped);
      }
    }
    served.copyBodyToResponse();
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
