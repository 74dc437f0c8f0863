package uk.safeguarding.casereview.access.gate;

import java.util.Optional;
import java.util.regex.Matcher;

/** What an allowed write must also satisfy, beyond its method and path. */
public interface WriteCheck {

  /** A read sent as POST (Camunda's queries): the engine applies the person's read rights. */
  WriteCheck QUERY = (call, path) -> Optional.empty();

  /** Open before signing in: the webapps' login and logout. */
  WriteCheck ANYONE = new WriteCheck() {
    @Override
    public Optional<Refusal> check(ApiCall call, Matcher path) {
      return Optional.empty();
    }

    @Override
    public boolean openToAnonymous() {
      return true;
    }
  };

  /**
   * @param path the allow-list pattern matched against the call's path, with its groups (a task's id, ...)
   * @return why the call is refused, or empty to let it through
   */
  Optional<Refusal> check(ApiCall call, Matcher path);

  /**
   * Whether administrators are checked too. They may make any write, but a form submission is exactly its
   * form for everyone.
   */
  default boolean appliesToAdministrators() {
    return false;
  }

  /** Whether someone who has not signed in may send it. */
  default boolean openToAnonymous() {
    return false;
  }
}
