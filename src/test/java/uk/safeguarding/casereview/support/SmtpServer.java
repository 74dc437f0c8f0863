package uk.safeguarding.casereview.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A real SMTP server in the test JVM (GreenMail) on a fixed loopback port, so that it can be stopped to play
 * an outage and started again where the application expects it.
 */
public final class SmtpServer implements AutoCloseable {

  private final int port;
  private GreenMail greenMail;

  private SmtpServer(int port) {
    this.port = port;
  }

  public static SmtpServer onFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new SmtpServer(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** Starts the server, unless it runs already. */
  public SmtpServer start() {
    if (greenMail != null) {
      return this;
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return this;
  }

  /** An account the server knows, for an application that logs in to send (SMTP AUTH). */
  public SmtpServer withLogin(String login, String password) {
    greenMail.setUser(login + "@relay.example.org", login, password);
    return this;
  }

  /** The outage: connections are refused until {@link #start()}. Mail received so far is dropped. */
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public List<MimeMessage> messages() {
    return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
  }

  public List<MimeMessage> messagesTo(String address) {
    return messages().stream().filter(message -> recipients(message).contains(address)).toList();
  }

  public void reset() {
    if (greenMail != null) {
      try {
        greenMail.purgeEmailFromAllMailboxes();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded plain-text part of a mail. */
  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The decoded HTML part of a mail. */
  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return part.getContent().toString();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = part(multipart.getBodyPart(i), type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits, on the wall clock, until the condition holds; fails the test after the timeout. */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what
            + " (engine clock " + ClockUtil.getCurrentTime() + ")");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for: " + what);
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
