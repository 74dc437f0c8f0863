package uk.safeguarding.casereview.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no driver or browser is ever downloaded,
 * and Chromium is kept off the network beyond loopback. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static final Path CHROMIUM = Path.of(env("CHROMIUM", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(String baseUrl, String language) {
    // a British browser unless a test asks for another language (Tasklist's dates are dd/mm/yyyy in any)
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + ",en"));
    this.driver = new ChromeDriver(service, options);
    // Chromium on a machine without the locale installed ignores --lang; this sets it for the page
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/London"));
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.baseUrl = baseUrl;
  }

  public static boolean isInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  public static Browser open(int port) {
    return open(port, "en-GB");
  }

  /** A browser whose language (and so {@code navigator.language} and Intl's default) is {@code language}. */
  public static Browser open(int port, String language) {
    RequiredInCi.require(isInstalled(), "Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    return new Browser("http://localhost:" + port, language);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Logs in on a webapp's own login page, and waits for its answer: the app, or a notification such as a
   * refusal. A submission the page swallowed while it was still starting (seen once on a busy machine) is
   * made again.
   */
  public void login(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/#/login");
    By signIn = By.cssSelector("form[name='signinForm']");
    for (int attempt = 1; ; attempt++) {
      WebElement form = visible(signIn);
      WebElement name = form.findElement(By.cssSelector("input[type='text']"));
      name.clear();
      name.sendKeys(user);
      WebElement secret = form.findElement(By.cssSelector("input[type='password']"));
      secret.clear();
      secret.sendKeys(password);
      form.findElement(By.cssSelector("button[type='submit']")).click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.or(
            ExpectedConditions.invisibilityOfElementLocated(signIn),
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert"))));
        return;
      } catch (org.openqa.selenium.TimeoutException unanswered) {
        if (attempt == 2) {
          screenshot("login-unanswered-" + app + "-" + user);
          throw unanswered;
        }
      }
    }
  }

  public WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Clicks the element; when Tasklist redraws it between finding and clicking (a list refreshing), finds it again. */
  public void click(By locator) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement element = clickable(locator);
        scrollTo(element);
        element.click();
        return;
      } catch (StaleElementReferenceException redrawn) {
        if (attempt == 3) {
          throw redrawn;
        }
      }
    }
  }

  public void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /**
   * Types into a field and waits until the field holds the text. A form that is still rendering can swallow
   * keystrokes, so the text is typed again if it did not stick.
   */
  public void type(By locator, String text) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      WebElement field = clickable(locator);
      field.clear();
      field.sendKeys(text);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(2))
            .until(ExpectedConditions.attributeToBe(locator, "value", text));
        return;
      } catch (org.openqa.selenium.TimeoutException swallowed) {
        // try again
      }
    }
    throw new AssertionError("The field " + locator + " would not keep the text '" + text + "'");
  }

  /** A Camunda Form's field by its component id; in a dynamic list's entry, e.g. {@code Field_DueOn_1}. */
  public static By formField(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "']");
  }

  /** Types a date into a Camunda Form's date field as people in England write it (dd/mm/yyyy). */
  public void typeDate(String componentId, LocalDate date) {
    By input = formField(componentId + "-date");
    type(input, UK_DATE.format(date));
    clickable(input).sendKeys(Keys.ENTER);
  }

  /** Chooses an option of a Camunda Form's select by the label people see. */
  public void choose(String componentId, String label) {
    click(By.cssSelector("[id$='-" + componentId + "-display']"));
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + label + "']"));
    waitForText(By.cssSelector("[id$='-" + componentId + "-display']"), label);
  }

  /**
   * Presses the task form's Complete button. Tasklist disables it while a completion runs; if it stays
   * disabled this fails naming the form's errors and values.
   */
  public void completeTask() {
    pressFormButton(By.cssSelector("[ng-click='complete()']"), "Complete");
  }

  /** Presses the start dialog's Start button, failing as {@link #completeTask()} does. */
  public void startProcess() {
    pressFormButton(By.cssSelector("[ng-click='startProcessInstance()']"), "Start");
  }

  /**
   * A person moves from the last field to the button in well over form-js's pause before it takes typed text
   * in; WebDriver clicks within milliseconds of the last key. Leaving the field first, and giving form-js that
   * pause, presses the button on the form as a person would find it.
   */
  private void pressFormButton(By button, String label) {
    ((JavascriptExecutor) driver).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    pause(Duration.ofMillis(400));
    try {
      click(button);
    } catch (org.openqa.selenium.TimeoutException disabled) {
      List<String> errors = all(By.cssSelector(".fjs-form-field")).stream()
          .filter(field -> !field.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty())
          .map(field -> field.getText().replace('\n', ' ')).toList();
      List<String> values = all(By.cssSelector(".fjs-form input, .fjs-form textarea")).stream()
          .map(input -> input.getAttribute("id") + "=" + input.getAttribute("value")).toList();
      Path shot = screenshot("disabled-" + label.toLowerCase(java.util.Locale.ROOT) + "-button");
      throw new AssertionError(label + " stays disabled; the form shows errors in: " + errors + "; values: "
          + values + "; screenshot: " + shot, disabled);
    }
  }

  /** Closes Tasklist's notifications (they sit over the form's buttons) once they have been read. */
  public void dismissNotifications() {
    for (WebElement close : all(By.cssSelector(".notifications .alert .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(driver -> all(By.cssSelector(".notifications .alert")).stream().noneMatch(WebElement::isDisplayed));
  }

  /** Waits until a field holds the value (a form restored from a draft renders after the page). */
  public void waitForValue(By locator, String value) {
    wait.until(ExpectedConditions.attributeToBe(locator, "value", value));
  }

  public void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a screenshot as target/screenshots/{name}.png and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Resizes the window and waits until the page knows its new width and has drawn two frames since, so that
   * resize handlers have run and the layout follows the window.
   */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    wait.until(page -> Long.valueOf(width).equals(driver.executeScript("return window.outerWidth;")));
    driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " requestAnimationFrame(() => requestAnimationFrame(done));");
  }

  public void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
