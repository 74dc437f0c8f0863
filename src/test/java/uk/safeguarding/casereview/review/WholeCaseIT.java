package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.ActionPlanForms.closed;
import static uk.safeguarding.casereview.support.ActionPlanForms.completeWithEvidence;
import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.LocalReviewForms.chronology;
import static uk.safeguarding.casereview.support.LocalReviewForms.chronologyAccepted;
import static uk.safeguarding.casereview.support.LocalReviewForms.draftReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.eventHeld;
import static uk.safeguarding.casereview.support.LocalReviewForms.familyNotAppropriate;
import static uk.safeguarding.casereview.support.LocalReviewForms.finalReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.groupReviewer;
import static uk.safeguarding.casereview.support.LocalReviewForms.independentReviewer;
import static uk.safeguarding.casereview.support.LocalReviewForms.keyPracticeEpisodes;
import static uk.safeguarding.casereview.support.LocalReviewForms.noParallelProceedings;
import static uk.safeguarding.casereview.support.LocalReviewForms.practitionerEvent;
import static uk.safeguarding.casereview.support.LocalReviewForms.prePublicationCopy;
import static uk.safeguarding.casereview.support.LocalReviewForms.publication;
import static uk.safeguarding.casereview.support.LocalReviewForms.publishFullReport;
import static uk.safeguarding.casereview.support.LocalReviewForms.qaApproved;
import static uk.safeguarding.casereview.support.LocalReviewForms.reportSignedOff;
import static uk.safeguarding.casereview.support.LocalReviewForms.termsOfReference;
import static uk.safeguarding.casereview.support.ReviewForms.agencySummary;
import static uk.safeguarding.casereview.support.ReviewForms.agreed;
import static uk.safeguarding.casereview.support.ReviewForms.decision;
import static uk.safeguarding.casereview.support.ReviewForms.involvedAgencies;
import static uk.safeguarding.casereview.support.ReviewForms.meeting;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;
import static uk.safeguarding.casereview.support.ReviewForms.referral;
import static uk.safeguarding.casereview.support.ReviewForms.response;
import static uk.safeguarding.casereview.support.ReviewForms.submission;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.JsonAssert;
import uk.safeguarding.casereview.support.LearningForms;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SeriousIncidentFixtures;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.WholeCaseApplication;
import uk.safeguarding.casereview.support.WholeCaseTest;

/** Whole cases from a serious incident and from a referral to closure (see {@link WholeCaseTest}). */
@WholeCaseApplication
class WholeCaseIT extends WholeCaseTest {

