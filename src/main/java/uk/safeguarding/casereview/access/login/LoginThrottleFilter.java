package uk.safeguarding.casereview.access.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.BasicCredentials;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Answers 429 with {@code Retry-After} to a login (HTTP Basic, the webapps' login form, or the break-glass form
 * when people sign in with an OpenID Connect provider) for a user who
 * must still wait after wrong passwords from this address, without checking the password. Also tells the
 * engine's password check which address the attempt comes from ({@link ClientAddress}).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final String BREAK_GLASS = "/break-glass";
  private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address = request.getRemoteAddr();
    Optional<String> user = userTried(request);
    Optional<Duration> wait = user.flatMap(name -> throttle.waitBefore(name, address));
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      LOG.info("Login for '{}' from {} held back {} s after wrong passwords", user.get(), address, seconds);
      response.setHeader("Retry-After", String.valueOf(seconds));
      if (request.getRequestURI().endsWith(BREAK_GLASS)) {
        // a form in a browser: back to it, which says to wait
        response.sendRedirect(request.getContextPath() + BREAK_GLASS + "?refused");
        return;
      }
      JsonErrors.write(response, 429, "TooManyAttempts", "Too many wrong passwords for this user from your "
          + "address. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
      return;
    }
    ClientAddress.set(address);
    try {
      chain.doFilter(request, response);
    } finally {
      ClientAddress.clear();
    }
  }

  private static Optional<String> userTried(HttpServletRequest request) {
    Optional<BasicCredentials> basic = BasicCredentials.of(request);
    if (basic.isPresent()) {
      return basic.map(BasicCredentials::user);
    }
    if ("POST".equals(request.getMethod()) && (WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()
        || request.getRequestURI().endsWith(BREAK_GLASS))) {
      return Optional.ofNullable(request.getParameter("username"));
    }
    return Optional.empty();
  }
}
