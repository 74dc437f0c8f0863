package uk.safeguarding.casereview.access.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user name and password of an HTTP Basic {@code Authorization} header. */
public record BasicCredentials(String user, String password) {

  /** The request's Basic credentials; empty when it has none or they cannot be read. */
  public static Optional<BasicCredentials> of(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(colon < 0 ? new BasicCredentials(decoded, "")
          : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the request carries an Authorization header of the Basic scheme at all. */
  public static boolean present(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