  @Test
  void an_lcspr_with_two_agencies_and_two_recommendations_runs_from_the_serious_incident_to_closure() {
    // Monday 11 January 2027: the local authority became aware today
    EngineClock.setLondonTime(LocalDateTime.of(2027, 1, 11, 9, 0));
    String reference = as("notifier").start(ProcessKeys.SERIOUS_INCIDENT,
        SeriousIncidentFixtures.startForm("Child Scarlet", "2027-01-11", "2027-01-10"));
    assertThat(reference).matches("CR-2027-\\d{4}");
    assertThat(due(task("notifier", reference, "Task_RecordPanelNotification"))).isEqualTo(endOfDay(2027, 1, 18));

    at(reference, LocalDateTime.of(2027, 1, 12, 10, 0));
    complete("notifier", reference, "Task_RecordPanelNotification",
        form("panelNotificationDate", "2027-01-12", "panelReference", "NOT-2027-0042"));

    // the rapid review counts 15 working days from the notification: day 1 is 13 January, day 15 is 2 February
    assertThat(due(task("business", reference, "Task_NameInvolvedAgencies"))).isEqualTo(endOfDay(2027, 1, 13));
    complete("business", reference, "Task_NameInvolvedAgencies", involvedAgencies("police", "health"));
    assertThat(due(task("lead.police", reference, "Task_SubmitAgencySummary"))).isEqualTo(endOfDay(2027, 1, 21));
    complete("lead.police", reference, "Task_SubmitAgencySummary", agencySummary("ongoing"));
    complete("lead.health", reference, "Task_SubmitAgencySummary", agencySummary("limited"));
    complete("member", reference, "Task_HoldRapidReviewMeeting",
        meeting("2027-01-12", "criterionAgenciesWorkingTogether"));
    complete("chair", reference, "Task_DecideOnReview", decision("lcspr"));
    complete("partner.la", reference, "Task_SignOffLocalAuthority", agreed());
    complete("partner.icb", reference, "Task_SignOffIcb", agreed());
    complete("partner.police", reference, "Task_SignOffPolice", agreed());
    assertThat(due(task("business", reference, "Task_RecordPanelSubmission"))).isEqualTo(endOfDay(2027, 2, 2));
    complete("business", reference, "Task_RecordPanelSubmission", submission("2027-01-12"));
    complete("business", reference, "Task_RecordPanelResponse", response("agree", "2027-01-12"));

    // the LCSPR: its independent reviewer, and chronologies due 10 working days later (26 January)
    complete("business", reference, "Task_CommissionIndependentReviewer", independentReviewer("2027-01-12"));
    complete("reviewer", reference, "Task_AgreeTermsOfReference",
        termsOfReference("2027-01-12", "police", "health"));
    assertThat(due(task("lead.police", reference, "Task_SubmitChronology"))).isEqualTo(endOfDay(2027, 1, 26));
    complete("reviewer", reference, "Task_InvolveFamily", familyNotAppropriate());
    complete("business", reference, "Task_RecordParallelProceedings", noParallelProceedings());

    at(reference, LocalDateTime.of(2027, 1, 22, 9, 30));
    complete("lead.police", reference, "Task_SubmitChronology", chronology("2027-01-22"));
    complete("lead.health", reference, "Task_SubmitChronology", chronology("2027-01-22"));
    for (JsonNode check : as("business").tasks(reference, "Task_CheckChronology")) {
      as("business").complete(check, chronologyAccepted());
    }
    watch.awaitIdle(reference);
    complete("reviewer", reference, "Task_IdentifyKeyPracticeEpisodes", keyPracticeEpisodes());
    complete("business", reference, "Task_PlanPractitionerEvent", practitionerEvent("2027-02-03", "police",
        "health"));
    assertThat(as("reviewer").tasks(reference, "Task_RecordPractitionerEvent")).isEmpty();

    at(reference, LocalDateTime.of(2027, 2, 3, 9, 0));
    complete("reviewer", reference, "Task_RecordPractitionerEvent", eventHeld("police", "health"));
    complete("reviewer", reference, "Task_DraftReport", draftReport("2027-02-03"));
    complete("member", reference, "Task_QualityAssureReport", qaApproved());
    complete("partner.la", reference, "Task_ReportSignOffLocalAuthority", reportSignedOff());
    complete("partner.icb", reference, "Task_ReportSignOffIcb", reportSignedOff());
    complete("partner.police", reference, "Task_ReportSignOffPolice", reportSignedOff());
    complete("chair", reference, "Task_RecordRecommendations", finalReport("2027-02-03", recommendations(
        recommendation("Police share domestic abuse call-outs with the health visitor.", "police",
            "partner-police", "2027-04-30"),
        recommendation("Health visitors follow up every missed appointment.", "health", "partner-icb",
            "2027-05-28"))));

    // published on 17 February: the copy went on 3 February, 7 working days before is 12 February at the earliest
    complete("chair", reference, "Task_DecideWhatToPublish", publishFullReport("2027-02-17"));
    complete("business", reference, "Task_SendPrePublicationCopy", prePublicationCopy("2027-02-03", "2027-02-17"));
    at(reference, LocalDateTime.of(2027, 2, 11, 23, 59));
    assertThat(as("business").tasks(reference, "Task_RecordPublication")).isEmpty();
    at(reference, LocalDateTime.of(2027, 2, 12, 0, 0, 1));
    assertThat(due(task("business", reference, "Task_RecordPublication"))).isEqualTo(endOfDay(2027, 2, 17));
    at(reference, LocalDateTime.of(2027, 2, 17, 10, 0));
    complete("business", reference, "Task_RecordPublication", publication("2027-02-17", true));
    // the learning goes out beside the plan
    complete("business", reference, "Task_RecordLearningSpread", LearningForms.spread("2027-02-17"));

    // the action plan: each agency sees its own recommendation only
    JsonNode police = task("lead.police", reference, "Task_ReportProgress");
    assertThat(due(police)).isEqualTo(endOfDay(2027, 4, 30));
    assertThat(due(task("lead.health", reference, "Task_ReportProgress"))).isEqualTo(endOfDay(2027, 5, 28));
    as("lead.police").complete(police, completeWithEvidence("2027-02-17"));
    complete("chair", reference, "Task_VerifyEvidence", closed());

    // Wednesday 26 May: two working days before health's is due; it is late from Saturday 29 May
    at(reference, LocalDateTime.of(2027, 5, 26, 9, 0));
    at(reference, LocalDateTime.of(2027, 5, 29, 0, 0, 1));
    // Tuesday 1 June, after the spring bank holiday
    at(reference, LocalDateTime.of(2027, 6, 1, 10, 0));
    complete("lead.health", reference, "Task_ReportProgress", completeWithEvidence("2027-06-01"));
    complete("chair", reference, "Task_VerifyEvidence", closed());
    complete("chair", reference, "Task_RecordClosureSummary", form("closureSummary",
        "Call-outs are shared within a day; missed appointments are followed up.", "caseClosedOn", "2027-06-01"));
    // six months after the learning went out, the group records the change in practice
    at(reference, LocalDateTime.of(2027, 8, 17, 9, 0));
    complete("member", reference, "Task_RecordLearningImpact", LearningForms.practiceChanged());
    awaitAllMailSent(reference);

    // the final state: every process of the case has ended, the serious incident as a closed case
    assertThat(processesOf(reference)).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .containsExactlyInAnyOrder("serious-incident", "rapid-review", "agency-summary", "agency-summary",
            "local-review", "chronology-request", "chronology-request", "publication", "action-plan",
            "learning-spread");
    assertThat(processesOf(reference)).allSatisfy(process -> assertThat(process.getEndTime()).isNotNull());
    HistoricProcessInstance incident = processesOf(reference).stream()
        .filter(process -> process.getProcessDefinitionKey().equals("serious-incident")).findFirst().orElseThrow();
    assertThat(incident.getEndActivityId()).isEqualTo("EndEvent_CaseClosed");
    Map<String, Object> variables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId()).list()
        .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    assertThat(variables).containsEntry("reviewDecision", "lcspr").containsEntry("publishedOn", "2027-02-17")
        .containsEntry("sentToPanelOn", "2027-02-03").containsEntry("panelNotificationDate", "2027-01-12");
    HistoricProcessInstance plan = processesOf(reference).stream()
        .filter(process -> process.getProcessDefinitionKey().equals("action-plan")).findFirst().orElseThrow();
    JsonAssert.assertRecords(historyService.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
            .variableName(CaseVariables.ACTION_PLAN).singleResult().getValue())
        .extracting(r -> r.get("owningAgency"), r -> r.get("closedOn"), r -> r.get("onTime"))
        .containsExactly(tuple("police", "2027-02-17", true), tuple("health", "2027-06-01", false));

