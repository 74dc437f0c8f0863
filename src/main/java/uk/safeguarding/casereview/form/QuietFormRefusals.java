package uk.safeguarding.casereview.form;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a refused form out of the engine's error log. The engine logs every exception that ends a command at
 * ERROR with its stack trace (ENGINE-16004) unless it is one of a few kinds it knows to be the caller's
 * doing; a form refused by {@link FormSubmissionCheck} is the caller's doing too, and is logged there in
 * one line. It goes to the engine's DEBUG log instead. Every other failure is still an ERROR.
 */
@Component
public class QuietFormRefusals extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareContext(processEngineConfiguration);
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static boolean isRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }

  private static final class RefusalAwareContext extends CommandContext {

    RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      return isRefusal(exception) || super.shouldLogFine(exception);
    }
  }
}
