package uk.safeguarding.casereview.notification;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Authenticates with the SMTP server only when a user name is given: SMTP_USER and SMTP_PASSWORD may be left
 * empty for a relay that trusts the network (as the compose file's mail catcher does).
 */
@Component
public class SmtpSettings implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender) {
      boolean authenticate = sender.getUsername() != null && !sender.getUsername().isBlank();
      if (!authenticate) {
        sender.setUsername(null);
        sender.setPassword(null);
      }
      sender.getJavaMailProperties().setProperty("mail.smtp.auth", String.valueOf(authenticate));
    }
    return bean;
  }
}