    // what each person received
    assertThat(subjectsTo(reference, "notifier@demo.example.org")).containsExactly(
        "New task: Record the Panel notification (due 18 Jan 2027)");
    assertThat(subjectsTo(reference, "lead.police@demo.example.org")).containsExactly(
        "Invitation: Practitioner learning event (on 3 Feb 2027)",
        "New task: Report progress: Exampleshire Police (due 30 Apr 2027)",
        "New task: Submit the agency summary: Exampleshire Police (due 21 Jan 2027)",
        "Reminder: Send the chronology: Exampleshire Police (due 26 Jan 2027)",
        "Request: A chronology for the review (due 26 Jan 2027)");
    assertThat(subjectsTo(reference, "safeguarding@icb.example.org")).containsExactly(
        "Invitation: Practitioner learning event (on 3 Feb 2027)",
        "New task: Report progress: Health (Integrated Care Board) (due 28 May 2027)",
        "New task: Submit the agency summary: Health (Integrated Care Board) (due 21 Jan 2027)",
        "Overdue: A recommendation of the action plan is overdue (due 28 May 2027)",
        "Reminder: A recommendation of the action plan is due (due 28 May 2027)",
        "Reminder: Send the chronology: Health (Integrated Care Board) (due 26 Jan 2027)",
        "Request: A chronology for the review (due 26 Jan 2027)");
    assertThat(subjectsTo(reference, "business.manager@exampleshire.example.org")).containsExactly(
        "Escalation: A recommendation of the action plan is overdue (due 28 May 2027)");
    assertThat(subjectsTo(reference, "partner.icb@demo.example.org")).contains(
        "Escalation: A recommendation of the action plan is overdue (due 28 May 2027)",
        "For information: The review has been published",
        "For information: Every recommendation is closed: the case is closed",
        // every task is due now, by the partnership's target where the law sets none (issue 12)
        "New task: Integrated Care Board signs off the report (due 17 Feb 2027)");
    assertThat(subjectsTo(reference, "partner.police@demo.example.org"))
        .doesNotContain("Escalation: A recommendation of the action plan is overdue (due 28 May 2027)");
    assertThat(subjectsTo(reference, "reviewer@demo.example.org")).contains(
        "Invitation: Practitioner learning event (on 3 Feb 2027)",
        "New task: Agree the terms of reference and scope (due 9 Feb 2027)",
        "New task: Draft the report (due 2 Apr 2027)");
    // mail carries no narrative from the case
    assertThat(SMTP.messages()).extracting(SmtpServer::text)
        .noneMatch(text -> text.contains("injuries that are not explained"));
  }

  @Test
  void a_referral_becomes_a_learning_review_whose_recommendation_the_agency_sees_through() {
    // Monday 1 March 2027
    EngineClock.setLondonTime(LocalDateTime.of(2027, 3, 1, 10, 0));
    String reference = as("referrer").start(ProcessKeys.CASE_REFERRAL, referral());
    // 20 working days, over Good Friday and Easter Monday: Wednesday 31 March
    assertThat(due(task("member", reference, "Task_ScreenReferral"))).isEqualTo(endOfDay(2027, 3, 31));
    complete("member", reference, "Task_ScreenReferral",
        form("screeningOutcome", "learning-review", "learningThemes", ReviewForms.themes("neglect"),
            "screeningRationale", "Learning about sharing attendance."));

    complete("chair", reference, "Task_AppointGroupReviewer", groupReviewer("2027-03-01"));
    complete("member", reference, "Task_AgreeTermsOfReference", termsOfReference("2027-03-01", "education"));
    assertThat(due(task("lead.education", reference, "Task_SubmitChronology"))).isEqualTo(endOfDay(2027, 3, 15));
    complete("lead.education", reference, "Task_SubmitChronology", chronology("2027-03-01"));
    complete("business", reference, "Task_CheckChronology", chronologyAccepted());
    complete("member", reference, "Task_InvolveFamily", familyNotAppropriate());
    complete("business", reference, "Task_RecordParallelProceedings", noParallelProceedings());
    complete("member", reference, "Task_IdentifyKeyPracticeEpisodes", keyPracticeEpisodes());
    complete("business", reference, "Task_PlanPractitionerEvent", practitionerEvent("2027-03-10", "education"));
    at(reference, LocalDateTime.of(2027, 3, 10, 9, 0));
    complete("member", reference, "Task_RecordPractitionerEvent", eventHeld("education"));
    complete("member", reference, "Task_DraftReport", draftReport("2027-03-10"));
    complete("chair", reference, "Task_QualityAssureReport", qaApproved());
    complete("partner.la", reference, "Task_ReportSignOffLocalAuthority", reportSignedOff());
    complete("partner.icb", reference, "Task_ReportSignOffIcb", reportSignedOff());
    complete("partner.police", reference, "Task_ReportSignOffPolice", reportSignedOff());
    complete("chair", reference, "Task_RecordRecommendations", finalReport("2027-03-10", recommendations(
        recommendation("Schools tell the health visitor about repeated absence.", "education", "partner-la",
            "2027-06-30"))));
    complete("chair", reference, "Task_DecideWhatToPublish", form("publicationType", "not-published",
        "publicationReason", "The learning goes out through the partnership's 7 minute briefings."));

    assertThat(due(task("lead.education", reference, "Task_ReportProgress"))).isEqualTo(endOfDay(2027, 6, 30));
    complete("lead.education", reference, "Task_ReportProgress", completeWithEvidence("2027-03-10"));
    complete("chair", reference, "Task_VerifyEvidence", closed());
    complete("chair", reference, "Task_RecordClosureSummary", form("closureSummary",
        "Schools now tell the health visitor after three absences.", "caseClosedOn", "2027-03-10"));
    complete("business", reference, "Task_RecordLearningSpread", LearningForms.spread("2027-03-10"));
    at(reference, LocalDateTime.of(2027, 9, 10, 9, 0));
    complete("chair", reference, "Task_RecordLearningImpact", LearningForms.practiceChanged());
    awaitAllMailSent(reference);

    assertThat(processesOf(reference)).extracting(HistoricProcessInstance::getProcessDefinitionKey,
            HistoricProcessInstance::getEndActivityId)
        .containsExactlyInAnyOrder(tuple("case-referral", "EndEvent_ActionPlanClosed"),
            tuple("local-review", "EndEvent_ReviewCompleted"),
            tuple("chronology-request", "EndEvent_ChronologyAccepted"),
            tuple("publication", "EndEvent_NotPublished"),
            tuple("action-plan", "EndEvent_CaseClosed"),
            tuple("learning-spread", "EndEvent_ImpactRecorded"));
    assertThat(subjectsTo(reference, "s.teacher@school.example.org")).containsExactly(
        "For information: Your case referral has been received");
    assertThat(subjectsTo(reference, "lead.education@demo.example.org")).containsExactly(
        "Invitation: Practitioner learning event (on 10 Mar 2027)",
        "New task: Report progress: Education (due 30 Jun 2027)",
        "Request: A chronology for the review (due 15 Mar 2027)");
    assertThat(SMTP.messages()).extracting(SmtpServer::subject)
        .noneMatch(subject -> subject.contains("The review has been published"));
    List<MimeMessage> closing = SMTP.messagesTo("partner.la@demo.example.org");
    assertThat(closing).extracting(SmtpServer::subject)
        .contains("[" + reference + "] For information: Every recommendation is closed: the case is closed");
  }
}
