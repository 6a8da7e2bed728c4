package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Evidence in Chromium, as a caseworker: add an item with a file from the case page, see its full hash and the
 * metadata warning, download it with a purpose, record a transfer, verify, and read the custody log. Screenshot
 * target/screenshots/evidence-item.png. Also: the demo adds its evidence once.
 */
@PassageWebTest(properties = "passage.test.context=evidence-browser")
@BrowserTest
@DirtiesContext
class EvidenceBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DemoSeeder> seeders;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aCaseworkerAddsAFileOpensItAndSeesTheChainOfCustody() throws Exception {
        UUID org = organizations.create("Evidence Browser " + UUID.randomUUID()).id();
        StaffMember caseworker = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        var opened = cases.openForApplicant(org, "Свидетелев Пётр");
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(opened.id().value(), caseworker.id()).update();
        byte[] statement = "Typed statement for the browser test (invented).\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.createTempFile("statement", ".txt");
        Files.write(file, statement);
        String app = "http://localhost:" + port;

        Browsers.logIn(browser, app, caseworker);
        browser.get(app + "/cases/" + opened.id());
        assertThat(browser.findElement(By.id("evidence-panel")).getText()).contains("No evidence recorded yet.");
        browser.findElement(By.id("evidence-new")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("capture-form")));
        assertThat(browser.findElement(By.id("metadata-warning")).getText()).contains("keeps its metadata");
        new Select(browser.findElement(By.id("kind"))).selectByValue("WITNESS_STATEMENT");
        browser.findElement(By.id("label")).sendKeys("His account of the service");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("capturedAt")),
                "2026-01-15T09:30");
        browser.findElement(By.id("note")).sendKeys("Typed at the first interview.");
        browser.findElement(By.cssSelector("#capture-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("custody-log")));
        String url = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("sha256")).getText()).isEqualTo(Original.sha256(statement));

        browser.findElement(By.id("purpose")).sendKeys("preparing the vetting");
        browser.findElement(By.cssSelector("#open-form button[type=submit]")).click();
        waitForCustodyRows(2, url);
        browser.findElement(By.id("recipient")).sendKeys("our lawyer");
        browser.findElement(By.id("transfer-purpose")).sendKeys("asylum file");
        browser.findElement(By.cssSelector("#transfer-form button[type=submit]")).click();
        waitForCustodyRows(3, url);
        browser.findElement(By.id("verify")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verified-match")));

        String log = browser.findElement(By.id("custody-log")).getText();
        assertThat(log).contains("captured", "opened", "preparing the vetting", "transferred", "to our lawyer: asylum file",
                "verified", "SHA-256 matches", caseworker.username().value());
        assertThat(browser.findElement(By.id("chain-intact")).isDisplayed()).isTrue();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", browser.findElement(By.id("transfer-form")));
        Browsers.screenshot(browser, "evidence-item");

        browser.get(app + "/cases/" + opened.id());
        var panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-items")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", panel);
        assertThat(panel.getAttribute("textContent"))
                .contains("His account of the service", Original.sha256(statement).substring(0, 12), "yes");
        Browsers.screenshot(browser, "evidence-panel");
    }

    @Test
    void theDemoAddsItsEvidenceOnce() {
        seed();
        seed();
        assertThat(jdbc.sql("""
                select count(*) from evidence_items i join organizations o on o.id = i.organization_id where o.name = 'Ark Demo'""")
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from evidence_custody c join organizations o on o.id = c.organization_id
                where o.name = 'Ark Demo' and c.action = 'CAPTURED' and c.actor = 'system'""").query(Integer.class).single()).isEqualTo(3);
    }

    private void seed() {
        var console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DemoSeeder.seedAll(seeders, console);
    }

    /**
     * The download leaves the page as it was; the custody log shows it once the page is loaded again. The page is
     * loaded once the log holds the row: loaded at once, it could cancel the form's request before it left.
     */
    private void waitForCustodyRows(int rows, String url) {
        String item = url.replaceAll(".*/evidence/([0-9a-f-]{36}).*", "$1");
        wait.until(d -> jdbc.sql("select count(*) from evidence_custody where evidence_id = ?::uuid").param(item)
                .query(Integer.class).single() >= rows);
        browser.get(url);
        assertThat(browser.findElements(By.cssSelector("#custody-log tbody tr"))).hasSizeGreaterThanOrEqualTo(rows);
    }
}
