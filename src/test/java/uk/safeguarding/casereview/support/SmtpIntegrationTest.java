package uk.safeguarding.casereview.support;

import org.junit.jupiter.api.AfterAll;
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

  @AfterAll
  static void stopSmtp() {
    SMTP.close();
  }
}
