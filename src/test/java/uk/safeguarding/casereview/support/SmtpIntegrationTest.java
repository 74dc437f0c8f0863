package uk.safeguarding.casereview.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An integration test with a real SMTP server ({@link SmtpServer}, started before the application) that the
 * application sends to. Subclasses add {@link WebIntegrationTest} and their own mail settings.
 */
public abstract class SmtpIntegrationTest {

  protected static final SmtpServer SMTP = SmtpServer.onFreePort().start();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
  }

  /** Up again for the next class in the same JVM: the server is one per JVM, as is its port. */
  @BeforeAll
  static void startSmtp() {
    SMTP.start();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }
}
