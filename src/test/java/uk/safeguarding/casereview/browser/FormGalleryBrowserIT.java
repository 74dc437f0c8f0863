package uk.safeguarding.casereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ParallelGatewayBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.safeguarding.casereview.support.Accessibility;
import uk.safeguarding.casereview.support.Browser;
import uk.safeguarding.casereview.support.JsonVariables;
import uk.safeguarding.casereview.support.WebIntegrationTest;

/**
 * Every Camunda Form of forms/ as Tasklist shows it, with our scripts and styles: each is opened as a task
 * of a test-only process (one user task per form, for the administrator only) at 1280 and 1920 px. No label,
 * table cell or form is cut off sideways, every required field carries its mark, and axe-core finds no serious
 * or critical WCAG 2.2 AA violation in the form.
 */
@WebIntegrationTest
class FormGalleryBrowserIT {

  private static final String GALLERY = "form-gallery";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String deploymentId;

  @BeforeEach
  void deployTheGallery() throws IOException {
    List<String> forms = formIds();
    ParallelGatewayBuilder fork = Bpmn.createExecutableProcess(GALLERY).name("Form gallery (test)")
        .camundaHistoryTimeToLive(1).camundaStartableInTasklist(false).startEvent().parallelGateway("Fork");
    AbstractFlowNodeBuilder<?, ?> flow = fork.userTask("Form_" + 0).name(forms.get(0)).camundaFormRef(forms.get(0))
        .camundaFormRefBinding("latest").camundaCandidateGroups("camunda-admin").parallelGateway("Join");
    for (int i = 1; i < forms.size(); i++) {
      flow = flow.moveToNode("Fork").userTask("Form_" + i).name(forms.get(i)).camundaFormRef(forms.get(i))
          .camundaFormRefBinding("latest").camundaCandidateGroups("camunda-admin").connectTo("Join");
    }
    BpmnModelInstance model = flow.moveToNode("Join").endEvent().done();
    deploymentId = repositoryService.createDeployment().name(GALLERY).addModelInstance(GALLERY + ".bpmn", model)
        .deploy().getId();
    runtimeService.startProcessInstanceByKey(GALLERY, "GALLERY-1", caseValues());
  }

