package uk.safeguarding.casereview.webapps;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Someone signed in (to Tasklist, say) who opens an application their groups may not use gets Camunda's bare
 * 403, which Spring shows as "Whitelabel Error Page … type=Forbidden". This answers a page in plain words
 * instead: the partnership's name, who the application is for and a link to the one they may use.
 */
public class RefusedAppPage extends OncePerRequestFilter {

  private static final Pattern APP_PAGE = Pattern.compile("(.*/app/)([a-z]+)/([^/]+)/.*");

  private final String partnershipName;

  public RefusedAppPage(String partnershipName) {
    this.partnershipName = partnershipName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher page = APP_PAGE.matcher(request.getRequestURI());
    if (!"GET".equals(request.getMethod()) || !page.matches()) {
      chain.doFilter(request, response);
      return;
    }
    StatusCapture capture = new StatusCapture(response);
    chain.doFilter(request, capture);
    Optional<AppRefusals.Refusal> refusal = capture.getStatus() != HttpServletResponse.SC_FORBIDDEN
        ? Optional.empty() : signedIn(request.getSession(false), page.group(3))
            .flatMap(allowed -> AppRefusals.refusal(page.group(2), allowed));
    if (capture.replaceable() && refusal.isPresent()) {
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(html(page.group(2), refusal.get(), page.group(1), page.group(3))
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    capture.finish();
  }

  private String html(String app, AppRefusals.Refusal refusal, String appsRoot, String engine) {
    String name = HtmlUtils.htmlEscape(partnershipName);
    String title = name + " — " + AppRefusals.name(app);
    String link = refusal.targetApp() == null ? ""
        : "<a href=\"" + HtmlUtils.htmlEscape(appsRoot + refusal.targetApp() + "/" + engine + "/") + "\">"
            + refusal.targetName() + "</a>.";
    return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<style>body{font-family:sans-serif;margin:3em auto;max-width:40em;line-height:1.5;color:#333}"
        + ".partnership{font-weight:600;font-size:1.3em}</style></head><body><main>"
        + "<p class=\"partnership\">" + name + "</p><h1>" + AppRefusals.name(app) + "</h1>"
        + "<p class=\"case-review-refusal\">" + HtmlUtils.htmlEscape(refusal.reason() + "; " + refusal.instead())
        + link + "</p></main></body></html>\n";
  }

  private static Optional<Set<String>> signedIn(HttpSession session, String engine) {
    if (session == null) {
      return Optional.empty();
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine);
    return authentication instanceof UserAuthentication user
        ? Optional.of(user.getAuthorizedApps()) : Optional.empty();
  }
}
