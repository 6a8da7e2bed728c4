package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
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
 * The vetting page of the demo case in Chromium, as a second analyst: the periods, the findings of the demo run, the
 * map drawn by the server (borders, the occupied area on the chosen day, a marker per place) and the confirmation
 * of the decision the demo analyst proposed, which locks the vetting.
 */
@PassageWebTest
@BrowserTest
@DirtiesContext
class VettingBrowserTests {

    // the real occupied-territory series when ../shared/data is on this machine, else the hand-drawn fixture in
    // its layout (Bucha occupied in March 2022), so the findings asserted here do not depend on the machine
    @org.springframework.test.context.DynamicPropertySource
    static void geoData(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("passage.geo.data", () -> (org.passage.geo.GeoFixtures.sharedDataPresent()
                ? org.passage.geo.GeoFixtures.SHARED_DATA : org.passage.geo.GeoFixtures.fixtureData()).toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DemoSeeder> seeders;

    WebDriver browser;

    @Test
    void aSecondAnalystReadsTheMapAndReturnsAProposalTheVettingWasRunAgainAfter() throws Exception {
        var console = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        DemoSeeder.seedAll(seeders, console);
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        var vettingCase = cases.ofOrganization(ark, "test.vetting").stream().filter(c -> c.stage() == Stage.VETTING).findFirst().orElseThrow();
        StaffMember analyst = Browsers.member(staff, jdbc, ark, Role.VETTING_ANALYST);
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(vettingCase.id().value(), analyst.id()).update();

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, analyst);
        browser.get(app + "/cases/" + vettingCase.id());
        browser.findElement(By.id("vetting-link")).click();
        // htmx swaps the decision panel while a condition reads it: a stale element is read again, not a failure
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periods-table")));

        assertThat(browser.findElements(By.cssSelector("#periods-table tr.period"))).hasSize(3);
        assertThat(browser.findElement(By.id("findings-list")).getText()).contains("Буча").contains("occupied Ukraine at those dates")
                // the demo unit knowledge base links the brigade he named ("64 омсбр") to the Bucha killings
                .contains("is linked to Killings of civilians in Bucha");
        assertThat(browser.findElements(By.cssSelector("li.finding[data-severity='SERIOUS']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#vetting-map svg path.layer-country"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("#vetting-map svg path.layer-occupied"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#vetting-map svg g.marker"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#vetting-map svg")).getAttribute("data-date")).isEqualTo("2020-11-01");
        Browsers.screenshot(browser, "vetting-demo");

        // the date selector of the Bucha period: the map of 2022-03-01, with the Bucha marker in force that day
        browser.findElement(By.linkText("map on 2022-03-01")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#vetting-map svg"), "data-date", "2022-03-01"));
        assertThat(browser.findElements(By.cssSelector("#vetting-map svg g.marker.current"))).hasSize(1);
        browser.get(browser.getCurrentUrl() + "#vetting-map");
        Browsers.screenshot(browser, "vetting-map-2022-03-01");

        // a new period naming a unit by its ordinal only: the form offers the matching units, each with its kind and a warning
        browser.findElement(By.id("unit")).sendKeys("64");
        browser.findElement(By.id("latitude")).sendKeys("50.5977");
        browser.findElement(By.id("longitude")).sendKeys("36.5858");
        browser.findElement(By.id("from")).sendKeys("2023-01");
        browser.findElement(By.id("to")).sendKeys("2023-02");
        browser.findElement(By.id("period-save")).click();
        var choice = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-choices input[type=radio]")));
        assertThat(browser.findElement(By.id("unit-choices")).getText()).contains("64th Separate Guards Motor Rifle Brigade",
                "motor rifle brigade", "⚠ he named no type");
        assertThat(browser.findElements(By.cssSelector("#unit-choices input[type=radio]:checked"))).isEmpty();
        Browsers.screenshot(browser, "vetting-unit-choice");
        choice.click();
        browser.findElement(By.id("period-save")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#periods-table tr.period"), 4));
        assertThat(browser.findElement(By.id("periods-table")).getText()).contains("chosen by the analyst");

        // the only exact match (ordinal, type and branch) is taken at the first submission, and the page says why
        browser.findElement(By.id("unit")).sendKeys("64 омсбр");
        browser.findElement(By.id("latitude")).sendKeys("50.5977");
        browser.findElement(By.id("longitude")).sendKeys("36.5858");
        browser.findElement(By.id("from")).sendKeys("2023-03");
        browser.findElement(By.id("to")).sendKeys("2023-04");
        browser.findElement(By.id("period-save")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#periods-table tr.period"), 5));
        assertThat(browser.findElement(By.id("periods-table")).getText()).contains("the only exact match for \"64 омсбр\"");

        // run again while the demo proposal waits: the second analyst is told, and may only return it
        assertThat(browser.findElements(By.id("rerun-since-proposal"))).isEmpty();
        assertThat(browser.findElements(By.id("confirm-decision"))).isNotEmpty();
        var findings = browser.findElement(By.id("findings-list"));
        browser.findElement(By.id("run-vetting")).click();
        wait.until(Browsers.stalenessOf(findings));
        assertThat(browser.findElement(By.id("rerun-since-proposal")).getText()).startsWith("The vetting was run again after this proposal");
        assertThat(browser.findElements(By.id("confirm-decision"))).isEmpty();
        Browsers.screenshot(browser, "vetting-run-since-proposal");

        browser.findElement(By.id("review-reason")).sendKeys("Run again since the proposal: new periods and findings.");
        browser.findElement(By.id("return-decision")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("decision-current"), "data-state", "RETURNED"));
        assertThat(browser.findElements(By.id("rerun-since-proposal"))).isEmpty();
        Browsers.screenshot(browser, "vetting-returned");
    }

    @Test
    void anAnalystReadsTheRedFlagsFirstInRussianWithTheirDetailsFolded() throws Exception {
        if (organizations.findByName("Ark Demo").isEmpty()) {
            DemoSeeder.seedAll(seeders, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        var vettingCase = cases.ofOrganization(ark, "test.vetting").stream().filter(c -> c.stage() == Stage.VETTING).findFirst().orElseThrow();
        StaffMember analyst = Browsers.member(staff, jdbc, ark, Role.VETTING_ANALYST);
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now()) on conflict do nothing")
                .params(vettingCase.id().value(), analyst.id()).update();
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, analyst);
        browser.get(app + "/cases/" + vettingCase.id() + "/vetting?lang=ru");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("red-flags")));

        var redFlags = browser.findElement(By.id("red-flags"));
        var all = browser.findElement(By.id("findings-list"));
        assertThat(redFlags.getLocation().getY()).as("red flags above all findings").isLessThan(all.getLocation().getY());
        assertThat(redFlags.getText()).contains("Тревожные признаки").contains("оккупированная Украина в эти даты").contains("Источник");
        // where each period lay is said in words of the page's language (it showed the codes "russia", "occupied-ukraine")
        assertThat(browser.findElements(By.cssSelector("#periods-table span.badge[class*='status-']")))
                .isNotEmpty().allSatisfy(badge -> assertThat(badge.getText()).containsPattern("[а-яА-Я]{4,}"));
        assertThat(browser.findElements(By.cssSelector("#red-flags li.red-flag")))
                .hasSameSizeAs(browser.findElements(By.cssSelector("li.finding[data-severity='SERIOUS']")));
        // every finding is folded: its title shows, its explanation and inputs do not until opened
        var first = browser.findElement(By.cssSelector("#findings-list li.finding details"));
        assertThat(first.getAttribute("open")).isNull();
        assertThat(first.findElement(By.cssSelector("p")).isDisplayed()).isFalse();
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.cssSelector("p")).isDisplayed()).isTrue();
        assertThat(first.findElement(By.cssSelector("p")).getText()).containsPattern("[а-яА-Я]{4,}");
        // what Passage wrote in English into the run (sources, the geo engine's notes, the map's caption) is in Russian too
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("units knowledge base")
                .doesNotContain("inside the outline of").doesNotContain("screening index (every");
        assertThat(browser.findElement(By.cssSelector("#vetting-map .map")).getAttribute("innerHTML"))
                .contains("Границы и оккупированная территория на").doesNotContain("Borders and occupied area");
        Browsers.screenshot(browser, "vetting-red-flags-ru");
    }
}
