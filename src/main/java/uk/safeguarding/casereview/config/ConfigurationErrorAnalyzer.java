package uk.safeguarding.casereview.config;

import java.util.Locale;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reports invalid configuration with each key written as an operator writes it in application.yaml
 * ({@code casereview.timescales.rapid-review-working-days}); Spring Boot's own report uses the Java field
 * path for nested settings. Secrets are never echoed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConfigurationErrorAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
    StringBuilder description = new StringBuilder("The configuration is invalid:\n");
    for (ObjectError error : cause.getValidationErrors()) {
      description.append("\n  ").append(describe(error));
    }
    return new FailureAnalysis(description.toString(),
        "Correct these settings in application.yaml, a profile file or the environment, then start again.",
        cause);
  }

  private static String describe(ObjectError error) {
    if (!(error instanceof FieldError field)) {
      return error.getObjectName() + ": " + error.getDefaultMessage();
    }
    String key = dashed(field.getObjectName() + "." + field.getField());
    StringBuilder line = new StringBuilder(key).append(' ').append(field.getDefaultMessage());
    if (!key.toLowerCase(Locale.ROOT).contains("password") && field.getRejectedValue() != null
        && isSimple(field.getRejectedValue())) {
      line.append(" (was \"").append(field.getRejectedValue()).append("\")");
    }
    Origin origin = Origin.from(field);
    if (origin != null) {
      line.append(" [").append(origin).append(']');
    }
    return line.toString();
  }

  private static boolean isSimple(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>;
  }

  /** {@code casereview.timescales.rapidReviewWorkingDays} → {@code casereview.timescales.rapid-review-working-days}. */
  static String dashed(String path) {
    StringBuilder dashed = new StringBuilder();
    for (char c : path.toCharArray()) {
      if (Character.isUpperCase(c)) {
        dashed.append('-').append(Character.toLowerCase(c));
      } else {
        dashed.append(c);
      }
    }
    String name = dashed.toString();
    return ConfigurationPropertyName.isValid(name) ? ConfigurationPropertyName.of(name).toString() : name;
  }
}
