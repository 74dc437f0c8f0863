package uk.safeguarding.casereview.webapps;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.safeguarding.casereview.access.web.JsonErrors;

/**
 * Puts Camunda's webapp sign-in answers into plain words. A login with the right password for an application
 * the person may not use is refused with who the application is for and a link to theirs ({@link
 * AppRefusals}), not "Wrong credentials, locked user or missing access rights"; a wrong password says so.
 * And "who is signed in?" asked without a session answers 401 (not signed in) rather than 404, which every
 * login page asked and the browser logged as a missing page.
 */
public class WebappLoginAnswers extends OncePerRequestFilter {

  private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/([^/]+)/login/([^/]+)/?");
  private static final Pattern WHO = Pattern.compile(".*/api/admin/auth/user/[^/]+/?");

  private final ProcessEngine engine;

  public WebappLoginAnswers(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    Matcher login = LOGIN.matcher(path);
    boolean isLogin = "POST".equals(request.getMethod()) && login.matches();
    boolean isWho = "GET".equals(request.getMethod()) && WHO.matcher(path).matches();
    if (!isLogin && !isWho) {
      chain.doFilter(request, response);
      return;
    }
    StatusCapture capture = new StatusCapture(response);
    chain.doFilter(request, capture);
    if (capture.replaceable()) {
      if (isWho && capture.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
        response.resetBuffer();
        JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "NotSignedIn", "Please log in.");
        return;
      }
      if (isLogin && answerRefusal(request, response, capture.getStatus(), login)) {
        return;
      }
    }
    capture.finish();
  }

  private boolean answerRefusal(HttpServletRequest request, HttpServletResponse response, int status,
                                Matcher login) throws IOException {
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.resetBuffer();
      JsonErrors.write(response, status, "WrongCredentials", "The user name or the password is wrong.");
      return true;
    }
    String engineName = login.group(1);
    String user = request.getParameter("username");
    if (status != HttpServletResponse.SC_FORBIDDEN || user == null || !engine.getName().equals(engineName)) {
      return false;
    }
    // Camunda answers 403 only after the password was right: what remains is which applications they may use
    UserAuthentication who = AuthenticationUtil.createAuthentication(engine, user);
    Set<String> apps = who == null ? Set.of() : who.getAuthorizedApps();
    Optional<String> refusal = AppRefusals.refusal(login.group(2), apps).map(AppRefusals.Refusal::text);
    if (refusal.isEmpty()) {
      return false;
    }
    response.resetBuffer();
    JsonErrors.write(response, status, "NotForYou", refusal.get());
    return true;
  }
}
