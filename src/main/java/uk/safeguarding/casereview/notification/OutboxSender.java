package uk.safeguarding.casereview.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.notification.MailOutbox.Claimed;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;

/**
 * Drains the outbox through SMTP. Each mail is claimed before it is sent, so several nodes can drain one
 * database; a failed attempt is retried with exponential backoff and after the last attempt the mail is
 * marked failed for an operator to see and retry. A malformed address fails at once: no retry can mend it.
 * Without {@code spring.mail.host} nothing is sent and every mail waits in the outbox.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final MailProperties properties;
  private final CaseClock clock;
  private final Backoff backoff;
  private final String node = nodeName();
  private long heldReported = -1;

  public OutboxSender(ObjectProvider<JavaMailSender> mailSender, MailOutbox outbox, MailTemplates templates,
                      MailProperties properties, CaseClock clock) {
    this.mailSender = mailSender;
    this.outbox = outbox;
    this.templates = templates;
    this.properties = properties;
    this.clock = clock;
    this.backoff = new Backoff(properties.getInitialBackoff(), properties.getMaxBackoff());
  }

  @Scheduled(fixedDelayString = "${casereview.mail.poll-interval}",
      initialDelayString = "${casereview.mail.poll-interval}")
  public void drain() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      reportHeld();
      return;
    }
    for (long id : outbox.due(properties.getBatchSize())) {
      Instant until = clock.now().plus(properties.getClaimTimeout());
      outbox.claim(id, node, until).ifPresent(mail -> send(sender, mail));
    }
  }

  private void send(JavaMailSender sender, Claimed mail) {
    InternetAddress to;
    try {
      to = new InternetAddress(mail.recipient(), true);
    } catch (AddressException e) {
      outbox.markFailed(mail.id(), node, "Invalid recipient address '" + mail.recipient() + "': " + e.getMessage());
      LOG.warn("Mail {} to '{}' failed: not a valid address", mail.id(), mail.recipient());
      return;
    }
    try {
      RenderedMail rendered = templates.render(mail.kind(), mail.parameters());
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.getFrom());
      helper.setTo(to);
      helper.setSubject(rendered.subject());
      helper.setText(rendered.text(), rendered.html());
      sender.send(message);
      outbox.markSent(mail.id(), node);
    } catch (MessagingException | RuntimeException e) {
      failed(mail, e);
    }
  }

  private void failed(Claimed mail, Exception error) {
    int attempts = mail.attempts() + 1;
    String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
    if (attempts >= properties.getMaxAttempts()) {
      outbox.markFailed(mail.id(), node, "Gave up after " + attempts + " attempts. Last error: " + reason);
      LOG.error("Mail {} to {} failed for good after {} attempts: {}", mail.id(), mail.recipient(), attempts, reason);
    } else {
      Instant next = clock.now().plus(backoff.after(attempts));
      outbox.markRetry(mail.id(), node, next, reason);
      LOG.warn("Mail {} to {} not sent (attempt {}), retrying at {}: {}", mail.id(), mail.recipient(), attempts,
          next, reason);
    }
  }

  /** Says once, and again whenever the number changes, how much mail waits for an SMTP server. */
  private void reportHeld() {
    Map<Status, Long> counts = outbox.counts();
    long held = counts.get(Status.PENDING);
    if (held != heldReported) {
      heldReported = held;
      if (held > 0) {
        LOG.info("No SMTP server is configured (spring.mail.host): {} mail(s) wait in the outbox and will be sent"
            + " once one is", held);
      }
    }
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}
