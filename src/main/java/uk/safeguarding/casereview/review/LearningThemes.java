package uk.safeguarding.casereview.review;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.config.LearningTheme;
import uk.safeguarding.casereview.support.FormChoices;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * The configured learning themes as the choices of the review group's forms ({@code learningThemeOptions}).
 * Named {@code themes} in diagrams: {@code learningThemes} is the case's variable of the themes chosen, and a
 * variable of a bean's name would hide the bean.
 */
@Component("themes")
public class LearningThemes {

  private final CaseReviewProperties properties;

  public LearningThemes(CaseReviewProperties properties) {
    this.properties = properties;
  }

  /** Puts the configured themes into the case, as they are configured when the task begins. */
  public void offerChoices(VariableScope scope) {
    JsonVariables.set(scope, CaseVariables.LEARNING_THEME_OPTIONS,
        FormChoices.of(properties.getLearningThemes(), LearningTheme::name, LearningTheme::id));
  }
}
