package uk.imap;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium driving IMAP's pages as a person would, waiting on PrimeFaces' ajax queue, never on sleeps. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL application;
    // Chromium's own temporary files: a killed or crashed browser leaves them behind, so each has a place of its own
    // that close() removes, not the machine's temporary directory (hundreds after a run of the tests).
    private final Path temporary;

    public Browser(URL application) {
        this.application = application;
        try {
            this.temporary = Files.createTempDirectory("imap-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("imap.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("imap.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("TMPDIR", temporary.toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public URL application() {
        return application;
    }

    public void open(String path) {
        driver.get(application.toString().replaceAll("/+$", "") + "/" + path);
    }

    /** Signs in on the sign-in page and waits for the page that answers, so the next step never cuts it short. */
    public void signIn(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        submit(By.id("signInButton"));
    }

    /** Opens a page, signs in on the sign-in page it leads to as the demo user, and waits to be back on it. */
    public void signInAt(String path, String username) {
        open(path);
        signIn(username, Deployments.PASSWORD);
        waitForUrl(path.isEmpty() ? "/imap/" : path.replaceAll("\\?.*", ""));
    }

    /** Signs out and waits for the sign-in page, so the next page is not asked for in the ending session. */
    public void signOut() {
        driver.findElement(By.id("signOut:signOutButton")).click();
        waitForUrl("signedOut=true");
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * The element's text once it contains {@code expected}, found afresh each time: an ajax update may replace the
     * element between finding it and reading it. Returns the last text read, for the assertion's message.
     */
    public String textWhenItSays(By by, String expected) {
        String[] last = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> (last[0] = d.findElement(by).getText()).contains(expected));
        } catch (TimeoutException notSaid) {
            // The caller's assertion names what was there instead.
        }
        return last[0];
    }

    public void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Types a day in the day, month and year boxes whose day box has the id given; empty strings clear a box. */
    public void typeDate(String id, String day, String month, String year) {
        type(By.id(id), day);
        type(By.id(id + "_month"), month);
        type(By.id(id + "_year"), year);
    }

    public void click(By by) {
        driver.findElement(by).click();
        waitForAjax();
    }

    /**
     * Opens one of the enquiry page's forms for changes as a person would, with the button that shows it in place,
     * and waits for the form; a form open already is left as it is.
     */
    public void openForm(String form) {
        List<WebElement> opener = driver.findElements(By.id(form + "Opener:open"));
        if (!opener.isEmpty()) {
            opener.get(0).click();
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(form)).isEmpty());
        waitForAjax();
    }

    /** Clicks a control that posts the whole page (not ajax), and waits for the page that answers. */
    public void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        // The old page is gone once any question about it fails: Chromium says so in more than one way.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitForAjax();
    }

    /** Waits until PrimeFaces has no ajax request queued or running and the page has loaded. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    public void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(part));
        waitForAjax();
    }

    /** Saves what the page shows now to target/screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page as it stands (R26), one line per rule broken,
     * naming the elements; empty when the page passes.
     */
    public List<String> accessibilityProblems() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The text of the page as it stands, once it has loaded; retried while the browser is between two pages. */
    public String pageText() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            waitForAjax();
            return d.findElement(By.tagName("body")).getText();
        });
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            removeTemporary();
        }
    }

    // Best effort: a browser process still ending may remove files as they are walked, and what is left is harmless.
    private void removeTemporary() {
        try (Stream<Path> left = Files.walk(temporary)) {
            left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            temporary.toFile().deleteOnExit();
        }
    }
}
