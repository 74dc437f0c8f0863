package uk.safeguarding.casereview.access.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Ends a webapp session this long after it began, however busy it has been, so that a person taken out of a
 * directory group (or any group) cannot keep working in a session opened before: they must sign in again, and
 * the directory is asked afresh. The idle timeout ({@code server.servlet.session.timeout}) still applies too.
 */
public class SessionLifetime extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SessionLifetime.class);

  private final Duration maximum;
  private final Clock clock;

  public SessionLifetime(Duration maximum, Clock clock) {
    this.maximum = maximum;
    this.clock = clock;
  }

  /** Ends the session if it is past its end; a session a parallel request ended meanwhile is past it too. */
  private boolean pastItsEnd(HttpSession session) {
    try {
      if (clock.millis() - session.getCreationTime() <= maximum.toMillis()) {
        return false;
      }
      session.invalidate();
    } catch (IllegalStateException endedMeanwhile) {
      // already invalid
    }
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session == null || !pastItsEnd(session)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("A session older than {} ended; its user signs in again", maximum);
    if ("GET".equals(request.getMethod()) && !request.getRequestURI().contains("/api/")) {
      String query = request.getQueryString();
      // one leading slash: "//host/..." would send the browser to another site
      String path = request.getRequestURI().replaceFirst("^/+", "/");
      response.sendRedirect(path + (query == null ? "" : "?" + query));
    } else {
      JsonErrors.write(response, 401, "SessionExpired", "Your session has reached its maximum length: sign in again.");
    }
  }
}
