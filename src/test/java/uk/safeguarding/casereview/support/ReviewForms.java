package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.CaseDriver.json;

import java.util.List;
import java.util.Map;

/** What people type into the review forms, with pseudonymous and non-identifying content only. */
public final class ReviewForms {

  public static final List<String> CRITERIA = List.of("criterionImprovementsNeeded", "criterionRecurrentThemes",
      "criterionAgenciesWorkingTogether", "criterionPanelAdvisedLocalReview", "guidanceSingleAgencyConcern",
      "guidanceNoAgencyInvolved", "guidanceCrossBoundary", "guidanceInstitutionalSetting", "learningIdentified",
      "learningAlreadyKnown", "nationalImportance");

  private ReviewForms() {
  }

  /** A referral for a learning review from a school, about Child Robin. */
  public static Map<String, Object> referral() {
    return form("referrerName", "Sam Teacher", "referrerRole", "Designated safeguarding lead",
        "referrerAgency", "Exampleshire Primary School", "referrerEmail", "s.teacher@school.example.org",
        "safeguardingLeadName", "Jo Head", "safeguardingLeadAgreed", true, "childPseudonym", "Child Robin",
        "goodPractice", false, "whatHappened", "Repeated absences were not followed up between agencies.",
        "whyLearning", "Information sharing between school and health could improve.");
  }

  public static Map<String, Object> involvedAgencies(String... agencyIds) {
    return form("involvedAgencies", json(List.of(agencyIds)));
  }

  public static Map<String, Object> agencySummary(String extent) {
    return form("extentOfInvolvement", extent,
        "involvementSummary", "Health visiting contacts in 2025 and 2026; no concerns recorded before the incident.",
        "summaryLink", "https://documents.partnership.example.org/rapid-review/summary-17",
        "summaryVersion", "1");
  }

  /** The meeting with the given criteria and factors ticked (all others left unticked, as the form sends them). */
  public static Map<String, Object> meeting(String date, String... ticked) {
    Map<String, Object> meeting = form("meetingDate", date,
        "keyFacts", "The child was admitted to hospital with injuries that are not explained.",
        "keyPracticeEpisodes", "Missed health appointments were not followed up; a referral was closed early.",
        "immediateSafetyActions", "A strategy meeting for the siblings; a safety plan is in place.",
        "learningIdentifiedSummary", "Information about missed appointments was not shared.",
        "familyContext", "The family's culture and first language were considered; an interpreter was used.");
    for (String criterion : CRITERIA) {
      meeting.put(criterion, List.of(ticked).contains(criterion));
    }
    return meeting;
  }

  public static Map<String, Object> decision(String decision) {
    return form("reviewDecision", decision, "decisionRationale", "The group's reasons for its decision.",
        "learningThemes", themes("neglect", "information-sharing"));
  }

  /** Learning themes as their checklist sends them (ids of casereview.learning-themes). */
  public static Object themes(String... ids) {
    return json(List.of(ids));
  }

  public static Map<String, Object> decision(String decision, String departureReason) {
    Map<String, Object> form = decision(decision);
    form.put("departureReason", departureReason);
    return form;
  }

  public static Map<String, Object> agreed() {
    return form("partnerAgreement", "agreed");
  }

  public static Map<String, Object> notAgreed(String why) {
    return form("partnerAgreement", "not-agreed", "partnerComments", why);
  }

  public static Map<String, Object> submission(String date) {
    return form("panelSubmissionDate", date, "rapidReviewLink",
        "https://documents.partnership.example.org/rapid-review/report-17", "rapidReviewVersion", "2");
  }

  /** One recommendation as a form's dynamic list holds it. */
  public static Map<String, Object> recommendation(String text, String owningAgency, String strategicLead,
                                                   String dueOn) {
    return form("recommendation", text, "actions", "Revise the procedure, train the staff concerned and audit"
        + " practice three months later.", "owningAgency", owningAgency, "strategicLead", strategicLead,
        "dueOn", dueOn);
  }

  /** The list field {@code recommendations} as Tasklist submits it. */
  @SafeVarargs
  public static Object recommendations(Map<String, Object>... recommendations) {
    return json(List.of(recommendations));
  }

  /** The national report as the business unit records it, published on the given day. */
  @SafeVarargs
  public static Map<String, Object> nationalReport(String publishedOn, Map<String, Object>... recommendations) {
    return form("nationalReportPublishedOn", publishedOn,
        "nationalReportLink", "https://documents.partnership.example.org/national/report",
        "recommendations", recommendations(recommendations));
  }

  /** A request from the Panel for the partnership's contribution, due on the given day. */
  public static Map<String, Object> panelRequest(String receivedOn, String dueOn) {
    return form("requestSummary", "The Panel asks for the agencies' chronologies.", "requestReceivedOn", receivedOn,
        "contributionDueOn", dueOn);
  }

  public static Map<String, Object> response(String response, String date) {
    Map<String, Object> form = form("panelResponse", response, "panelResponseDate", date);
    if ("reconsider".equals(response)) {
      form.put("panelComments", "The Panel asks the partnership to consider an LCSPR.");
    }
    return form;
  }

  /** A single-agency review or audit's finding, with learning for the partnership or without. */
  public static Map<String, Object> agencyReviewDone(String completedOn, boolean learning) {
    Map<String, Object> form = form("agencyReviewCompletedOn", completedOn,
        "agencyReviewFindings", "Attendance procedures are being revised.",
        "agencyReviewLink", "https://documents.partnership.example.org/referrals/audit-3",
        "agencyReviewVersion", "1.0", "learningForPartnership", learning ? "yes" : "no");
    if (learning) {
      form.put("agencyLearning", "Schools do not tell the health visitor about repeated absence.");
    }
    return form;
  }
}
