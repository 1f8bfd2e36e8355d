package io.qualgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.qualgraph.support.Api;
import io.qualgraph.support.IntegrationTest;
import io.qualgraph.support.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page for sales and compliance, driven in headless Chromium against the running service. */
@IntegrationTest
class WebPageIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() throws Exception {
        Api.Answer ingest = new Api(port).post("/api/ingest/bundle", TestKeys.ADMIN, bundle(Instant.now()));
        assertThat(ingest.status()).as(ingest.text()).isEqualTo(200);
        browser = Browser.start();
        browser.driver().get("http://127.0.0.1:" + port + "/");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void sales_opens_an_account_and_compliance_records_a_decision_on_a_blocked_entity() throws Exception {
        browser.type("#apiKey", TestKeys.SALES);
        browser.click("button[data-tab=compliance]");
        browser.click("#loadQueue");
        browser.waitForText("#status", "403 Role not allowed");

        browser.click("button[data-tab=accounts]");
        browser.click("#accountFilters button[type=submit]");
        WebElement row = browser.findAccountRow("WEB-P");
        Files.write(Path.of("target", "web-page-accounts.png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        row.click();
        browser.waitForText("#accountTitle", "WEB-P");
        assertThat(browser.all("#reasons tbody tr")).isNotEmpty();
        assertThat(browser.text("#reasons tbody")).contains("WEB-E1");
        assertThat(browser.text("#committee")).contains("ECONOMIC_BUYER (WEB-C1)").contains("missing:");
        browser.waitForText("#familyNote", "ownership links");
        assertThat(browser.all("#familyGraph canvas")).isNotEmpty();
        assertThat(browser.text("#familyNote")).contains("2 in the family").doesNotContain(" 0 ownership links");

        browser.click("button[data-tab=compliance]");
        browser.type("#apiKey", TestKeys.COMPLIANCE);
        browser.type("#riskLookup [name=id]", "WEB-X");
        browser.click("#riskLookup button[type=submit]");
        browser.waitForText("#riskLevel", "BLOCKED");
        assertThat(browser.all("#evidence tbody tr")).isNotEmpty();
        assertThat(browser.text("#evidence tbody")).contains("WEB-SP");

        new Select(browser.driver().findElement(By.cssSelector("#decision [name=decision]"))).selectByVisibleText("CONFIRM");
        browser.type("#decision [name=reason]", "Owner listed, confirmed by WebPageIT");
        browser.click("#decision button[type=submit]");
        browser.waitForText("#reviewState", "Owner listed, confirmed by WebPageIT");
        assertThat(browser.text("#reviewState")).contains("CONFIRM").contains("Reviewed on the current evidence");
        assertThat(browser.text("#status")).contains("recorded");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    private static String bundle(Instant now) {
        String recent = now.minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String yesterday = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String created = now.minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"entities": [
                  {"id": "WEB-P", "name": "Web Holding AG", "jurisdiction": "DE", "industry": "Software", "employees": 1500,
                   "annualRevenue": 2.5e8, "domain": "web-holding.de", "regulated": true},
                  {"id": "WEB-S", "name": "Web Subsidiary GmbH", "jurisdiction": "DE", "industry": "Software", "employees": 300,
                   "domain": "web-sub.de"},
                  {"id": "WEB-X", "name": "Web Sanctioned Trading Ltd", "jurisdiction": "CY", "industry": "Trading", "employees": 20}],
                 "persons": [
                  {"id": "WEB-BO", "name": "Wendy Owner", "nationality": "DE", "pep": false},
                  {"id": "WEB-SP", "name": "Sergei Listed", "nationality": "RU", "pep": false}],
                 "ownership": [
                  {"owner": "WEB-BO", "owned": "WEB-P", "share": 0.4, "since": "2019-01-01"},
                  {"owner": "WEB-P", "owned": "WEB-S", "share": 0.75, "since": "2020-01-01"},
                  {"owner": "WEB-SP", "owned": "WEB-X", "share": 0.6, "since": "2018-01-01"}],
                 "riskFlags": [{"id": "WEB-F1", "subject": "WEB-SP", "type": "SANCTIONED", "source": "test list",
                  "listedAt": "2022-03-01"}],
                 "contacts": [
                  {"id": "WEB-C1", "entity": "WEB-P", "name": "Paula Web", "email": "paula@web-holding.de", "title": "CFO",
                   "seniority": "C_LEVEL", "department": "Finance"},
                  {"id": "WEB-C2", "entity": "WEB-S", "name": "Sam Web", "email": "sam@web-sub.de", "title": "Head of IT",
                   "seniority": "DIRECTOR", "department": "IT"}],
                 "engagements": [
                  {"id": "WEB-E1", "contact": "WEB-C2", "type": "DEMO_REQUEST", "at": "%s"},
                  {"id": "WEB-E2", "contact": "WEB-C1", "type": "PRICING_PAGE_VISIT", "at": "%s"}],
                 "opportunities": [{"id": "WEB-O1", "entity": "WEB-P", "createdAt": "%s", "outcome": "OPEN", "amount": 90000,
                  "committee": [{"contact": "WEB-C1", "role": "ECONOMIC_BUYER"}, {"contact": "WEB-C2", "role": "TECHNICAL_EVALUATOR"}]}]}
                """.formatted(recent, yesterday, created);
    }
}
