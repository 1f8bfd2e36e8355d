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
        return new Browser(driver, new WebDriverWait(driver, Duration.ofSeconds(30)), profile);
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
        waiter.withMessage(() -> css + " never showed '" + text + "'; status line: " + text("#status"))
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
