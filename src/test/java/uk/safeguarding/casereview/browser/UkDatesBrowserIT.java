package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.casereview.support.Browser.formField;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Dates in Camunda Forms are typed and shown day first, with Monday first in the calendar, in a British and
 * in an American browser alike: a typed 10/11/2026 is saved as 2026-11-10 (an American browser used to save
 * 11 October), and an impossible date is refused beside its field, never moved to another day. The dates are
 * ones whose day and month could be swapped, so a browser reading them month first would save a different
 * day. Screenshots of each browser's calendar in target/screenshots.
 */
@WebIntegrationTest
class UkDatesBrowserIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  /** Dates before today whose day (1 to 12) differs from their month: they read as another date month first. */
  static LocalDate ambiguousBefore(LocalDate day) {
    LocalDate date = day.minusDays(1);
    while (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      date = date.minusDays(1);
    }
    return date;
  }

  private static By field(String componentId) {
    return By.xpath("//*[contains(@class,'fjs-form-field ') and .//input[contains(@id,'-" + componentId + "')]]");
  }

  private static By refusal(String componentId) {
    return By.xpath("//*[contains(@class,'fjs-form-field ') and .//input[contains(@id,'-" + componentId
        + "')]]//*[contains(@class,'uk-date-refusal')]");
  }

  /** Types text into a date field and presses Enter, as someone finishing the date would. */
  private static void typeAndEnter(Browser browser, String componentId, String text) {
    By input = formField(componentId + "-date");
    browser.type(input, text);
    browser.clickable(input).sendKeys(Keys.ENTER);
  }

  /** Opens the date field's calendar: it says dd/mm/yyyy and its week starts on Monday. */
  private static void assertUkCalendar(Browser browser, String componentId, String screenshot) {
    WebElement input = browser.clickable(formField(componentId + "-date"));
    browser.scrollTo(input);
    input.click();
    WebElement firstWeekday = browser.visible(By.xpath("(//*[contains(@class,'fjs-form-field ') and .//input[contains("
        + "@id,'-" + componentId + "')]]//span[@class='flatpickr-weekday'])[1]"));
    assertThat(firstWeekday.getText().trim()).isEqualTo("Mon");
    assertThat(input.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    browser.screenshot(screenshot);
    // a click on the form's text closes the calendar (Escape would close the start dialog too)
    browser.click(By.cssSelector(".fjs-form-field-text"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(firstWeekday));
  }

  /** The three kinds of impossible date are each refused in plain words, and the typed text stays. */
  private static void assertImpossibleDatesRefused(Browser browser, String componentId) {
    String[][] refusals = {
        {"31/02/2026", "February 2026 has 28 days."},
        {"2026-13-01", "there is no month 13."},
        {"11/24/2026", "there is no month 24 (the day comes first, then the month)."}};
    for (String[] refused : refusals) {
      typeAndEnter(browser, componentId, refused[0]);
      browser.waitForText(refusal(componentId), "\"" + refused[0] + "\" is not a date: " + refused[1]);
      assertThat(browser.visible(refusal(componentId)).getText()).contains("dd/mm/yyyy, for example 03/11/2026");
      assertThat(browser.visible(formField(componentId + "-date")).getAttribute("value")).isEqualTo(refused[0]);
    }
  }

  @ParameterizedTest(name = "in an {0} browser")
  @CsvSource({"en-GB, Child Wren", "en-US, Child Bramble"})
  void dates_are_typed_and_shown_day_first_and_impossible_ones_are_refused(String language, String child) {
    LocalDate today = LocalDate.now(LONDON);
    LocalDate notified = ambiguousBefore(today);
    LocalDate aware = ambiguousBefore(notified);
    String shot = "uk-dates-" + language.toLowerCase(Locale.ROOT);

    try (Browser browser = Browser.open(port, language)) {
      assertThat(browser.driver().executeScript("return navigator.language")).isEqualTo(language);
      browser.login("tasklist", "notifier", "notifier");
      browser.click(By.xpath("//a[contains(., 'Start process')]"));
      browser.click(By.xpath("//*[contains(@ng-click,'selectProcessDefinition') and contains(., 'Serious incident')]"));
      browser.type(formField("Field_ChildPseudonym"), child);
      browser.type(formField("Field_LocalAuthorityArea"), "Exampleshire Council");
      assertUkCalendar(browser, "Field_AwarenessDate", shot + "-1-start-form-calendar");
      browser.typeDate("Field_IncidentDate", aware);
      browser.click(formField("Field_IncidentType-1"));
      browser.click(formField("Field_AbuseOrNeglect-1"));
      browser.type(formField("Field_IncidentSummary"), "Admitted to hospital with injuries not explained.");

      assertImpossibleDatesRefused(browser, "Field_AwarenessDate");
      browser.startProcess();
      browser.scrollTo(browser.visible(refusal("Field_AwarenessDate")));
      browser.screenshot(shot + "-2-start-refused-beside-the-field");
      assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("childPseudonym", child).count())
          .isZero();

      typeAndEnter(browser, "Field_AwarenessDate", UK.format(aware));
      assertThat(browser.all(refusal("Field_AwarenessDate"))).isEmpty();
      browser.startProcess();
      browser.waitForText(By.tagName("body"), "The process has been started.");
      ProcessInstance incident = runtimeService.createProcessInstanceQuery()
          .variableValueEquals("childPseudonym", child).singleResult();
      assertThat(runtimeService.getVariable(incident.getId(), CaseVariables.AWARENESS_DATE))
          .isEqualTo(aware.toString());
      assertThat(runtimeService.getVariable(incident.getId(), CaseVariables.INCIDENT_DATE))
          .isEqualTo(aware.toString());

      browser.click(By.partialLinkText("My groups' tasks"));
      browser.waitForText(By.cssSelector("[cam-tasks]"), child);
      browser.click(By.xpath("//*[@cam-tasks]//li[contains(., '" + child + "')]"
          + "//a[contains(., 'Record the Panel notification')]"));
      // the server's own date in the task's text is day first too
      browser.waitForText(By.cssSelector("[cam-tasklist-task]"), "became aware on " + UK.format(aware));
      browser.click(By.cssSelector("[ng-click='claim()']"));
      browser.type(formField("Field_PanelReference"), "NOT-2026-0311");
      assertUkCalendar(browser, "Field_PanelNotificationDate", shot + "-3-task-form-calendar");
      assertImpossibleDatesRefused(browser, "Field_PanelNotificationDate");
      browser.completeTask();
      browser.scrollTo(browser.visible(refusal("Field_PanelNotificationDate")));
      browser.screenshot(shot + "-4-task-refused-beside-the-field");
      assertThat(runtimeService.getVariable(incident.getId(), CaseVariables.PANEL_NOTIFICATION_DATE)).isNull();

      browser.typeDate("Field_PanelNotificationDate", notified);
      assertThat(browser.visible(formField("Field_PanelNotificationDate-date")).getAttribute("value"))
          .isEqualTo(UK.format(notified));
      browser.completeTask();
      browser.visible(By.cssSelector(".no-task"));
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
          .variableName(CaseVariables.PANEL_NOTIFICATION_DATE).singleResult().getValue())
          .isEqualTo(notified.toString());
    }
  }
}
