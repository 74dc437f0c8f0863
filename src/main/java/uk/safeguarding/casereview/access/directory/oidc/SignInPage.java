package uk.safeguarding.casereview.access.directory.oidc;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.HtmlUtils;

/**
 * The few pages of sign-in itself that the webapps cannot show: access refused, provider unreachable, signed
 * out, and the break-glass administrator's form. Plain HTML with the partnership's name; every value escaped,
 * no scripts, not to be framed.
 */
public final class SignInPage {

  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;"
      + "padding:0 1em;color:#1b1b1b;line-height:1.5}h1{font-size:1.4em}.partnership{color:#555}"
      + "label{display:block;margin-top:1em}input{font-size:1em;padding:.3em;width:100%}"
      + "button{margin-top:1.2em;font-size:1em;padding:.4em 1.2em}.refused{color:#a00}";

  private SignInPage() {
  }

  /** Writes a page: its title and paragraphs are text, escaped here; {@code html} is markup made by this class. */
  public static void write(HttpServletResponse response, int status, String partnership, String title,
                           String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + text(title) + " — "
        + text(partnership) + "</title><style>" + STYLE + "</style></head><body><main><p class=\"partnership\">"
        + text(partnership) + "</p><h1>" + text(title) + "</h1>" + html + "</main></body></html>");
  }

  public static String paragraph(String words) {
    return "<p>" + text(words) + "</p>";
  }

  public static String link(String href, String words) {
    return "<p><a href=\"" + text(href) + "\">" + text(words) + "</a></p>";
  }

  /** The break-glass administrator's form, posting to itself with the session's CSRF token. */
  public static String breakGlassForm(String action, String csrfName, String csrfToken, boolean refused) {
    return (refused ? "<p class=\"refused\" role=\"alert\">Wrong user name or password, or too many attempts:"
        + " wait and try again.</p>" : "")
        + "<form method=\"post\" action=\"" + text(action) + "\">"
        + "<label for=\"username\">Administrator's user name</label>"
        + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required>"
        + "<label for=\"password\">Password</label>"
        + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
        + "<input type=\"hidden\" name=\"" + text(csrfName) + "\" value=\"" + text(csrfToken) + "\">"
        + "<button type=\"submit\">Sign in</button></form>";
  }

  private static String text(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value);
  }
}
