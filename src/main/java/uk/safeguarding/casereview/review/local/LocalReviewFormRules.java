package uk.safeguarding.casereview.review.local;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.review.CaseVariables;

/** The rules of the local review's and the chronology request's forms that their schemas cannot express. */
@Configuration
public class LocalReviewFormRules {

  static final String DECISION = "the decision on the review";
  static final String REVISED_DATE = "revisedPublicationDate";

  @Bean
  FormRule independentReviewerRule(CaseClock clock) {
    return FormRule.of("commission-independent-reviewer", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "commissionedOn", clock.today(),
          values.date(CaseVariables.REVIEW_DECISION_DATE), DECISION);
      DateChecks.notInFuture(values, violations, "declarationDate", clock.today());
    });
  }

  @Bean
  FormRule groupReviewerRule(CaseClock clock) {
    return FormRule.of("appoint-group-reviewer", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "appointedOn", clock.today(),
          values.date(CaseVariables.REVIEW_DECISION_DATE), DECISION);
    });
  }

  @Bean
  FormRule termsOfReferenceRule(CaseClock clock) {
    return FormRule.of("agree-terms-of-reference", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, "scopeTo", clock.today(),
          values.date("scopeFrom"), "the start of the scope");
      DateChecks.notInFuture(values, violations, "termsOfReferenceDate", clock.today());
      DateChecks.notInFuture(values, violations, "termsAgreedOn", clock.today());
    });
  }

  @Bean
  FormRule chronologyRule(CaseClock clock) {
    return FormRule.notInFuture("submit-chronology", clock::today, "chronologyDate");
  }

  @Bean
  FormRule chronologyCheckRule(CaseClock clock) {
    return FormRule.afterToday("check-chronology", clock::today, CaseVariables.MORE_INFORMATION_BY);
  }

  @Bean
  FormRule practitionerEventPlanRule(CaseClock clock) {
    return FormRule.afterToday("plan-practitioner-event", clock::today, CaseVariables.EVENT_DATE);
  }

  @Bean
  FormRule practitionerEventRule(CaseClock clock) {
    return FormRule.notInFuture("record-practitioner-event", clock::today, "eventNotesDate");
  }

  @Bean
  FormRule familyRule(CaseClock clock) {
    return FormRule.notInFuture("involve-family", clock::today, "familyContactedOn");
  }

  @Bean
  FormRule draftReportRule(CaseClock clock) {
    return FormRule.notInFuture("draft-report", clock::today, "draftReportDate");
  }

  @Bean
  FormRule finalReportRule(CaseClock clock) {
    return FormRule.notInFuture("record-recommendations", clock::today, "finalReportDate");
  }

  @Bean
  FormRule delayToldRule(CaseClock clock) {
    return FormRule.notInFuture("tell-panel-of-delay", clock::today, "panelToldOfDelayOn");
  }

  /**
   * A delay means publication after the target the Panel is told will be missed, and after today once the
   * target has passed; only the later of the two is named.
   */
  @Bean
  FormRule delayRevisedDateRule(CaseClock clock) {
    return FormRule.of("tell-panel-of-delay", (values, violations) -> {
      LocalDate today = clock.today();
      LocalDate target = values.date(CaseVariables.LCSPR_TARGET_DATE);
      if (target != null && !target.isBefore(today)) {
        DateChecks.after(values, violations, REVISED_DATE, target, "the LCSPR target");
      } else {
        DateChecks.afterToday(values, violations, REVISED_DATE, today);
      }
    });
  }
}
