package uk.safeguarding.casereview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.casereview.support.ProcessEngineTest;
import uk.safeguarding.casereview.support.ReviewForms;

/** Every rule of the review-type-recommendation decision, first match wins. */
@ProcessEngineTest
class ReviewTypeRecommendationTest {

  @Autowired DecisionService decisionService;

  private DmnDecisionRuleResult recommend(String ticked) {
    Map<String, Object> meeting = new HashMap<>();
    ReviewForms.CRITERIA.forEach(criterion -> meeting.put(criterion, false));
    if (!ticked.isBlank()) {
      for (String criterion : ticked.split(" ")) {
        meeting.put(criterion, true);
      }
    }
    return decisionService.evaluateDecisionTableByKey("review-type-recommendation", meeting).getSingleResult();
  }

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nationalImportance criterionImprovementsNeeded            | national-review   | complex or of national importance
      criterionPanelAdvisedLocalReview learningAlreadyKnown      | lcspr             | the Panel has considered the case
      criterionAgenciesWorkingTogether                           | lcspr             | two or more agencies worked together
      criterionImprovementsNeeded                                | lcspr             | improvements needed
      criterionRecurrentThemes                                   | lcspr             | recurrent themes
      guidanceCrossBoundary                                      | lcspr             | more than one local authority
      guidanceInstitutionalSetting                               | lcspr             | institutional setting
      guidanceNoAgencyInvolved                                   | lcspr             | no agency was involved
      guidanceSingleAgencyConcern                                | learning-review   | the concern is about one agency
      learningAlreadyKnown criterionImprovementsNeeded           | no-further-review | already known or has already been acted on
      learningIdentified                                         | learning-review   | below the threshold
      ''                                                         | no-further-review | No regulation 11 criterion or guidance factor applies
      """)
  void recommends_the_outcome_and_says_why(String ticked, String outcome, String reason) {
    DmnDecisionRuleResult result = recommend(ticked);
    assertThat((String) result.getEntry("recommendedReviewType")).isEqualTo(outcome);
    assertThat((String) result.getEntry("recommendationReason")).contains(reason);
  }
}
