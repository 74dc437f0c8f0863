package uk.safeguarding.casereview.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's own configuration file is bound and validated as at start-up; a bad value stops start-up
 * and Spring Boot's failure report names the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseReviewPropertiesValidationTest {

  @SpringBootConfiguration
  @EnableConfigurationProperties(CaseReviewProperties.class)
  @ImportAutoConfiguration(ValidationAutoConfiguration.class)
  static class PropertiesOnly {
  }

  private static ConfigurableApplicationContext start(String... properties) {
    // as command-line arguments, so they win over application.yaml as an operator's settings would
    List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new SpringApplicationBuilder(PropertiesOnly.class)
        .web(WebApplicationType.NONE)
        .run(arguments.toArray(String[]::new));
  }

  @Test
  void theShippedConfigurationIsValid() {
    try (ConfigurableApplicationContext context = start()) {
      CaseReviewProperties properties = context.getBean(CaseReviewProperties.class);
      assertThat(properties.getReviewGroupName()).isEqualTo("Case Review Committee");
      assertThat(properties.getAgencies()).extracting(Agency::getGroup).contains("agency-police", "agency-health");
      assertThat(properties.getTimescales().getPanelNotificationWorkingDays()).isEqualTo(5);
      assertThat(properties.getTimescales().getRapidReviewWorkingDays()).isEqualTo(15);
      assertThat(properties.getTimescales().getRapidReviewStart())
          .isEqualTo(Timescales.RapidReviewStart.NOTIFICATION_SENT);
      assertThat(properties.getTimescales().getLcsprTargetMonths()).isEqualTo(6);
      assertThat(properties.getTimeZone().getId()).isEqualTo("Europe/London");
      assertThat(properties.getTargets().checkChronology()).isEqualTo(5);
      assertThat(properties.getTargets().workingDays("draftReport")).isEqualTo(40);
      assertThat(properties.getLearningThemes()).extracting(LearningTheme::id).hasSize(9)
          .contains("neglect", "domestic-abuse", "sudi", "professional-curiosity");
    }
  }

  @Test
  void aPartnershipCanChangeItsTimescalesAndNames() {
    try (ConfigurableApplicationContext context = start("casereview.review-group-name=Critical Incident Group",
        "casereview.timescales.lcspr-target-months=12", "casereview.timescales.rapid-review-start=awareness",
        "casereview.targets.draft-report=30")) {
      CaseReviewProperties properties = context.getBean(CaseReviewProperties.class);
      assertThat(properties.getReviewGroupName()).isEqualTo("Critical Incident Group");
      assertThat(properties.getTimescales().getLcsprTargetMonths()).isEqualTo(12);
      assertThat(properties.getTimescales().getRapidReviewStart()).isEqualTo(Timescales.RapidReviewStart.AWARENESS);
      assertThat(properties.getTargets().draftReport()).isEqualTo(30);
      // one target changed, the others kept from application.yaml
      assertThat(properties.getTargets().checkChronology()).isEqualTo(5);
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      casereview.timescales.rapid-review-working-days      | 0                    | casereview.timescales.rapid-review-working-days
      casereview.timescales.panel-notification-working-days | -5                  | casereview.timescales.panel-notification-working-days
      casereview.timescales.lcspr-target-months            | 36                   | casereview.timescales.lcspr-target-months
      casereview.timescales.reminder-lead-working-days     | 5                    | casereview.timescales.reminder-lead-working-days
      casereview.timescales.rapid-review-start             | whenever             | casereview.timescales.rapid-review-start
      casereview.partnership-name                          | ''                   | casereview.partnership-name
      casereview.public-url                                | casereview.local     | casereview.public-url
      casereview.case-reference-prefix                     | cr1                  | casereview.case-reference-prefix
      casereview.time-zone                                 | Europe/Exampleshire  | casereview.time-zone
      casereview.retention.history-time-to-live-days       | 0                    | casereview.retention.history-time-to-live-days
      casereview.retention.cleanup-window-start            | 25:00                | casereview.retention.cleanup-window-start
      casereview.retention.cleanup-window-end              | 6am                  | casereview.retention.cleanup-window-end
      casereview.retention.cleanup-batch-size              | 501                  | casereview.retention.cleanup-batch-size
      casereview.tasklist.due-soon-days                    | 0                    | casereview.tasklist.due-soon-days
      casereview.targets.draft-report                      | 0                    | casereview.targets.draft-report
      casereview.targets.check-chronology                  | 121                  | casereview.targets.check-chronology
      casereview.targets.verify-evidence                   | soon                 | casereview.targets.verify-evidence
      casereview.reporting.year-start-month                | 13                   | casereview.reporting.year-start-month
      """)
  void aBadValueStopsStartUpNamingTheKey(String key, String value, String reportedKey, CapturedOutput output) {
    assertThatThrownBy(() -> start(key + "=" + value).close()).isInstanceOf(Exception.class);
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        // the key itself, not merely a longer key that starts with it
        .containsPattern(Pattern.quote(reportedKey) + "\\s");
  }

  /**
   * A list given on the command line replaces the whole list, so each case states two complete agencies
   * and spoils one field of the second.
   */
  @ParameterizedTest(name = "agencies[1].{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      mailbox | not-an-address  | casereview.agencies[1].mailbox must be a well-formed email address
      group   | Agency Health   | casereview.agencies[1].group must be lower-case letters
      id      | police          | casereview.agencies[1].id repeats the id of casereview.agencies[0]
      group   | agency-police   | casereview.agencies[1].group repeats the group of casereview.agencies[0]
      group   | auditor         | casereview.agencies[1].group 'auditor' is a role group
      name    | ''              | casereview.agencies[1].name must not be blank
      """)
  void aBadAgencyStopsStartUpNamingTheKey(String field, String value, String message, CapturedOutput output) {
    Map<String, String> second = new LinkedHashMap<>(Map.of("id", "health", "name", "Health",
        "group", "agency-health", "mailbox", "safeguarding@icb.example.org"));
    second.put(field, value);
    List<String> properties = new ArrayList<>(List.of("casereview.agencies[0].id=police",
        "casereview.agencies[0].name=Police", "casereview.agencies[0].group=agency-police",
        "casereview.agencies[0].mailbox=protection@police.example.org"));
    second.forEach((name, setting) -> properties.add("casereview.agencies[1]." + name + "=" + setting));

    assertThatThrownBy(() -> start(properties.toArray(String[]::new)).close()).isInstanceOf(Exception.class);
    assertThat(output.getOut() + output.getErr()).contains("The configuration is invalid").contains(message);
  }

  @ParameterizedTest(name = "learning-themes[1].{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      id      | neglect         | casereview.learning-themes[1].id repeats the id of casereview.learning-themes[0]
      id      | Domestic abuse  | casereview.learning-themes[1].id must be lower-case letters
      name    | ''              | casereview.learning-themes[1].name must not be blank
      """)
  void aBadLearningThemeStopsStartUpNamingTheKey(String field, String value, String message, CapturedOutput output) {
    Map<String, String> second = new LinkedHashMap<>(Map.of("id", "domestic-abuse", "name", "Domestic abuse"));
    second.put(field, value);
    List<String> properties = new ArrayList<>(List.of("casereview.learning-themes[0].id=neglect",
        "casereview.learning-themes[0].name=Neglect"));
    second.forEach((name, setting) -> properties.add("casereview.learning-themes[1]." + name + "=" + setting));

    assertThatThrownBy(() -> start(properties.toArray(String[]::new)).close()).isInstanceOf(Exception.class);
    assertThat(output.getOut() + output.getErr()).contains("The configuration is invalid").contains(message);
  }

  @Test
  void anEmptyThemeListStopsStartUp(CapturedOutput output) {
    assertThatThrownBy(() -> start("casereview.learning-themes=").close()).isInstanceOf(Exception.class);
    assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
        .contains("casereview.learning-themes");
  }

  @Test
  void aMissingAgencyListStopsStartUp(CapturedOutput output) {
    assertThatThrownBy(() -> start("casereview.agencies=").close()).isInstanceOf(Exception.class);
    assertThat(output.getOut() + output.getErr()).contains("casereview.agencies");
  }
}
