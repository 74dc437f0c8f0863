package uk.safeguarding.casereview.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which request bodies the guard refuses; the HTTP round trip is in RestApiSecurityIT. */
class OrQueryExpressionGuardTest {

  private static Optional<String> refusal(String json) {
    return OrQueryExpressionGuard.refusalInBody(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"orQueries":[{"assigneeExpression":"${''.getClass()}"}]}                          | orQueries[0].assigneeExpression
      {"orQueries":[{"candidateGroupsExpression":"#{x}"}]}                               | orQueries[0].candidateGroupsExpression
      {"orQueries":[{"processInstanceBusinessKey":"${execution}"}]}                      | orQueries[0].processInstanceBusinessKey
      {"sorting":[],"orQueries":[{"taskVariables":[{"name":"a","value":"${1+1}"}]}]}     | orQueries[0].taskVariables[0].value
      {"query":{"orQueries":[{"dueBeforeExpression":"${now()}"}]}}                       | query.orQueries[0].dueBeforeExpression
      {"orQueries":[{"orQueries":[{"ownerExpression":"${x}"}]}]}                         | orQueries[0].orQueries[0].ownerExpression
      """)
  void an_expression_anywhere_inside_or_queries_is_refused(String body, String where) {
    assertThat(refusal(body)).contains(where);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"orQueries\":[{\"assignee\":\"notifier\",\"taskNameLike\":\"%Panel%\"}]}",
      "{\"orQueries\":[{\"assigneeExpression\":null}]}",
      "{\"assigneeExpression\":\"${currentUser()}\"}",
      "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"maxResults\":15}",
      "{\"processVariables\":[{\"name\":\"note\",\"value\":\"costs ${none}\",\"operator\":\"eq\"}]}",
      "not json at all",
      ""})
  void everything_else_passes_to_camunda(String body) {
    // top-level expressions are Camunda's own ad hoc check to refuse; malformed JSON is Camunda's to report
    assertThat(refusal(body)).isEmpty();
  }
}
