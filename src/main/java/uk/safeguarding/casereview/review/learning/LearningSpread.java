package uk.safeguarding.casereview.review.learning;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;

/**
 * The learning of a review, spread and its impact checked ({@code learning-spread}): begun when the action plan
 * begins, as a process of its own under the case's reference, so the case closes with its last recommendation
 * while the check on practice waits its months.
 */
@Component("learning")
public class LearningSpread {

  /** What the learning's tasks and the auditors' history show of the case. */
  static final List<String> CARRIED = List.of(CaseVariables.CASE_REFERENCE, CaseVariables.CHILD_PSEUDONYM,
      CaseVariables.LEARNING_THEMES, CaseVariables.REVIEW_DECISION, CaseVariables.SCREENING_OUTCOME);
  static final String SPREAD_ACTIVITIES = "spreadActivities";

  private final CaseReviewProperties properties;
  private final CaseClock clock;

  public LearningSpread(CaseReviewProperties properties, CaseClock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Starts the case's learning-spread process with the case's reference, pseudonym, themes and review. */
  public void begin(DelegateExecution execution) {
    VariableMap variables = Variables.createVariables();
    for (String name : CARRIED) {
      TypedValue value = execution.getVariableTyped(name, false);
      if (value != null && value.getValue() != null) {
        variables.putValueTyped(name, value);
      }
    }
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.LEARNING_SPREAD, execution.getProcessBusinessKey(), variables);
  }

  /** The morning, the configured months after today (the day the spread was recorded), of the impact check. */
  public Date impactCheck() {
    LocalDate day = clock.today().plusMonths(properties.getTimescales().getLearningImpactMonths());
    return Date.from(day.atTime(9, 0).atZone(clock.zone()).toInstant());
  }
}
