package uk.safeguarding.casereview.access.directory;

/** A directory sign-in this application will not accept, with the reason in words the person can pass on to IT. */
public class SignInRefused extends RuntimeException {

  public SignInRefused(String reason) {
    super(reason);
  }
}
