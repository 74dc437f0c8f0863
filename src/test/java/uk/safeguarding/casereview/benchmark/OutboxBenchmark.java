package uk.safeguarding.casereview.benchmark;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.notification.MailKind;
import uk.safeguarding.casereview.notification.MailOutbox;
import uk.safeguarding.casereview.notification.MailParameters;
import uk.safeguarding.casereview.notification.MailProperties;
import uk.safeguarding.casereview.notification.MailTemplates;
import uk.safeguarding.casereview.notification.OutboxSender;
import uk.safeguarding.casereview.support.SmtpServer;

/**
 * A morning's reminders: 10,000 mails due at once, from the moment they are committed to the moment the last one
 * has reached the SMTP server, with one node and with two nodes draining the same database (where each mail
 * must still arrive exactly once). The application's own scheduled sender is node one, at the production poll
 * interval; node two is a second sender on the same database.
 */
final class OutboxBenchmark {

  private static final int MAILS = 10_000;
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private final ConfigurableApplicationContext app;
  private final SmtpServer smtp;
  private int round;

  OutboxBenchmark(ConfigurableApplicationContext app, SmtpServer smtp) {
    this.app = app;
    this.smtp = smtp;
  }

  void run(Figures figures, int runs) throws InterruptedException {
    Figures.Table table = figures.table("Mail outbox: 10,000 due mails to a local SMTP server (GreenMail)");
    List<Double> oneNode = new ArrayList<>();
    List<Double> twoNodes = new ArrayList<>();
    List<Double> duplicates = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      oneNode.add(deliver(false).seconds());
      Delivery both = deliver(true);
      twoNodes.add(both.seconds());
      duplicates.add((double) both.duplicates());
    }
    Figures.figure(table, "one node: until the last mail is at the SMTP server", "s", oneNode, "<= 120 s");
    Figures.figure(table, "two nodes on one database: the same", "s", twoNodes, "<= 120 s");
    Figures.figure(table, "two nodes: mails delivered more than once", "mails", duplicates, "0");
    table.notes().add("Timed from the commit that makes all 10,000 due; includes the wait for the next poll ("
        + app.getBean(MailProperties.class).getPollInterval().toSeconds() + " s) and rendering each mail.");
  }

  private record Delivery(double seconds, long duplicates) {
  }

  private Delivery deliver(boolean twoNodes) throws InterruptedException {
    smtp.reset();
    String batch = "run" + (++round);
    MailOutbox outbox = app.getBean(MailOutbox.class);
    Thread second = twoNodes ? secondNode() : null;
    long start = System.nanoTime();
    app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      for (int i = 0; i < MAILS; i++) {
        outbox.queue(MailKind.REMINDER, batch, "reminder-" + i, "lead" + (i % 200) + "@agency.example.org",
            new MailParameters("Benchmarkshire", "CR-2026-" + batch, "Child Benchmark", "Reminder " + batch + "/" + i,
                LocalDate.of(2026, 12, 1), "https://casereview.example.org/camunda/app/tasklist/"));
      }
    });
    long committed = System.nanoTime();
    long deadline = committed + PATIENCE.toNanos();
    // counting is cheap; reading 10,000 subjects while the mail is still arriving would slow the sender down
    while (smtp.messages().size() < MAILS && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - committed) / 1e9;
    if (second != null) {
      second.interrupt();
      second.join();
    }
    // whatever a node was still sending when the last distinct mail arrived would be a duplicate
    Thread.sleep(1000);
    List<String> subjects = received(batch);
    if (subjects.size() < MAILS) {
      throw new IllegalStateException("Only " + subjects.size() + " of " + MAILS + " mails arrived in " + PATIENCE);
    }
    Set<String> distinct = new HashSet<>(subjects);
    if (distinct.size() != MAILS) {
      throw new IllegalStateException("Mails missing: " + (MAILS - distinct.size()));
    }
    System.out.printf("  outbox (%s, queued in %.1f s): %,d mails in %.1f s%n", twoNodes ? "two nodes" : "one node",
        (committed - start) / 1e9, subjects.size(), seconds);
    return new Delivery(seconds, subjects.size() - distinct.size());
  }

  /** Node two: its own sender on the same database, polling at the same interval as the application's. */
  private Thread secondNode() {
    OutboxSender sender = new OutboxSender(app.getBeanProvider(JavaMailSender.class), app.getBean(MailOutbox.class),
        app.getBean(MailTemplates.class), app.getBean(MailProperties.class), app.getBean(CaseClock.class));
    long interval = app.getBean(MailProperties.class).getPollInterval().toMillis();
    Thread thread = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(interval);
          sender.drain();
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }, "second-node");
    thread.start();
    return thread;
  }

  private List<String> received(String batch) {
    String marker = "Reminder " + batch + "/";
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : smtp.messages()) {
      String subject = SmtpServer.subject(message);
      if (subject != null && subject.contains(marker)) {
        subjects.add(subject);
      }
    }
    return subjects;
  }
}
