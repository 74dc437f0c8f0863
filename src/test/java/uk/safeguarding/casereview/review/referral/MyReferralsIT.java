package uk.safeguarding.casereview.review.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.CaseDriver;
import uk.safeguarding.casereview.support.HttpSession;
import uk.safeguarding.casereview.support.ReviewForms;
import uk.safeguarding.casereview.support.SmtpServer;
import uk.safeguarding.casereview.support.TasklistClient;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * "My referrals" (issue 12, item 7): a referrer finds their own referrals and where each stands, and nothing
 * else of the case; nobody else's referrals, whoever asks and however.
 */
@WebIntegrationTest
class MyReferralsIT {

  static final String MY_REFERRALS = "/camunda/api/tasklist/plugin/case-review-tasklist/default/my-referrals";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  private String refer(TasklistClient referrer, String pseudonym) {
    Map<String, Object> form = ReviewForms.referral();
    form.put("childPseudonym", pseudonym);
    return referrer.start("case-referral", form);
  }

  private static List<JsonNode> referrals(HttpSession session) {
    HttpSession.Response answer = session.get(MY_REFERRALS);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return StreamSupport.stream(answer.json().spliterator(), false).toList();
  }

  private static List<String> references(List<JsonNode> referrals) {
    return referrals.stream().map(referral -> referral.path("caseReference").asText()).toList();
  }

  @Test
  void a_referrer_sees_each_referral_and_where_it_stands_and_nothing_else_of_the_case() {
    TasklistClient referrer = TasklistClient.as(port, "referrer");
    String screened = refer(referrer, "Child Siskin");
    String waiting = refer(referrer, "Child Twite");
    CaseDriver.besideJobExecutor(engine).complete("member", screened, "Task_ScreenReferral",
        CaseDriver.form("screeningOutcome", "no-action", "screeningRationale", "Already known learning."));

    // the referrer is told by mail in a step of its own; the state reads the same before and after it
    SmtpServer.await("the screened referral closed", Duration.ofSeconds(30), () -> referrals(referrer.session())
        .stream().anyMatch(referral -> referral.path("state").asText().equals("Closed: no further action")));
    List<JsonNode> mine = referrals(referrer.session());
    JsonNode first = mine.stream().filter(referral -> referral.path("caseReference").asText().equals(screened))
        .findFirst().orElseThrow();
    JsonNode second = mine.stream().filter(referral -> referral.path("caseReference").asText().equals(waiting))
        .findFirst().orElseThrow();
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    assertThat(first.path("childPseudonym").asText()).isEqualTo("Child Siskin");
    assertThat(first.path("submittedOn").asText()).isEqualTo(today);
    assertThat(first.path("state").asText()).isEqualTo("Closed: no further action");
    assertThat(second.path("childPseudonym").asText()).isEqualTo("Child Twite");
    assertThat(second.path("state").asText()).isEqualTo("Being screened by the review group");
    // only these four columns: not what happened, not the group's reasons, not who the referrer named
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("caseReference", "childPseudonym", "submittedOn", "state");
    assertThat(first.toString()).doesNotContain("Already known learning", "Sam Teacher", "absences");
  }

  @Test
  void nobody_sees_another_persons_referrals() {
    String reference = refer(TasklistClient.as(port, "referrer"), "Child Brambling");
    User other = identityService.newUser("referrer.two");
    other.setFirstName("Robin");
    other.setLastName("Second");
    other.setEmail("referrer.two@demo.example.org");
    other.setPassword("Referrer-Two-Passphrase-2026!");
    identityService.saveUser(other);
    identityService.createMembership("referrer.two", "referrer");

    HttpSession otherReferrer = HttpSession.webapp(port, "tasklist", "referrer.two", "Referrer-Two-Passphrase-2026!");
    assertThat(referrals(otherReferrer)).isEmpty();
    // there is no way to name someone else: a parameter for it is ignored
    HttpSession.Response naming = otherReferrer.get(MY_REFERRALS + "?userId=referrer&startedBy=referrer");
    assertThat(naming.status()).isEqualTo(200);
    assertThat(naming.body()).doesNotContain(reference).isEqualTo("[]");
    // the review group works on the referral but did not make it
    assertThat(references(referrals(HttpSession.webapp(port, "tasklist", "member", "member")))).isEmpty();
    // an agency's safeguarding lead, whose agency may be asked to review it, did not make it either
    assertThat(references(referrals(HttpSession.webapp(port, "tasklist", "lead.police", "lead.police")))).isEmpty();
    // the administrator too sees only their own
    assertThat(references(referrals(HttpSession.webapp(port, "tasklist", "admin", "admin"))))
        .doesNotContain(reference);

    HttpSession.Response anonymous = HttpSession.anonymous(port).get(MY_REFERRALS);
    assertThat(anonymous.status()).isIn(401, 403);
    assertThat(anonymous.body()).doesNotContain(reference);
  }

  @Test
  void it_is_read_only() {
    HttpSession referrer = HttpSession.webapp(port, "tasklist", "referrer", "referrer");
    HttpSession.Response written = referrer.postJson(MY_REFERRALS, Map.of("caseReference", "CR-2026-0001"));
    // the write gate refuses it before it reaches the resource: nothing lists it as a write
    assertThat(written.status()).isEqualTo(403);
    assertThat(written.body()).contains("does not let you");
  }
}
