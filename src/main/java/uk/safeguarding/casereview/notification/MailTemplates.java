package uk.safeguarding.casereview.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from its kind's Thymeleaf templates ({@code templates/mail/<kind>.txt} and {@code .html}, the
 * opening lines) inside the shared layout (case, due date, link, footer).
 * Templates see only {@link MailParameters}, so they cannot print anything else about a case.
 */
@Component
public class MailTemplates {

  static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter UK_SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private static final String LAYOUT = "mail/layout";

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  public RenderedMail render(MailKind kind, MailParameters parameters) {
    Context context = new Context(Locale.UK);
    context.setVariable("mail", parameters);
    context.setVariable("kind", kind);
    context.setVariable("dueDate", parameters.dueDate() == null ? null : UK_DATE.format(parameters.dueDate()));
    // one layout per format around the kind's own opening lines
    context.setVariable("intro", kind.template());
    return new RenderedMail(subject(kind, parameters), text.process(LAYOUT, context), html.process(LAYOUT, context));
  }

  /** {@code [CR-2026-0001] New task: Record the Panel notification (due 23 Nov 2026)}. */
  static String subject(MailKind kind, MailParameters parameters) {
    StringBuilder subject = new StringBuilder();
    if (parameters.caseReference() != null) {
      subject.append('[').append(parameters.caseReference()).append("] ");
    }
    subject.append(kind.subjectPrefix()).append(": ").append(parameters.subject());
    if (parameters.dueDate() != null) {
      subject.append(" (").append(kind.dateWord()).append(' ').append(UK_SHORT_DATE.format(parameters.dueDate())).append(')');
    }
    return subject.toString();
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    // Spring's expression language, as elsewhere in the application (plain Thymeleaf would need OGNL)
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
