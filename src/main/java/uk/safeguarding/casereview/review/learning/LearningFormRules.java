package uk.safeguarding.casereview.review.learning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;

/** The rules of the learning's forms beyond what each field checks itself. */
@Configuration
public class LearningFormRules {

  /** Each way of spreading the learning is recorded once it has happened. */
  @Bean
  FormRule learningSpreadRule(CaseClock clock) {
    return FormRule.of("record-learning-spread", (values, violations) -> DateChecks.entriesNotInFuture(values,
        violations, LearningSpread.SPREAD_ACTIVITIES, "spreadOn", clock.today()));
  }
}
