package uk.safeguarding.casereview.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports the production profile's missing environment variables as a short start-up failure. */
public class MissingEnvironmentAnalyzer
    extends AbstractFailureAnalyzer<ProductionEnvironment.MissingVariablesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionEnvironment.MissingVariablesException cause) {
    return new FailureAnalysis(cause.getMessage() + ".",
        "Set " + String.join(", ", cause.getMissing()) + " (docker/.env.example lists every variable the"
            + " production profile reads), then start again.", cause);
  }
}
