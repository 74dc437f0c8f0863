package uk.safeguarding.casereview.report.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.safeguarding.casereview.support.ActionPlanForms.closed;
import static uk.safeguarding.casereview.support.ActionPlanForms.completeWithEvidence;
import static uk.safeguarding.casereview.support.ActionPlanForms.progress;
import static uk.safeguarding.casereview.support.ActionPlanForms.returned;
import static uk.safeguarding.casereview.support.ReviewForms.recommendation;
import static uk.safeguarding.casereview.support.ReviewForms.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.review.ProcessKeys;
import uk.safeguarding.casereview.support.EngineClock;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.ProcessTestBase;

/**
 * The tracker across reviews of several kinds: each recommendation's state as the action plan moves (open,
 * awaiting verification, returned, closed on time or late), overdue by the clock, the review's themes, and
 * each filter. Its cases are agreed in the reporting year 2038-39, which no other test uses, so the engine's
 * other cases stay out of the figures.
 */
class RecommendationTrackerTest extends ProcessTestBase {

  private static final String YEAR = "2038-39";

  @Autowired RecommendationTracker tracker;
  @Autowired IdentityService identityService;

  @Override
  protected LocalDateTime startingAt() {
    return LocalDateTime.of(2038, 5, 10, 9, 30);
  }

