package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * The unit page in Chromium, as a vetting analyst, on the demo knowledge base: found by its в/ч number, it shows
 * the number, aliases in both scripts, the sanction entry, the confirmed Bucha link with its sources and the
 * inferred, unreviewed one, which the analyst confirms with a reason (audited).
 */
@PassageWebTest
@BrowserTest(javascript = false)
@DirtiesContext
class UnitPageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CuratedUnits demo;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @Test
    void anAnalystFindsTheBrigadeByNumberAndConfirmsAnInferredLink() throws Exception {
        demo.add(getClass().getClassLoader().getResourceAsStream("units/demo/units-demo.json")); // the demo's curated units
        UUID org = organizations.create("Units " + UUID.randomUUID()).id();
        StaffMember analyst = Browsers.member(staff, jdbc, org, Role.VETTING_ANALYST);
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, analyst);

        browser.get(app + "/units");
        browser.findElement(By.id("q")).sendKeys("в/ч 51460");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the page before the search has a units list too: wait for the answer's page, not the old one
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("units")));
        browser.findElement(By.linkText("64th Separate Guards Motor Rifle Brigade")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-incidents")));
        assertThat(browser.findElement(By.id("unit-number")).getText()).isEqualTo("51460");
        assertThat(browser.findElement(By.id("unit-aliases")).getText()).contains("64 ОМСБр", "64th Separate Motorized Rifle Brigade");
        assertThat(browser.findElement(By.id("unit-sanctions")).getText()).contains("OFAC SDN");
        String incidents = browser.findElement(By.id("unit-incidents")).getText();
        assertThat(incidents).contains("Killings of civilians in Bucha", "CONFIRMED", "eur-lex.europa.eu",
                "Mass grave found behind the Church of St Andrew", "PROBABLE", "unreviewed", "3 days before");
        assertThat(incidents).doesNotContain("Mariupol");
        assertThat(browser.findElement(By.id("unit-positions")).getText()).contains("2022-03-30");
        Browsers.screenshot(browser, "unit-64th-brigade");
        // an incident's source addresses break rather than widen the page on a laptop (they are 120 characters in the data)
        UUID unit = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/units/([0-9a-f-]{36}).*", "$1"));
        jdbc.sql("update incidents set source_urls = array_append(source_urls, ?::text) where id in (select incident_id from unit_incident_links where unit_id = ?)")
                .params("https://www.reddit.com/r/CombatFootage/comments/wgki86/footage_of_a_shell_hitting_the_donbass_palace/"
                        + "?utm_source=share&utm_medium=web2x&context=3", unit).update();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-incidents")));
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue())
                .as("the unit page on a 1,280 px laptop").isLessThanOrEqualTo(0L);

        WebElement review = browser.findElement(By.cssSelector("#unit-incidents form.review"));
        review.findElement(By.name("reason")).sendKeys("HRW places the brigade in Bucha until 30 March");
        review.findElement(By.cssSelector("button[value=confirm]")).click();
        wait.until(Browsers.stalenessOf(review));
        assertThat(browser.findElements(By.cssSelector("#unit-incidents form.review"))).isEmpty();
        assertThat(browser.findElement(By.id("unit-incidents")).getText()).contains("confirmed", "HRW places the brigade");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'unit.link.confirm'").query(Long.class).single()).isPositive();
        Browsers.screenshot(browser, "unit-64th-brigade-reviewed");

        // the unit's edit form open while someone renames the unit from another tab: its save is refused, not put back
        jdbc.sql("update units set parent_name = '20th Combined Arms Army (test)' where id = ?").param(unit).update();
        WebElement name = browser.findElement(By.cssSelector("#unit-form #name"));
        name.clear();
        name.sendKeys("64th Separate Guards Motor Rifle Brigade (test)");
        browser.findElement(By.cssSelector("#unit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-error")));
        assertThat(browser.findElement(By.id("unit-error")).getText()).contains("since you opened the page");
        assertThat(browser.findElement(By.cssSelector("#unit-form #name")).getAttribute("value")).endsWith("(test)");
        assertThat(jdbc.sql("select parent_name from units where id = ?").param(unit).query(String.class).single())
                .isEqualTo("20th Combined Arms Army (test)");

        // the existence dates likewise: set from another tab meanwhile, this form's dates are refused, what he typed kept
        jdbc.sql("update units set exists_from = date '2009-12-01' where id = ?").param(unit).update();
        WebElement from = browser.findElement(By.cssSelector("#existence-form #exists-from"));
        from.clear();
        from.sendKeys("01.06.2010");
        browser.findElement(By.cssSelector("#existence-form #exists-source")).sendKeys("the brigade's own history page");
        browser.findElement(By.cssSelector("#existence-form button[type=submit]")).click();
        wait.until(Browsers.stalenessOf(from));
        assertThat(browser.findElement(By.id("unit-error")).getText()).contains("when this unit existed", "since you opened the page")
                .as("the field by its name on the page, not the form's parameter").startsWith("Existed").doesNotContain("existsFrom");
        assertThat(browser.findElement(By.id("unit-as-published")).getText()).contains("as their sources publish them");
        assertThat(browser.findElement(By.cssSelector("#existence-form #exists-from")).getAttribute("value")).isEqualTo("01.06.2010");
        assertThat(browser.findElement(By.cssSelector("#existence-form #exists-source")).getAttribute("value"))
                .isEqualTo("the brigade's own history page");
        assertThat(jdbc.sql("select exists_from from units where id = ?").param(unit).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2009, 12, 1));
        // sent again from the page that now shows the new dates, it is saved
        browser.findElement(By.cssSelector("#existence-form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("unit-error"))));
        assertThat(jdbc.sql("select exists_from from units where id = ?").param(unit).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2010, 6, 1));
    }

    @Test
    void theUnitsListCountsTheirNumbersAsNumbers() throws Exception {
        for (String name : java.util.List.of("100th Walk Order Brigade", "10th Walk Order Brigade", "2nd Walk Order Brigade")) {
            jdbc.sql("insert into units (id, unit_key, name, unit_type, source, origin, updated_at) values (:id, :key, :name, 'BRIGADE', 'test', 'analyst', now())")
                    .param("id", UUID.randomUUID()).param("key", "walk-order|" + name).param("name", name).update();
        }
        UUID org = organizations.create("Order " + UUID.randomUUID()).id();
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, Browsers.member(staff, jdbc, org, Role.VETTING_ANALYST));

        browser.get(app + "/units");
        var names = browser.findElements(By.cssSelector("#units tbody tr td:first-child")).stream().map(WebElement::getText).toList();
        // in text order 10th and 100th came before 2nd, and the 2nd was looked for after the 1,195th regiment
        assertThat(names).containsSubsequence("2nd Walk Order Brigade", "10th Walk Order Brigade", "100th Walk Order Brigade");
        Browsers.screenshot(browser, "units-in-number-order");
    }

    @Test
    void anAnalystAddsAnIncidentByItsEventDatesAndCorrectsIt() throws Exception {
        UUID org = organizations.create("Incidents " + UUID.randomUUID()).id();
        StaffMember analyst = Browsers.member(staff, jdbc, org, Role.VETTING_ANALYST);
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, analyst);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(app + "/units/incidents/new");
        browser.findElement(By.id("title")).sendKeys("Shelling of a market (test)");
        browser.findElement(By.id("from")).sendKeys("22.01.2015");
        browser.findElement(By.id("published")).sendKeys("25/01/2015");
        browser.findElement(By.id("place")).sendKeys("Donetsk");
        browser.findElement(By.id("summary")).sendKeys("A test incident.");
        browser.findElement(By.id("sources")).sendKeys("http://example.org/not-https");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        // a day with slashes is refused, and the message names both forms the field takes (it said YYYY-MM-DD only)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-error")));
        assertThat(browser.findElement(By.id("incident-error")).getText()).startsWith("Published on").contains("DD.MM.YYYY");
        browser.findElement(By.id("published")).clear();
        browser.findElement(By.id("published")).sendKeys("25.01.2015");
        // the page before shows an error line too: read the answer's, not the old one
        Browsers.clickForNewPage(browser, browser.findElement(By.cssSelector("#incident-form button[type=submit]")));
        assertThat(browser.findElement(By.id("incident-error")).getText()).startsWith("Sources (https:// addresses");
        assertThat(jdbc.sql("select count(*) from incidents where title = 'Shelling of a market (test)'").query(Long.class).single()).isZero();

        WebElement sources = browser.findElement(By.id("sources"));
        sources.clear();
        sources.sendKeys("https://example.org/report");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-reference")));
        assertThat(browser.findElement(By.id("incident-dates")).getText()).isEqualTo("2015-01-22 – 2015-01-22");
        assertThat(browser.findElement(By.id("incident-reference")).getText()).startsWith("analyst A-");

        // another analyst corrects the place from a second tab while this form is open: this form's correction is
        // refused, naming why, and what was typed on it stays (the stored incident used to fill the form again)
        jdbc.sql("update incidents set place = 'Donetsk, Kuibyshevskyi district', corrected_at = now() where title = 'Shelling of a market (test)'").update();
        WebElement to = browser.findElement(By.id("to"));
        to.clear();
        to.sendKeys("2015-01-23");
        browser.findElement(By.id("reason")).sendKeys("the shelling went on the next day (test)");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-error")));
        assertThat(browser.findElement(By.id("incident-error")).getText()).contains("since you opened the page");
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo("2015-01-23");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("the shelling went on the next day (test)");
        browser.get(browser.getCurrentUrl()); // read it as it is now, then correct it again
        to = browser.findElement(By.id("to"));
        to.clear();
        to.sendKeys("2015-01-23");
        browser.findElement(By.id("reason")).sendKeys("the shelling went on the next day (test)");
        browser.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-corrected")));
        assertThat(browser.findElement(By.id("incident-dates")).getText()).isEqualTo("2015-01-22 – 2015-01-23");
        assertThat(browser.findElement(By.id("incident-corrected")).getText()).contains("the shelling went on the next day");
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('unit.incident.create', 'unit.incident.correct')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        Browsers.screenshot(browser, "incident-corrected");
    }
}
