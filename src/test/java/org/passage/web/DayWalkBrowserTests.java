package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Each demo role's day, in the browser, from the home page without typing an address after logging in: the
 * coordinator from the red alert on his home page to the check-in board (acknowledging says what was done) and a case
 * whose every page carries the case header; the caseworker from "My tasks", overdue first, to a case whose Latin
 * spelling and birth date he corrects (confirmed, in the history, found by search); the analyst to the vetting awaiting
 * him; the lawyer from his overdue task to the case's documents; the auditor to the trail and its filters. Every page is
 * screenshotted and timed into target/day-walk (walk.tsv: role, step, page, milliseconds).
 */
@PassageWebTest(properties = "passage.test.context=day-walk")
@BrowserTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DayWalkBrowserTests {

    private static final Path WALK = Path.of("target", "day-walk");
    private static final List<String> TIMINGS = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;
    private String app;
    private boolean seeded;
    private int step;

    private void start(String username) {
        if (!seeded) {
            DemoSeeder.seedAll(seeders, new PrintStream(OutputStream.nullOutputStream()));
            seeded = true;
        }
        app = "http://localhost:" + port;
        step = 0;
        browser.manage().deleteAllCookies();
        Browsers.logIn(browser, app, Browsers.withKnownPassword(jdbc, staff.findByUsername(username).orElseThrow()));
        browser.get(app + "/?lang=en");
    }

    @Test
    @Order(1)
    void theCoordinatorGoesFromTheRedAlertToTheBoardAndACaseWhoseEveryPageHasItsHeader() throws Exception {
        start("coordinator");
        seen("coordinator", "home");
        List<WebElement> sections = browser.findElements(By.cssSelector("#attention section"));
        assertThat(sections.getFirst().getAttribute("id")).isEqualTo("home-checkins");
        assertThat(sections.getFirst().getAttribute("class")).contains("urgent");

        click(By.cssSelector("#home-checkins li a"));
        seen("coordinator", "alert-case-checkins");
        assertThat(browser.findElement(By.id("case-header")).getText()).isNotBlank();

        click(By.id("nav-checkins"));
        seen("coordinator", "checkin-board");
        WebElement row = browser.findElement(By.cssSelector("#checkin-board tbody tr"));
        String code = row.getAttribute("data-case");
        row.findElement(By.cssSelector("textarea[name=whatWasDone]")).sendKeys("Called him on Signal; he is safe, phone was off");
        click(row.findElement(By.cssSelector("button.ack")));
        seen("coordinator", "acknowledged");
        assertThat(browser.findElement(By.id("saved")).getText()).startsWith("Saved — alert acknowledged");

        click(By.cssSelector("nav.mainnav a[href='/cases']"));
        seen("coordinator", "case-list");
        click(By.cssSelector("#case-list tbody tr a.mono"));
        seen("coordinator", "case");
        WebElement header = browser.findElement(By.id("case-header"));
        String caseCode = header.getAttribute("data-case");
        for (String fact : List.of("header-stage", "header-where", "header-last-checkin", "header-screening", "header-vetting")) {
            assertThat(header.findElements(By.id(fact))).as(fact).hasSize(1);
        }
        String casePage = browser.getCurrentUrl();
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.findElements(By.cssSelector("main a[href]"))) {
            String href = link.getAttribute("href").replace(app, "");
            if ((href.matches("/cases/[0-9a-f-]{36}/.+") || href.matches("/(checkins|telegram)/cases/[0-9a-f-]{36}"))
                    && !href.endsWith("/pdf") && !href.endsWith("/sig") && !href.contains("#")) {
                pages.add(href);
            }
        }
        assertThat(pages).as("the case page links to its sub-pages").hasSizeGreaterThanOrEqualTo(6);
        for (String page : pages) {
            browser.get(app + page);
            seen("coordinator", "case-page " + page.replaceAll("[0-9a-f-]{36}", "{id}"));
            assertThat(browser.findElements(By.id("case-header"))).as(page).hasSize(1);
            assertThat(browser.findElement(By.id("case-header")).getAttribute("data-case")).as(page).isEqualTo(caseCode);
            browser.get(casePage);
        }
        assertThat(code).isNotBlank();
    }

    @Test
    @Order(2)
    void theCaseworkerWorksThroughHisTasksAndCorrectsAnApplicantsNames() throws Exception {
        start("caseworker");
        seen("caseworker", "home");
        assertThat(browser.findElement(By.cssSelector("#home-tasks .count")).getText()).isNotEqualTo("0");

        click(By.id("nav-tasks"));
        seen("caseworker", "my-tasks");
        WebElement first = browser.findElement(By.cssSelector("#my-tasks tbody tr"));
        assertThat(first.getAttribute("class")).as("overdue first").contains("overdue");
        click(first.findElement(By.cssSelector("a.mono")));
        seen("caseworker", "case-tasks");
        assertThat(browser.findElements(By.id("case-header"))).hasSize(1);

        click(By.id("header-case"));
        seen("caseworker", "case");
        click(By.id("details-link"));
        seen("caseworker", "details");
        WebElement latin = browser.findElement(By.id("applicant-latin-input"));
        String spelling = "SHCHERBAKOFF ALEKSANDR " + Long.toString(System.nanoTime() % 100000);
        latin.clear();
        latin.sendKeys(spelling);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '1991-03-04'",
                browser.findElement(By.id("applicant-birth-input")));
        click(By.id("applicant-save"));
        seen("caseworker", "details-saved");
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Saved — names and birth date");
        assertThat(browser.findElement(By.id("history-table")).getText()).contains(spelling).contains("1991-03-04")
                .contains("Misha Caseworker");

        click(By.cssSelector("nav.mainnav a[href='/cases']"));
        browser.findElement(By.id("filter-q")).sendKeys("shcherbakoff");
        click(By.id("filter-submit"));
        seen("caseworker", "search");
        assertThat(browser.findElement(By.id("case-list")).getText()).contains(spelling);
    }

    @Test
    @Order(3)
    void theAnalystReachesTheVettingWaitingForHim() throws Exception {
        start("analyst");
        seen("analyst", "home");
        List<WebElement> waiting = browser.findElements(By.cssSelector("#home-vetting li a"));
        if (waiting.isEmpty()) {
            click(By.cssSelector("nav.mainnav a[href='/cases']"));
            seen("analyst", "case-list");
            click(By.cssSelector("#case-list tbody tr a.mono"));
            seen("analyst", "case");
            click(By.cssSelector("a[href$='/vetting']"));
        } else {
            click(waiting.getFirst());
        }
        seen("analyst", "vetting");
        assertThat(browser.findElement(By.id("case-header")).findElements(By.id("header-vetting"))).hasSize(1);
    }

    @Test
    @Order(4)
    void theLawyerGoesFromHisOverdueTaskToTheCasesDocuments() throws Exception {
        start("lawyer");
        seen("lawyer", "home");
        click(By.cssSelector("#home-tasks li a"));
        seen("lawyer", "case-tasks");
        assertThat(browser.findElement(By.id("task-list")).getText()).contains("overdue");
        click(By.id("header-case"));
        seen("lawyer", "case");
        click(By.id("documents-link"));
        seen("lawyer", "documents");
        assertThat(browser.findElements(By.id("case-header"))).hasSize(1);
    }

    @Test
    @Order(5)
    void theAuditorReadsTheTrailAndFiltersIt() throws Exception {
        start("auditor");
        seen("auditor", "home");
        click(By.cssSelector("nav.mainnav a[href='/audit']"));
        seen("auditor", "audit");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("family"))).selectByIndex(1);
        click(By.id("audit-apply"));
        seen("auditor", "audit-filtered");
        assertThat(browser.findElements(By.id("audit-events"))).hasSize(1);
        assertThat(browser.findElements(By.id("audit-export"))).hasSize(1);
    }

    @AfterAll
    void writeTheWalk() throws Exception {
        Files.createDirectories(WALK);
        Files.write(WALK.resolve("walk.tsv"), TIMINGS);
    }

    private void click(By by) {
        click(browser.findElement(by));
    }

    private void click(WebElement element) {
        Browsers.clickForNewPage(browser, element);
    }

    /** Records the page just loaded: its load time from the browser's navigation timing, and a screenshot. */
    private void seen(String role, String what) throws Exception {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Object ms = ((JavascriptExecutor) browser).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? Math.round(n.duration) : -1;");
        String path = browser.getCurrentUrl().replace(app, "");
        TIMINGS.add(role + "\t" + what + "\t" + path + "\t" + ms);
        step++;
        Files.createDirectories(WALK);
        String name = role + "-" + String.format(Locale.ROOT, "%02d", step) + "-" + what.replaceAll("[^a-zA-Z0-9]+", "-");
        Files.write(WALK.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(browser.getTitle()).as(path).doesNotContain("Error").doesNotContain("Not found");
    }
}