  private String plan(String pseudonym, String decision, List<String> themes, Object recommendations) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CHILD_PSEUDONYM, pseudonym);
    variables.put(CaseVariables.REVIEW_DECISION, decision);
    variables.put(CaseVariables.LEARNING_THEMES, CaseDriver.json(themes));
    variables.put(CaseVariables.RECOMMENDATIONS, recommendations);
    return startCase(ProcessKeys.ACTION_PLAN, variables).getBusinessKey();
  }

  private List<TrackedRecommendation> rows(Map<String, String> query) {
    return tracker.list(RecommendationScope.all(), tracker.filter(name -> query.get(name)));
  }

  private List<TrackedRecommendation> ofYear() {
    return rows(Map.of("year", YEAR));
  }

  @Test
  void every_recommendation_of_every_review_with_its_state_rag_due_date_themes_and_slippage() {
    String lcspr = plan("Child Indigo", "lcspr", List.of("neglect", "information-sharing"), recommendations(
        recommendation("Follow up every missed health appointment.", "police", "partner-police", "2038-06-30"),
        recommendation("Share missed appointments with the GP.", "health", "partner-icb", "2038-09-30"),
        recommendation("Schools record every unexplained absence.", "education", "partner-la", "2038-05-31")));
    String rapid = plan("Child Jasper", "no-further-review", List.of("domestic-abuse"), recommendations(
        recommendation("Check the history of every adult in the home.", "police", "partner-police", "2038-06-01")));

    cases.complete("lead.police", cases.taskFor(lcspr, "Task_ReportProgress", "agency-police"),
        progress("amber", "2038-05-24"));
    cases.complete("lead.health", cases.taskFor(lcspr, "Task_ReportProgress", "agency-health"),
        completeWithEvidence("2038-05-10"));
    cases.complete("lead.education", cases.taskFor(lcspr, "Task_ReportProgress", "agency-education"),
        completeWithEvidence("2038-05-10"));
    List<TrackedRecommendation> midway = ofYear();
    assertThat(midway).filteredOn(row -> row.reference().equals(lcspr))
        .extracting(TrackedRecommendation::number, TrackedRecommendation::owningAgencyName,
            TrackedRecommendation::ragStatus, TrackedRecommendation::state, TrackedRecommendation::lastUpdateOn,
            TrackedRecommendation::evidenceLink)
        .containsExactly(
            tuple(1, "Exampleshire Police", "amber", "open", LocalDate.of(2038, 5, 10), null),
            tuple(2, "Health (Integrated Care Board)", "complete", "awaiting-verification", LocalDate.of(2038, 5, 10),
                "https://documents.partnership.example.org/action-plan/evidence"),
            tuple(3, "Education", "complete", "awaiting-verification", LocalDate.of(2038, 5, 10),
                "https://documents.partnership.example.org/action-plan/evidence"));

    // the group returns health's evidence and closes education's
    cases.complete("chair", cases.tasks(lcspr, "Task_VerifyEvidence").stream()
        .filter(task -> task.getName().contains("Health")).findFirst().orElseThrow(), returned());
    cases.complete("chair", cases.task(lcspr, "Task_VerifyEvidence"), closed());
    // the rapid review's recommendation is still open when its due date passes
    cases.at(LocalDateTime.of(2038, 6, 2, 9, 0));

    List<TrackedRecommendation> rows = ofYear();
    assertThat(rows).extracting(TrackedRecommendation::reference, TrackedRecommendation::number,
            TrackedRecommendation::reviewKind, TrackedRecommendation::childPseudonym, TrackedRecommendation::state,
            TrackedRecommendation::dueOn, TrackedRecommendation::closedOn, TrackedRecommendation::onTime,
            TrackedRecommendation::overdue, TrackedRecommendation::timing)
        .containsExactlyInAnyOrder(
            // 28 days from 2 June reach 30 June: due soon; September is later
            tuple(lcspr, 1, "LCSPR", "Child Indigo", "open", LocalDate.of(2038, 6, 30), null, null, false, "due-soon"),
            tuple(lcspr, 2, "LCSPR", "Child Indigo", "returned", LocalDate.of(2038, 9, 30), null, null, false, "later"),
            tuple(lcspr, 3, "LCSPR", "Child Indigo", "closed", LocalDate.of(2038, 5, 31), LocalDate.of(2038, 5, 10),
                true, false, "closed"),
            tuple(rapid, 1, "Rapid review", "Child Jasper", "open", LocalDate.of(2038, 6, 1), null, null, true,
                "overdue"));
    assertThat(rows).filteredOn(row -> row.reference().equals(lcspr)).allSatisfy(row -> {
      assertThat(row.themes()).containsExactly("Neglect", "Information sharing");
      assertThat(row.agreedOn()).isEqualTo(LocalDate.of(2038, 5, 10));
      assertThat(row.reportingYear()).isEqualTo(YEAR);
    });

    assertThat(rows(Map.of("year", YEAR, "overdue", "true"))).extracting(TrackedRecommendation::reference)
        .containsExactly(rapid);
    assertThat(rows(Map.of("year", YEAR, "agency", "police"))).extracting(TrackedRecommendation::reference)
        .containsExactlyInAnyOrder(lcspr, rapid);
    assertThat(rows(Map.of("year", YEAR, "theme", "domestic-abuse"))).extracting(TrackedRecommendation::reference)
        .containsExactly(rapid);
    assertThat(rows(Map.of("year", YEAR, "state", "returned"))).extracting(TrackedRecommendation::number)
        .containsExactly(2);
    assertThat(rows(Map.of("year", YEAR, "rag", "amber"))).extracting(TrackedRecommendation::owningAgency)
        .containsExactly("police");
    assertThat(rows(Map.of("year", "2037-38", "agency", "police"))).isEmpty();

    TrackerView view = tracker.view(RecommendationScope.all(), tracker.filter(name -> "year".equals(name) ? YEAR
        : null));
    assertThat(view.everyAgency()).isTrue();
    assertThat(view.agencies()).extracting(option -> option.get("value")).contains("police", "health", "education");
    assertThat(view.themes()).extracting(option -> option.get("label")).contains("Neglect", "Domestic abuse");
    assertThat(view.years()).contains(YEAR);
    assertThat(view.byAgency()).filteredOn(totals -> totals.agency().equals("Exampleshire Police"))
        .extracting(AgencyTotals::total, AgencyTotals::open, AgencyTotals::overdue)
        .containsExactly(tuple(2, 2, 1));
  }

  @Test
  void an_agency_lead_sees_their_own_agency_only_and_keeps_their_own_engine_rights_afterwards() {
    String reference = plan("Child Marigold", "learning-review", List.of("neglect"), recommendations(
        recommendation("Train the front desk in recognising neglect.", "police", "partner-police", "2038-11-30"),
        recommendation("Audit health visiting caseloads.", "health", "partner-icb", "2038-12-31")));
    Authentication lead = new Authentication("lead.police", List.of("agency-police"));
    identityService.setAuthentication(lead);
    try {
      List<TrackedRecommendation> seen = tracker.list(RecommendationScope.ofAgencies(Set.of("police")),
          tracker.filter(name -> "year".equals(name) ? YEAR : null));
      assertThat(seen).isNotEmpty().allSatisfy(row -> assertThat(row.owningAgency()).isEqualTo("police"));
      assertThat(seen).extracting(TrackedRecommendation::reference).contains(reference);
      // the application read history for them; the engine still knows them as themselves, with no history right
      assertThat(identityService.getCurrentAuthentication()).isSameAs(lead);
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
          .isZero();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void a_filter_naming_nothing_of_this_partnership_is_refused_with_the_parameter_named() {
    assertThatThrownBy(() -> rows(Map.of("agency", "fire-service")))
        .hasMessage("agency must be one of the partnership's agencies (was \"fire-service\")");
    assertThatThrownBy(() -> rows(Map.of("rag", "purple"))).hasMessageStartingWith("rag must be");
    assertThatThrownBy(() -> rows(Map.of("state", "<b>")))
        .hasMessage("state must be open, awaiting-verification, returned or closed (was \"<b>\")");
    assertThatThrownBy(() -> rows(Map.of("overdue", "yes"))).hasMessageStartingWith("overdue must be true or false");
    assertThatThrownBy(() -> rows(Map.of("theme", "x".repeat(5000))))
        .hasMessageStartingWith("theme must be one of the configured learning themes").hasMessageEndingWith("…\")");
    assertThatThrownBy(() -> rows(Map.of("year", "38"))).hasMessageStartingWith("year must be a reporting year");
  }
}
