package uk.safeguarding.casereview.access.login;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTest {

  private static final Duration LIFETIME = Duration.ofHours(10);

  private static MockHttpSession sessionBegunAt(Instant start) {
    MockHttpSession session = new MockHttpSession();
    org.springframework.test.util.ReflectionTestUtils.setField(session, "creationTime", start.toEpochMilli());
    return session;
  }

  private static MockHttpServletResponse request(String method, String uri, HttpSession session, Instant now)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    request.setSession(session);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SessionLifetime(LIFETIME, Clock.fixed(now, ZoneOffset.UTC)).doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void a_busy_session_ends_at_its_maximum_length_and_no_sooner() throws Exception {
    Instant start = Instant.parse("2026-11-30T08:00:00Z");
    MockHttpSession session = sessionBegunAt(start);
    assertThat(request("GET", "/camunda/api/engine/engine/default/task", session, start.plus(LIFETIME)).getStatus())
        .isEqualTo(200);
    assertThat(session.isInvalid()).isFalse();

    MockHttpServletResponse api = request("GET", "/camunda/api/engine/engine/default/task", session,
        start.plus(LIFETIME).plusSeconds(1));
    assertThat(api.getStatus()).isEqualTo(401);
    assertThat(api.getContentAsString()).contains("SessionExpired");
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void a_page_past_the_maximum_is_loaded_again_to_sign_in_afresh() throws Exception {
    Instant start = Instant.parse("2026-11-30T08:00:00Z");
    MockHttpSession session = sessionBegunAt(start);
    MockHttpServletResponse page = request("GET", "/camunda/app/tasklist/default/", session, start.plus(Duration.ofHours(11)));
    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(page.getRedirectedUrl()).isEqualTo("/camunda/app/tasklist/default/");
    assertThat(session.isInvalid()).isTrue();
  }
}
