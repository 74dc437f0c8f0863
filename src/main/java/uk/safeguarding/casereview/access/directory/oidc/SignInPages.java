package uk.safeguarding.casereview.access.directory.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a person sees of sign-in outside the webapps: on the way in, straight to the provider (or a page saying
 * it cannot be reached, with the break-glass route); refused; signed out; the break-glass form.
 * In the security filter chain (after its CSRF filter, which gives the form its token) only when the directory
 * is an OpenID Connect provider.
 */
public class SignInPages extends OncePerRequestFilter implements AuthenticationEntryPoint,
    AuthenticationFailureHandler {

  public static final String BREAK_GLASS = "/break-glass";
  public static final String SIGNED_OUT = "/signed-out";

  private final String partnership;
  private final String providerName;
  private final String webappPath;
  private final ProviderRegistration provider;

  public SignInPages(String partnership, String providerName, String webappPath, ProviderRegistration provider) {
    this.partnership = partnership;
    this.providerName = providerName;
    this.webappPath = webappPath;
    this.provider = provider;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/oauth2/authorization/") && provider.current() == null) {
      unavailable(request, response); // a bookmarked sign-in link while the provider is down
    } else if (BREAK_GLASS.equals(path)) {
      breakGlass(request, response);
    } else if (SIGNED_OUT.equals(path)) {
      signedOut(request, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Someone not signed in opens a webapp page: to the provider, unless it cannot be reached. */
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
      throws IOException {
    if (provider.current() != null) {
      response.sendRedirect(request.getContextPath() + "/oauth2/authorization/" + ProviderRegistration.ID);
      return;
    }
    unavailable(request, response);
  }

  private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SignInPage.write(response, 503, partnership, "Sign-in is not available just now",
        SignInPage.paragraph("The partnership's sign-in service (" + providerName + ") cannot be reached. Try again"
            + " in a few minutes; if it goes on, tell your IT service desk.")
        + SignInPage.paragraph("The partnership's administrator can still sign in with the break-glass account:")
        + SignInPage.link(request.getContextPath() + BREAK_GLASS, "Break-glass administrator sign-in"));
  }

  /** The provider signed the person in but this application will not let them in. */
  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                      AuthenticationException refused) throws IOException {
    request.getSession().invalidate();
    String reason = refused.getMessage() == null || refused.getMessage().isBlank()
        ? "The sign-in did not complete." : refused.getMessage();
    SignInPage.write(response, 403, partnership, "No access to the case review engine",
        SignInPage.paragraph(reason)
        + SignInPage.link(request.getContextPath() + webappPath + "/app/tasklist/default/", "Try again"));
  }

  private void signedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SignInPage.write(response, 200, partnership, "You have signed out",
        SignInPage.paragraph("You have signed out of the case review engine. Close the browser if this is a shared"
            + " computer.")
        + SignInPage.link(request.getContextPath() + webappPath + "/app/tasklist/default/", "Sign in again"));
  }

  private void breakGlass(HttpServletRequest request, HttpServletResponse response) throws IOException {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    SignInPage.write(response, 200, partnership, "Break-glass administrator sign-in",
        SignInPage.paragraph("For the partnership's local administrator only, when the sign-in service ("
            + providerName + ") cannot be used. Everyone else signs in as usual:")
        + SignInPage.link(request.getContextPath() + webappPath + "/app/tasklist/default/", "Sign in")
        + SignInPage.breakGlassForm(request.getContextPath() + BREAK_GLASS, csrf.getParameterName(),
            csrf.getToken(), request.getParameter("refused") != null));
  }
}
