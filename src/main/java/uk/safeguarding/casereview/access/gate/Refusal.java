package uk.safeguarding.casereview.access.gate;

/**
 * Why the gate refuses a call, in the shape of Camunda's REST errors. Never 401 for a signed-in person:
 * Tasklist and Cockpit read 401 as "signed out" and send them back to the login page.
 */
public record Refusal(int status, String type, String message) {

  public static Refusal forbidden(String message) {
    return new Refusal(403, "Forbidden", message);
  }

  /** A write from someone not signed in: Tasklist and Cockpit then show their login page, as they should. */
  public static Refusal signIn() {
    return new Refusal(401, "AuthenticationException", "Please sign in.");
  }

  public static Refusal badRequest(String message) {
    return new Refusal(400, "InvalidRequestException", message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(404, "RestException", message);
  }

  public static Refusal unsupportedMediaType(String message) {
    return new Refusal(415, "InvalidRequestException", message);
  }
}
