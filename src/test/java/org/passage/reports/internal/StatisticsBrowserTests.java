package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

/**
 * The statistics page in Chromium over the demo data, as a coordinator: the charts are drawn (the CSP lets
 * them through), every chart has its table, the small demo shows mostly "&lt;5" and says why; an empty period
 * says so. Screenshots in target/screenshots.
 */
@PassageWebTest
@BrowserTest
class StatisticsBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    org.passage.cases.Cases cases;

    WebDriver browser;

    @Test
    void aCoordinatorSeesTheDemoStatisticsSuppressedWithChartsAndTables() throws Exception {
        var console = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        DemoSeeder.seedAll(seeders, console);
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        StaffMember coordinator = Browsers.member(staff, jdbc, ark, Role.COORDINATOR);
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, coordinator);

        browser.findElement(By.cssSelector("a.card[href='/statistics']")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-form")));
        var byStage = browser.findElement(By.id("table-cases-by-stage"));
        var chart = byStage.findElement(By.cssSelector("svg.chart"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(byStage.findElement(By.tagName("table")).getText()).contains("Hiding in Russia").contains("<5").contains("Total");
        assertThat(browser.findElement(By.id("statistics-small")).getText()).contains("that is the rule working");
        assertThat(browser.findElement(By.id("table-checkin-reliability")).findElements(By.cssSelector("svg.chart"))).hasSize(1);
        assertThat(browser.findElement(By.id("section-vetting")).getText()).contains("Vetting decisions by outcome").doesNotContain("Not available yet");
        assertThat(browser.findElement(By.id("section-referrals")).getText()).contains("Referrals sent").doesNotContain("Not available yet");
        Browsers.screenshot(browser, "statistics-demo");

        // a date input takes typed digits in the locale's order; ask the way the form submits it
        browser.get(app + "/statistics?from=2001-01-01&to=2001-12-31");
        assertThat(browser.findElement(By.id("statistics-empty")).getText()).contains("No data in the period 2001-01-01 to 2001-12-31");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isEmpty();
        Browsers.screenshot(browser, "statistics-empty-period");
    }

    @Test
    void withEnoughCasesTheBarsAreDrawnBesideTheirTables() throws Exception {
        UUID org = organizations.create("Statistics " + UUID.randomUUID()).id();
        new StatisticsFixture(cases, jdbc).seedArk(org);
        StaffMember admin = Browsers.member(staff, jdbc, org, Role.ORG_ADMIN);
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, admin);
        browser.get(app + "/statistics?from=2025-01-01&to=2025-12-31");

        var byStage = browser.findElement(By.id("table-cases-by-stage"));
        var bars = byStage.findElements(By.cssSelector("svg.chart rect"));
        // hiding in Russia (8) is the only shown count: one bar, as wide as the plot
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).getSize().getWidth()).isGreaterThan(100);
        assertThat(byStage.findElement(By.cssSelector("tfoot")).getText()).contains("16").contains("100 %");
        var stacked = browser.findElement(By.id("table-checkin-reliability")).findElements(By.cssSelector("svg.chart rect"));
        assertThat(stacked).hasSizeGreaterThanOrEqualTo(3);
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(byStage).perform();
        Browsers.screenshot(browser, "statistics-figures");
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(browser.findElement(By.id("table-time-in-stage"))).perform();
        Browsers.screenshot(browser, "statistics-time-in-stage");
    }
}