  @AfterEach
  void removeTheGallery() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @Test
  void every_form_wraps_marks_what_is_required_and_is_accessible_at_1280_and_1920_px() throws IOException {
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(GALLERY).orderByTaskName().asc().list();
    assertThat(tasks).hasSize(formIds().size());
    tasks.forEach(task -> taskService.claim(task.getId(), "admin"));
    Map<String, List<String>> clipped = new HashMap<>();
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "admin", "admin");
      for (Task task : tasks) {
        browser.resize(1280, 1000);
        browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.visible(By.cssSelector("[cam-tasklist-form] .fjs-form"));
        browser.waitForText(By.cssSelector(".task-details"), task.getName());
        Accessibility.assertAccessible(browser, "[cam-tasklist-form]", "the form " + task.getName());
        // the same page at both widths: the layout follows the window without loading the form again
        for (int width : new int[] {1280, 1920}) {
          browser.resize(width, 1000);
          List<String> problems = new ArrayList<>(cutOff(browser));
          problems.addAll(unmarkedRequired(browser));
          if (!problems.isEmpty()) {
            clipped.put(task.getName() + " at " + width + " px", problems);
            browser.screenshot("gallery-problem-" + task.getName() + "-" + width);
          }
          if (List.of("review-decision", "commission-independent-reviewer", "rapid-review-meeting",
              "record-publication", "record-recommendations").contains(task.getName())) {
            browser.screenshot("gallery-" + task.getName() + "-" + width);
          }
        }
      }
    }
    assertThat(clipped).as("labels, cells or forms cut off, or required fields without a mark").isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void lists_say_what_they_add_text_counts_characters_inputs_say_what_they_take_and_table_links_open() {
    Task recommendations = galleryTask("record-recommendations");
    Task meeting = galleryTask("rapid-review-meeting");
    Task commission = galleryTask("commission-independent-reviewer");
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "admin", "admin");
      browser.go("/camunda/app/tasklist/default/#/?task=" + recommendations.getId());
      WebElement add = browser.visible(By.cssSelector(".fjs-repeat-render-add"));
      assertThat(add.getText()).isEqualTo("Add another recommendation").doesNotContain("Add new");
      assertThat(entries(browser)).containsExactly("Recommendation 1");

      browser.click(By.cssSelector(".fjs-repeat-render-add"));
      browser.pause(Duration.ofMillis(300));
      assertThat(entries(browser)).containsExactly("Recommendation 1", "Recommendation 2");

      By firstText = By.cssSelector(".fjs-repeat-row-container textarea[id*='-Field_Recommendation']");
      By firstCount = By.cssSelector(".fjs-form-field:has(textarea[id*='-Field_Recommendation']) .case-review-count");
      WebElement count = browser.visible(firstCount);
      assertThat(count.getText()).isEqualTo("0 of 2,000 characters");
      browser.type(firstText, "Share the neglect toolkit with every health visitor");
      browser.waitForText(firstCount, "51 of 2,000 characters");
      assertThat(browser.visible(firstText).getAttribute("aria-describedby")).contains(count.getAttribute("id"));

      // a phone or tablet offers the keyboard for a link, and nobody's link is "corrected"
      WebElement reportLink = browser.visible(Browser.formField("Field_FinalReportLink"));
      assertThat(reportLink.getAttribute("inputmode")).isEqualTo("url");
      assertThat(reportLink.getAttribute("spellcheck")).isEqualTo("false");
      assertThat(browser.visible(Browser.formField("Field_FinalReportVersion")).getAttribute("spellcheck"))
          .isEqualTo("false");

      browser.go("/camunda/app/tasklist/default/#/?task=" + commission.getId());
      WebElement email = browser.visible(Browser.formField("Field_ReviewerEmail"));
      assertThat(email.getAttribute("inputmode")).isEqualTo("email");
      browser.type(Browser.formField("Field_ReviewerEmail"), "rosa.bennett");
      browser.click(Browser.formField("Field_ReviewerName"));
      browser.waitForText(By.xpath("//*[contains(@class,'fjs-form-field') and .//*[contains(@id,'-Field_ReviewerEmail')]]"
          + "//*[contains(@class,'fjs-form-field-error')]"), "Enter an email address, like name@example.org.");

      browser.go("/camunda/app/tasklist/default/#/?task=" + meeting.getId());
      WebElement link = browser.visible(By.cssSelector("td[data-case-review-link]"));
      assertThat(link.getAttribute("role")).isEqualTo("link");
      assertThat(link.getAttribute("tabindex")).isEqualTo("0");
      // the document store is not on this machine: what would be opened is recorded instead of opened
      browser.driver().executeScript("window.caseReviewOpened = []; "
          + "window.open = (...args) => { window.caseReviewOpened.push(args); return null; };");
      link.click();
      link.sendKeys(Keys.ENTER);
      assertThat(browser.driver().executeScript("return window.caseReviewOpened;")).asList().hasSize(2)
          .allSatisfy(call -> assertThat((List<Object>) call).containsExactly(
              "https://documents.example.org/sites/case-review/SI-2026-0999/police-summary-v1.docx", "_blank",
              "noopener,noreferrer"));
    }
  }

  private Task galleryTask(String form) {
    Task task = taskService.createTaskQuery().processDefinitionKey(GALLERY).taskName(form).singleResult();
    taskService.claim(task.getId(), "admin");
    return task;
  }

  /** What each entry of the form's dynamic list is called on the page (drawn before it, from an attribute). */
  @SuppressWarnings("unchecked")
  private static List<String> entries(Browser browser) {
    return (List<String>) browser.driver().executeScript("""
        return Array.from(document.querySelectorAll('[data-case-review-entry]'))
          .filter(row => getComputedStyle(row, '::before').content.includes(row.getAttribute('data-case-review-entry')))
          .map(row => row.getAttribute('data-case-review-entry'));
        """);
  }

  /** Labels, table cells and forms whose content is wider than they are (clipped sideways). */
  @SuppressWarnings("unchecked")
  private static List<String> cutOff(Browser browser) {
    return (List<String>) browser.driver().executeScript("""
        const form = document.querySelector('[cam-tasklist-form]');
        return Array.from(form.querySelectorAll(
            '.fjs-form-field-label, .fjs-table-td, .fjs-table-th, .fjs-form-field-text td, .fjs-container, '
            + '.fjs-table-inner-container'))
          .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
          .map(e => 'cut off: ' + e.textContent.trim().slice(0, 60));
        """);
  }

  /** Shown fields the form requires whose label has no mark (form-js puts "*" after a required field's label). */
  @SuppressWarnings("unchecked")
  private static List<String> unmarkedRequired(Browser browser) {
    return (List<String>) browser.driver().executeScript("""
        const form = document.querySelector('[cam-tasklist-form]');
        return Array.from(form.querySelectorAll('.fjs-form-field.required'))
          .filter(field => field.offsetParent !== null)
          .map(field => field.querySelector('.fjs-form-field-label'))
          .filter(label => label && getComputedStyle(label, '::after').content !== '"*"')
          .map(label => 'no required mark: ' + label.textContent.trim().slice(0, 60));
        """);
  }

  private static List<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<String> ids = new ArrayList<>();
      for (Path form : files.filter(file -> file.toString().endsWith(".form")).sorted().toList()) {
        ids.add(json.readTree(form.toFile()).path("id").asText());
      }
      return ids;
    }
  }

  /** What the forms' texts and tables show, so that long values and links are on the page; pseudonyms only. */
  private static Map<String, Object> caseValues() {
    Map<String, Object> values = new HashMap<>();
    values.put("caseReference", "SI-2026-0999");
    values.put("childPseudonym", "Child Gallery");
    values.put("reviewDecision", "lcspr");
    values.put("learningThemeOptions", JsonVariables.jsonValue(List.of(Map.of("label", "Neglect", "value", "neglect"),
        Map.of("label", "Sudden unexpected death in infancy", "value", "sudi"),
        Map.of("label", "Information sharing", "value", "information-sharing"))));
    values.put("agencySummaries", JsonVariables.jsonValue(List.of(Map.of(
        "agencyName", "Exampleshire Police", "statusLabel", "Received", "involvementLabel", "Ongoing involvement",
        "involvementSummary", "Contact on four occasions over the year before the incident, the last of them a home visit by "
            + "the neighbourhood team after a report from a neighbour",
        "summaryLink", "https://documents.example.org/sites/case-review/SI-2026-0999/police-summary-v1.docx",
        "recordedOn", "2026-11-20"))));
    values.put("chronologies", JsonVariables.jsonValue(List.of(Map.of(
        "agencyName", "Health (ICB)",
        "chronologyLink", "https://documents.example.org/sites/case-review/SI-2026-0999/health-chronology-v2.xlsx",
        "chronologyVersion", "2.1", "acceptedOn", "2026-11-21"))));
    return values;
  }
}
