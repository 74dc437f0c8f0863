package uk.safeguarding.casereview.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Refuses Camunda Admin's first-run setup endpoint ({@code /camunda/api/admin/setup/**}). In 7.24.0 it creates
 * an administrator whenever {@code camunda-admin} has no direct member (CVE-2026-77226); here the administrator
 * comes from configuration, so the endpoint has no legitimate use.
 */
public class AdminSetupBlock extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupBlock.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    LOG.warn("Refused a request to Camunda's first-run setup from {}: {} {}", request.getRemoteAddr(),
        request.getMethod(), request.getRequestURI());
    JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
        "The first-run setup is disabled: the administrator account comes from configuration "
            + "(casereview.administrator, ADMIN_USER and ADMIN_PASSWORD in production).");
  }
}
