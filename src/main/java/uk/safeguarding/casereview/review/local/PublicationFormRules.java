package uk.safeguarding.casereview.review.local;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.calendar.Deadlines;
import uk.safeguarding.casereview.form.DateChecks;
import uk.safeguarding.casereview.form.FormRule;
import uk.safeguarding.casereview.form.FormValues;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The rules of publication that forms cannot express: an LCSPR is published (the report or the improvements),
 * never before 7 working days after the Panel and the Secretary of State have it, and stays up at least 12
 * months.
 */
@Configuration
public class PublicationFormRules {

  static final String AFTER_COPY = "7 working days after the copy reached the Panel and the Secretary of State";

  @Bean
  FormRule publicationDecisionRule(CaseClock clock, Deadlines deadlines) {
    return FormRule.of("decide-publication", (values, violations) -> {
      boolean lcspr = isLcspr(values);
      String type = values.text(CaseVariables.PUBLICATION_TYPE);
      if (lcspr && "not-published".equals(type)) {
        violations.reject(CaseVariables.PUBLICATION_TYPE, "must not be \"Nothing\" for an LCSPR: when the report"
            + " cannot be published, publish the improvements to be made");
      }
      if ("full-report".equals(type) && !values.has("publicationProducts", "full-report")) {
        violations.reject("publicationProducts", "must include the full report when the full report is published");
      }
      LocalDate today = clock.today();
      if (lcspr) {
        // the copy could go today at the earliest
        DateChecks.notBefore(values, violations, CaseVariables.PLANNED_PUBLICATION_DATE,
            deadlines.earliestPublication(today, today), "7 working days from today, for the copy to the Panel"
                + " and the Secretary of State");
      } else {
        DateChecks.notBefore(values, violations, CaseVariables.PLANNED_PUBLICATION_DATE, today, "today");
      }
    });
  }

  @Bean
  FormRule prePublicationCopyRule(CaseClock clock, Deadlines deadlines) {
    return FormRule.of("send-pre-publication-copy", (values, violations) -> {
      DateChecks.notInFuture(values, violations, CaseVariables.SENT_TO_PANEL_ON, clock.today());
      DateChecks.notInFuture(values, violations, CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON, clock.today());
      DateChecks.notInFuture(values, violations, "prePublicationCopyDate", clock.today());
      DateChecks.notBefore(values, violations, CaseVariables.PLANNED_PUBLICATION_DATE,
          earliestAfterCopy(values, deadlines), AFTER_COPY);
    });
  }

  @Bean
  FormRule proceedingsConcludedRule(CaseClock clock, Deadlines deadlines) {
    return FormRule.of("confirm-proceedings-concluded", (values, violations) -> {
      DateChecks.notInFuture(values, violations, "proceedingsConcludedOn", clock.today());
      DateChecks.notBefore(values, violations, CaseVariables.PLANNED_PUBLICATION_DATE, clock.today(), "today");
      DateChecks.notBefore(values, violations, CaseVariables.PLANNED_PUBLICATION_DATE,
          earliestAfterCopy(values, deadlines), AFTER_COPY);
    });
  }

  @Bean
  FormRule publicationRule(CaseClock clock, Deadlines deadlines) {
    return FormRule.of("record-publication", (values, violations) -> {
      DateChecks.pastAndNotBefore(values, violations, CaseVariables.PUBLISHED_ON, clock.today(),
          earliestAfterCopy(values, deadlines), AFTER_COPY);
      DateChecks.notInFuture(values, violations, "nspccCopySentOn", clock.today());
      LocalDate published = values.date(CaseVariables.PUBLISHED_ON);
      if (published != null) {
        DateChecks.notBefore(values, violations, CaseVariables.ONLINE_UNTIL, deadlines.earliestRemoval(published),
            "the minimum time on the website after publication");
      }
    });
  }

  /** For an LCSPR whose copy has gone: the first day it may be published; otherwise no limit (null). */
  private static LocalDate earliestAfterCopy(FormValues values, Deadlines deadlines) {
    LocalDate panel = values.date(CaseVariables.SENT_TO_PANEL_ON);
    LocalDate secretaryOfState = values.date(CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON);
    return isLcspr(values) && panel != null && secretaryOfState != null
        ? deadlines.earliestPublication(panel, secretaryOfState) : null;
  }

  private static boolean isLcspr(FormValues values) {
    return LocalReviews.LCSPR.equals(values.text(CaseVariables.REVIEW_DECISION));
  }
}
