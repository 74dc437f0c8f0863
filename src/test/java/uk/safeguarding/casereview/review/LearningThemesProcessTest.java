package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.LocalReviewForms.draftReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.reportSignedOff;
import static uk.safeguarding.casereview.support.ReviewForms.decision;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.ReviewForms.referral;
import static uk.safeguarding.casereview.support.ReviewForms.themes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.LocalReviewWalk;
import uk.safeguarding.casereview.support.ProcessTestBase;
import uk.safeguarding.casereview.support.RapidReviewWalk;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;

/**
 * The review group tags each review with learning themes from configuration when it decides on a review (or
 * screens a referral into one) and again when it approves the report; the case keeps the last tags.
 */
class LearningThemesProcessTest extends ProcessTestBase {

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2026, 11, 3, 11, 0);
  }

  private static List<String> themesOf(Object variable) {
    return JsonAssert.strings(variable);
  }

  @Test
  void the_decision_offers_the_configured_themes_and_takes_only_those() {
    String reference = startByForm("notifier", ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Sandpiper", "2026-11-02", "2026-11-01")).getBusinessKey();
    cases.complete("notifier", reference, "Task_RecordPanelNotification",
        form(CaseVariables.PANEL_NOTIFICATION_DATE, "2026-11-03", CaseVariables.PANEL_REFERENCE, "NOT-41"));
    RapidReviewWalk.toDecision(cases, reference, "2026-11-03", "learningAlreadyKnown");
    Task decide = cases.task(reference, "Task_DecideOnReview");

    List<Map<String, Object>> offered = JsonAssert.records(cases.variable(decide,
        CaseVariables.LEARNING_THEME_OPTIONS));
    assertThat(offered).hasSize(9).first().isEqualTo(Map.of("label", "Neglect", "value", "neglect"));
    assertThat(offered).extracting(option -> option.get("label")).contains("Sudden unexpected death in infancy");

    Map<String, Object> untagged = decision("no-further-review");
    untagged.remove(CaseVariables.LEARNING_THEMES);
    assertThatThrownBy(() -> cases.complete("chair", decide, untagged))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("(learningThemes) is required");
    Map<String, Object> unknown = decision("no-further-review");
    unknown.put(CaseVariables.LEARNING_THEMES, themes("neglect", "witchcraft"));
    assertThatThrownBy(() -> cases.complete("chair", decide, unknown))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(learningThemes) has choices that are not offered: witchcraft");
    assertThat(cases.openTaskKeys(reference)).containsExactly("Task_DecideOnReview");

    RapidReviewWalk.decideAndSend(cases, reference, "2026-11-03", "no-further-review", "agree");
    ProcessInstance incident = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ProcessKeys.SERIOUS_INCIDENT).singleResult();
    assertThat(themesOf(runtimeService.getVariable(incident.getId(), CaseVariables.LEARNING_THEMES)))
        .containsExactly("neglect", "information-sharing");
  }

  @Test
  void a_referral_is_tagged_when_screened_into_a_review_and_again_when_its_report_is_approved() {
    ProcessInstance referral = cases.startByForm("referrer", ProcessKeys.CASE_REFERRAL, referral());
    cases.runJobs();
    String reference = referral.getBusinessKey();
    assertThatThrownBy(() -> cases.complete("member", reference, "Task_ScreenReferral", form(
        "screeningOutcome", "learning-review", "screeningRationale", "Learning about attendance.")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("(learningThemes) is required");
    cases.complete("member", reference, "Task_ScreenReferral", form("screeningOutcome", "learning-review",
        "screeningRationale", "Learning about attendance.", CaseVariables.LEARNING_THEMES, themes("neglect")));
    assertThat(themesOf(runtimeService.getVariable(referral.getId(), CaseVariables.LEARNING_THEMES)))
        .containsExactly("neglect");

    LocalReviewWalk.toChronologies(cases, reference, false, "education");
    LocalReviewWalk.chronologiesAccepted(cases, reference, "education");
    LocalReviewWalk.learningGathered(cases, reference, false, "education");
    cases.complete("member", reference, "Task_DraftReport", draftReport(EngineClock.today().toString()));
    // the report bears out a theme the screening did not see: the group adds it as it approves
    cases.complete("member", reference, "Task_QualityAssureReport", form("qaOutcome", "approved",
        CaseVariables.LEARNING_THEMES, themes("neglect", "parental-mental-health")));
    for (String[] partner : new String[][] {{"partner.la", "Task_ReportSignOffLocalAuthority"},
        {"partner.icb", "Task_ReportSignOffIcb"}, {"partner.police", "Task_ReportSignOffPolice"}}) {
      cases.complete(partner[0], reference, partner[1], reportSignedOff());
    }
    LocalReviewWalk.published(cases, reference, false, recommendations());

    assertThat(referral).isEnded().hasPassed("EndEvent_NoRecommendations");
    assertThat(themesOf(historicVariable(referral, CaseVariables.LEARNING_THEMES)))
        .containsExactly("neglect", "parental-mental-health");
  }
}
