package uk.safeguarding.casereview.review.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.CaseDriver.json;
import static uk.safeguarding.casereview.support.LocalReviewForms.prePublicationCopy;
import static uk.safeguarding.casereview.support.LocalReviewForms.publication;
import static uk.safeguarding.casereview.support.LocalReviewForms.publishFullReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.form.FeelConditions;
import uk.safeguarding.casereview.form.FormSchema;
import uk.safeguarding.casereview.form.FormValidationException;
import uk.safeguarding.casereview.notification.OutboxEntry;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * publication: what is published and when; an LCSPR's copy to the Panel and the Secretary of State 7 working
 * days ahead, held publication, and at least 12 months on the website.
 */
class PublicationProcessTest extends ProcessTestBase {

  @Autowired ManagementService managementService;

  @Override
  protected LocalDateTime startingAt() {
    // Thursday before the spring bank holiday (Monday 31 May 2027)
    return LocalDateTime.of(2027, 5, 27, 10, 0);
  }

  private ProcessInstance startPublication(String kind, boolean hold) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.REVIEW_DECISION, kind);
    if (hold) {
      variables.put(CaseVariables.HOLD_PUBLICATION, true);
      variables.put("holdReason", "The criminal trial is listed for June.");
    }
    return startCase(ProcessKeys.PUBLICATION, variables);
  }

  @Test
  void an_lcspr_is_published_only_seven_working_days_after_the_panel_and_the_secretary_of_state_have_it() {
    ProcessInstance instance = startPublication("lcspr", false);
    String reference = instance.getBusinessKey();
    Task decide = cases.task(reference, "Task_DecideWhatToPublish");
    // casereview.targets.decide-publication, 10 working days over the spring bank holiday: Friday 11 June
    assertThat(decide.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 6, 11, 23, 59, 59)));

    assertThatThrownBy(() -> cases.complete("chair", decide, form("publicationType", "not-published",
        "publicationReason", "A sibling could be identified.")))
        .isInstanceOf(FormValidationException.class)
        // the form does not offer it to an LCSPR, and the server refuses it all the same
        .hasMessageContaining("\"Publish\" (publicationType) must be one of full-report, improvements-only")
        .hasMessageContaining("(publicationType) must not be \"Nothing\" for an LCSPR");
    Map<String, Object> withoutReport = publishFullReport("2027-06-08");
    withoutReport.put("publicationProducts", json(List.of("executive-summary")));
    withoutReport.put("plannedPublicationDate", "2027-06-07");
    assertThatThrownBy(() -> cases.complete("chair", decide, withoutReport))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(publicationProducts) must include the full report")
        // today plus 7 working days, over the bank holiday: Tuesday 8 June
        .hasMessageContaining("(plannedPublicationDate) must not be before 7 working days from today, for the"
            + " copy to the Panel and the Secretary of State (8 June 2027)");
    cases.complete("chair", decide, publishFullReport("2027-06-10"));

    Task copy = cases.task(reference, "Task_SendPrePublicationCopy");
    // 7 working days before Thursday 10 June: Tuesday 1 June
    assertThat(copy.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 6, 1, 23, 59, 59)));
    Map<String, Object> tooSoon = prePublicationCopy("2027-05-27", "2027-06-07");
    tooSoon.put(CaseVariables.SENT_TO_SECRETARY_OF_STATE_ON, "2027-05-28");
    assertThatThrownBy(() -> cases.complete("business", copy, tooSoon))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(plannedPublicationDate) must not be before 7 working days after the copy reached"
            + " the Panel and the Secretary of State (9 June 2027)");
    cases.complete("business", copy, prePublicationCopy("2027-05-27", "2027-06-10"));

    cases.at(LocalDateTime.of(2027, 6, 7, 23, 59));
    assertThat(cases.tasks(reference, "Task_RecordPublication")).isEmpty();
    cases.at(LocalDateTime.of(2027, 6, 8, 0, 0));
    Task record = cases.task(reference, "Task_RecordPublication");
    assertThat(record.getDueDate()).isEqualTo(EngineClock.londonTime(LocalDateTime.of(2027, 6, 10, 23, 59, 59)));

    EngineClock.setLondonTime(LocalDateTime.of(2027, 6, 10, 9, 0));
    Map<String, Object> early = publication("2027-06-07", true);
    early.put(CaseVariables.ONLINE_UNTIL, "2028-06-06");
    early.remove("nspccCopySentOn");
    assertThatThrownBy(() -> cases.complete("business", record, early))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(publishedOn) must not be before 7 working days after the copy reached the Panel"
            + " and the Secretary of State (8 June 2027)")
        .hasMessageContaining("(onlineUntil) must not be before the minimum time on the website after publication"
            + " (7 June 2028)")
        .hasMessageContaining("(nspccCopySentOn) is required");
    cases.complete("business", record, publication("2027-06-10", true));

    assertThat(instance).isEnded().hasPassed("Event_SevenWorkingDaysAfterCopy", "Task_AnnouncePublication",
            "EndEvent_Published")
        .hasNotPassed("Task_ConfirmProceedingsConcluded");
    assertThat(mails(reference, "information")).extracting(OutboxEntry::recipient).contains(
        "partner.la@demo.example.org", "partner.icb@demo.example.org", "partner.police@demo.example.org",
        "chair@demo.example.org");
    assertThat(historicVariable(instance, CaseVariables.ONLINE_UNTIL)).isEqualTo("2028-06-10");
  }

  @Test
  void publication_held_for_parallel_proceedings_waits_for_the_business_unit_to_lift_the_hold() {
    ProcessInstance instance = startPublication("learning-review", true);
    String reference = instance.getBusinessKey();
    cases.complete("chair", reference, "Task_DecideWhatToPublish", form("publicationType", "improvements-only",
        "publicationReason", "A surviving sibling could be identified.",
        "publicationProducts", json(List.of("seven-minute-briefing", "partnership-response")),
        "plannedPublicationDate", "2027-06-30"));

    Task confirm = cases.task(reference, "Task_ConfirmProceedingsConcluded");
    assertThat(instance).hasNotPassed("Task_SendPrePublicationCopy");
    assertThatThrownBy(() -> cases.complete("business", confirm, form("proceedingsConcludedOn", "2027-05-26",
        "plannedPublicationDate", "2027-06-30")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(publicationMayProceed) must be ticked");
    cases.complete("business", confirm, form("proceedingsConcludedOn", "2027-05-26", "publicationMayProceed", true,
        "plannedPublicationDate", "2027-06-30"));

    cases.complete("business", reference, "Task_RecordPublication", publication("2027-05-27", false));
    assertThat(instance).isEnded().hasPassed("Task_ConfirmProceedingsConcluded", "EndEvent_Published");
  }

  @Test
  void a_learning_review_may_stay_unpublished_with_its_reason() {
    ProcessInstance instance = startPublication("learning-review", false);
    String reference = instance.getBusinessKey();
    assertThatThrownBy(() -> cases.complete("chair", reference, "Task_DecideWhatToPublish",
        form("publicationType", "not-published")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(publicationReason) is required");
    cases.complete("chair", reference, "Task_DecideWhatToPublish", form("publicationType", "not-published",
        "publicationReason", "The learning is shared through the partnership's briefings instead."));

    assertThat(instance).isEnded().hasPassed("EndEvent_NotPublished")
        .hasNotPassed("Task_SendPrePublicationCopy", "Task_RecordPublication");
    assertThat(mails(reference, "information")).isEmpty();
  }

  @Test
  void the_form_offers_an_lcspr_only_what_it_may_choose_and_a_learning_review_also_nothing() throws Exception {
    FormSchema form = FormSchema.parse(Files.readAllBytes(Path.of("forms", "decide-publication.form")));
    String choices = form.field(CaseVariables.PUBLICATION_TYPE).orElseThrow().valuesExpression();
    FeelConditions feel = new FeelConditions();

    assertThat(feel.choices(choices, Map.of(CaseVariables.REVIEW_DECISION, "lcspr")))
        .containsExactly("full-report", "improvements-only");
    assertThat(feel.choices(choices, Map.of(CaseVariables.REVIEW_DECISION, "learning-review")))
        .containsExactly("full-report", "improvements-only", "not-published");
  }
}
