package io.qualgraph.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through chromedriver, with a fresh profile, and the few page actions the tests need.
 * Missing binaries fail the test: CI installs them ({@code apt-get install -y chromium chromium-driver}).
 */
record Browser(ChromeDriver driver, WebDriverWait waiter, Path profile) {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static Browser start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `apt-get update && apt-get install -y chromium chromium-driver`");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("qualgraph-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        return new Browser(driver, new WebDriverWait(driver, TIMEOUT), profile);
    }

    void type(String css, String text) {
        WebElement field = waiter.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        waiter.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void waitForText(String css, String text) {
        new WebDriverWait(driver, TIMEOUT).withMessage(() -> css + " never showed '" + text + "' but '" + text(css) + "'; status line: "
                + text("#status") + "; script errors: " + scriptErrors() + "; matches: "
                + driver.findElements(By.cssSelector(css)).stream().map(e -> "[" + e.getText() + "|" + e.isDisplayed() + "]").toList()
)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Pages through the ranked list (at most 40 pages) until the row of the account shows. */
    WebElement findAccountRow(String accountId) {
        By row = By.cssSelector("#accounts tbody tr[data-id='" + accountId + "']");
        for (int page = 1; page <= 40; page++) {
            waitForText("#pager span", "page " + page + " of");
            List<WebElement> found = driver.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (!driver.findElement(By.cssSelector("#pager button[name=next]")).isEnabled()) {
                break;
            }
            click("#pager button[name=next]");
        }
        return fail("Account " + accountId + " is not in the ranked list");
    }

    /** Pages through a paged table (at most 40 pages) until the row with {@code data-id} shows. */
    WebElement findRow(String table, String pager, String id) {
        By row = By.cssSelector(table + " tbody tr[data-id='" + id + "']");
        for (int page = 1; page <= 40; page++) {
            waitForText(pager + " span", "page " + page + " of");
            List<WebElement> found = driver.findElements(row);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (!driver.findElement(By.cssSelector(pager + " button[name=next]")).isEnabled()) {
                break;
            }
            click(pager + " button[name=next]");
        }
        return fail("No row " + id + " in " + table);
    }

    /** Opens a view of the page by its hash (#inbox, #account/ID, …) as a link would. */
    void open(String hash) {
        driver.executeScript("location.hash = arguments[0]", hash);
    }

    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 900));
    }

    /** How far the page is wider than the window (0 when nothing scrolls sideways). */
    long overflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
    }

    /**
     * Saves the whole page at 1,280 and 420 pixels wide under {@code qualgraph.shots} (default /tmp/page-shots, never
     * the repository), for a person to look at; returns the page's sideways overflow at 420.
     */
    long screenshots(String name) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("qualgraph.shots", "/tmp/page-shots"));
        Files.createDirectories(dir);
        long narrowOverflow = 0;
        for (int pixels : new int[] {1280, 420}) {
            width(pixels);
            driver.executeScript("window.scrollTo(0, 0)");
            Thread.sleep(400);
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(pixels, (int) Math.min(Math.max(height, 900), 6000)));
            Thread.sleep(300);
            Files.write(dir.resolve(name + "-" + pixels + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            if (pixels == 420) {
                narrowOverflow = overflow();
            }
        }
        width(1280);
        return narrowOverflow;
    }

    /** Script errors logged by the page; failed requests are left out (the page shows those in its status line). */
    List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource")).toList();
    }

    void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
