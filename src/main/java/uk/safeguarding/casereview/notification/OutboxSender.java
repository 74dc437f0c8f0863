package uk.safeguarding.casereview.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.notification.MailOutbox.Claimed;
import uk.safeguarding.casereview.notification.OutboxEntry.Status;

/**
 * Drains the outbox through SMTP, a batch at a time over one connection, until nothing is due. Each mail is
 * claimed before it is sent, so several nodes can drain one database; a failed attempt is retried with exponential backoff and after the last attempt the mail is
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
    // a morning's reminders go in one drain, a batch at a time, rather than one batch per poll interval
    int batchSize = properties.getBatchSize();
    List<Long> due;
    do {
      due = outbox.due(batchSize);
      sendAll(sender, outbox.claimAll(due, node, clock.now().plus(properties.getClaimTimeout())));
    } while (due.size() == batchSize && !Thread.currentThread().isInterrupted());
  }

  /** Sends a batch over one SMTP connection: connecting for every mail is what made the outbox slow. */
  private void sendAll(JavaMailSender sender, List<Claimed> claimed) {
    Map<MimeMessage, Claimed> messages = new LinkedHashMap<>();
    for (Claimed mail : claimed) {
      try {
        messages.put(message(sender, mail), mail);
      } catch (AddressException e) {
        outbox.markFailed(mail.id(), node, "Invalid recipient address '" + mail.recipient() + "': " + e.getMessage());
        LOG.warn("Mail {} to '{}' failed: not a valid address", mail.id(), mail.recipient());
      } catch (MessagingException | RuntimeException e) {
        failed(mail, e);
      }
    }
    if (messages.isEmpty()) {
      return;
    }
    Set<Claimed> notSent = new HashSet<>();
    try {
      sender.send(messages.keySet().toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      // each message that did not go is named, with its own error; a lost connection names all that were left
      e.getFailedMessages().forEach((message, error) -> {
        Claimed mail = messages.get(message);
        if (mail != null && notSent.add(mail)) {
          failed(mail, error);
        }
      });
      if (e.getFailedMessages().isEmpty()) {
        messages.values().stream().filter(notSent::add).forEach(mail -> failed(mail, e));
      }
    } catch (MailException e) {
      messages.values().stream().filter(notSent::add).forEach(mail -> failed(mail, e));
    }
    outbox.markSent(messages.values().stream().filter(mail -> !notSent.contains(mail)).map(Claimed::id).toList(),
        node);
  }

  private MimeMessage message(JavaMailSender sender, Claimed mail) throws MessagingException {
    InternetAddress to = new InternetAddress(mail.recipient(), true);
    RenderedMail rendered = templates.render(mail.kind(), mail.parameters());
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(properties.getFrom());
    helper.setTo(to);
    helper.setSubject(rendered.subject());
    helper.setText(rendered.text(), rendered.html());
    return message;
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
