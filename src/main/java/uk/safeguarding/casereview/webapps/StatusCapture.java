package uk.safeguarding.casereview.webapps;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Keeps an error status from being answered at once, so that a filter can answer it in words instead:
 * Camunda's webapp resources answer refusals with an empty error, which the servlet container would turn
 * into its own error page.
 */
class StatusCapture extends HttpServletResponseWrapper {

  private int status = SC_OK;
  private boolean errorHeld;

  StatusCapture(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setStatus(int status) {
    this.status = status;
    super.setStatus(status);
  }

  @Override
  public void sendError(int status) {
    this.status = status;
    this.errorHeld = true;
  }

  @Override
  public void sendError(int status, String message) {
    sendError(status);
  }

  @Override
  public int getStatus() {
    return status;
  }

  /** Whether the answer may still be replaced: nothing has been sent yet. */
  boolean replaceable() {
    return !getResponse().isCommitted();
  }

  /** Answers the held error as the resource meant it, when nobody replaced it. */
  void finish() throws IOException {
    if (errorHeld && !getResponse().isCommitted()) {
      ((HttpServletResponse) getResponse()).sendError(status);
    }
  }
}
