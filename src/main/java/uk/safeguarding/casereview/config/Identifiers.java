package uk.safeguarding.casereview.config;

/** The shape of ids that end up as Camunda group ids, URL parts and mail keys. */
final class Identifiers {

  static final String PATTERN = "[a-z][a-z0-9-]{1,62}";
  static final String MESSAGE = "must be lower-case letters, digits and hyphens, starting with a letter";

  private Identifiers() {
  }
}
