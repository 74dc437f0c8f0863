package uk.safeguarding.casereview.support;

import static uk.safeguarding.casereview.support.CaseDriver.form;
import static uk.safeguarding.casereview.support.CaseDriver.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What people type into the local review's, the chronology request's and the publication's forms: documents
 * as links to the secure store with version and date, professionals' roles, never anything about a real child.
 */
public final class LocalReviewForms {

  public static final String STORE = "https://documents.partnership.example.org/reviews/";

  private LocalReviewForms() {
  }

  private static Map<String, Object> document(Map<String, Object> form, String prefix, String name, String dated) {
    form.put(prefix + "Link", STORE + name);
    form.put(prefix + "Version", "1.0");
    form.put(prefix + "Date", dated);
    return form;
  }

  public static Map<String, Object> independentReviewer(String commissionedOn) {
    return document(form("reviewerName", "Dr Ada Marsh", "reviewerOrganisation", "Marsh Safeguarding Reviews",
        "reviewerEmail", "ada.marsh@reviewers.example.org", "commissionedOn", commissionedOn,
        "declarationOfIndependence", true), "declaration", "declaration-of-independence", commissionedOn);
  }

  public static Map<String, Object> groupReviewer(String appointedOn) {
    return form("reviewerName", "Sam Patel", "reviewerRole", "Designated nurse, Integrated Care Board",
        "appointedOn", appointedOn, "noDirectInvolvement", true);
  }

  public static Map<String, Object> termsOfReference(String agreedOn, String... agencies) {
    return document(form("involvedAgencies", json(List.of(agencies)), "scopeFrom", "2025-01-01",
        "scopeTo", "2026-10-31", "keyLinesOfEnquiry", "How information about missed health appointments was shared"
            + " between agencies.", "termsAgreedOn", agreedOn), "termsOfReference", "terms-of-reference", agreedOn);
  }

  public static Map<String, Object> chronology(String dated) {
    return document(form("chronologyComments", "Entries from the case management system."), "chronology",
        "chronology", dated);
  }

  public static Map<String, Object> chronologyAccepted() {
    return form("chronologyCheck", "accepted");
  }

  public static Map<String, Object> moreInformation(String by) {
    return form("chronologyCheck", "more-information", "moreInformationRequest",
        "Please add the contacts from the school nursing service.", "moreInformationBy", by);
  }

  public static Map<String, Object> keyPracticeEpisodes() {
    return form("keyPracticeEpisodes", "1. A missed appointment in March 2026 was not followed up. 2. The referral"
        + " in June 2026 was closed without a home visit.");
  }

  public static Map<String, Object> practitionerEvent(String eventDate, String... agencies) {
    return form("eventDate", eventDate, "eventFormat", "online", "invitedAgencies", json(List.of(agencies)));
  }

  public static Map<String, Object> eventHeld(String... agencies) {
    return form("eventOutcome", "held", "practitionersAttended", 14, "agenciesAttended", json(List.of(agencies)),
        "eventLearning", "Practitioners did not know who to tell about missed appointments.");
  }

  public static Map<String, Object> eventPostponed() {
    return form("eventOutcome", "postponed", "postponementReason", "Too few practitioners could attend.");
  }

  public static Map<String, Object> familyNotAppropriate() {
    return form("familyInvolvement", "not-appropriate", "familyInvolvementReason",
        "The police asked that the family is not approached before the trial.");
  }

  public static Map<String, Object> noParallelProceedings() {
    return form("proceedingsExist", "no");
  }

  public static Map<String, Object> draftReport(String dated) {
    return document(form("draftNotes", "First full draft."), "draftReport", "draft-report", dated);
  }

  public static Map<String, Object> qaApproved() {
    return form("qaOutcome", "approved", "learningThemes", ReviewForms.themes("neglect", "information-sharing"));
  }

  public static Map<String, Object> qaChangesNeeded() {
    return form("qaOutcome", "changes-needed", "qaComments", "The analysis of the second episode needs evidence.");
  }

  public static Map<String, Object> reportSignedOff() {
    return form("reportAgreement", "agreed");
  }

  public static Map<String, Object> reportNotSignedOff() {
    return form("reportAgreement", "not-agreed", "reportComments", "The recommendations are not measurable.");
  }

  public static Map<String, Object> finalReport(String dated, Object recommendations) {
    Map<String, Object> form = document(form(), "finalReport", "final-report", dated);
    form.put("recommendations", recommendations);
    return form;
  }

  public static Map<String, Object> publishFullReport(String plannedOn) {
    return form("publicationType", "full-report", "publicationProducts",
        json(List.of("full-report", "executive-summary", "seven-minute-briefing")), "plannedPublicationDate", plannedOn);
  }

  public static Map<String, Object> prePublicationCopy(String sentOn, String plannedOn) {
    return document(form("sentToPanelOn", sentOn, "sentToSecretaryOfStateOn", sentOn,
        "plannedPublicationDate", plannedOn), "prePublicationCopy", "final-report", sentOn);
  }

  public static Map<String, Object> publication(String publishedOn, boolean lcspr) {
    Map<String, Object> form = form("publishedOn", publishedOn,
        "publicationLink", "https://www.exampleshire-safeguarding.example.org/reviews/child-scarlet",
        "productsPublished", json(List.of("full-report", "executive-summary", "seven-minute-briefing")),
        "onlineUntil", LocalDate.parse(publishedOn).plusMonths(12).toString());
    if (lcspr) {
      form.put("nspccCopySentOn", publishedOn);
    }
    return form;
  }
}
