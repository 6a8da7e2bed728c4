package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
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
 * The check-in board in Chromium, as a caseworker: his overdue case with its escalated alert is there, a
 * colleague's overdue case is not (need to know); acknowledging takes the alert off the board.
 */
@PassageWebTest(properties = "passage.checkins.sweep-every=PT24H")
@BrowserTest
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
class CheckInBoardBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    Schedules schedules;
    @Autowired
    Alerts alerts;
    @Autowired
    MissedCheckIns scheduler;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.util.List<org.passage.demo.DemoSeeder> seeders;

    WebDriver browser;

    @Test
    void aCaseworkerSeesHisOverdueCaseAndAcknowledgesTheAlert() throws Exception {
        UUID org = organizations.create("Board " + UUID.randomUUID()).id();
        StaffMember caseworker = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        var mine = cases.openForApplicant(org, "Щербаков Александр");
        var colleagues = cases.openForApplicant(org, "Волков Дмитрий");
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(mine.id().value(), caseworker.id()).update();
        Instant now = Instant.now();
        for (var opened : java.util.List.of(mine, colleagues)) {
            schedules.save(new Schedule(opened.id(), org, Duration.ofHours(24), Set.of(), false, now.minus(Duration.ofHours(4)),
                    null, false), null, now.minus(Duration.ofHours(28)));
        }
        scheduler.sweep();

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, caseworker);
        browser.get(app + "/checkins");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        var board = browser.findElement(By.id("checkin-board"));
        assertThat(board.getText()).contains(mine.code()).contains("Щербаков Александр").contains("missed check-in")
                .contains("coordinator").doesNotContain(colleagues.code()).doesNotContain("Волков");
        assertThat(browser.findElement(By.cssSelector("tr[data-case='" + mine.code() + "'] td.overdue")).getText()).startsWith("4 h");
        Browsers.screenshot(browser, "checkin-board");

        // the note of what was done is required: the browser does not send the form without it
        browser.findElement(By.cssSelector("tr[data-case='" + mine.code() + "'] button.ack")).click();
        assertThat(alerts.ofCase(mine.id())).singleElement().satisfies(a -> assertThat(a.acknowledgedAt()).isNull());
        String done = "Called him on Signal: phone was dead, he is safe";
        browser.findElement(By.cssSelector("tr[data-case='" + mine.code() + "'] textarea[name=whatWasDone]")).sendKeys(done);
        browser.findElement(By.cssSelector("tr[data-case='" + mine.code() + "'] button.ack")).click();
        wait.until(Browsers.stalenessOf(board));
        assertThat(browser.findElement(By.id("saved")).getText()).startsWith("Saved — alert acknowledged");
        assertThat(browser.findElement(By.cssSelector("tr[data-case='" + mine.code() + "'] td.kind")).getText()).isEmpty();
        assertThat(alerts.ofCase(mine.id())).singleElement().satisfies(a -> assertThat(a.acknowledgedAt()).isNotNull());
        Browsers.screenshot(browser, "checkin-board-acknowledged");

        browser.findElement(By.linkText(mine.code())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-submit")));
        assertThat(browser.findElement(By.cssSelector(".acknowledgement")).getText()).contains(done);
        browser.findElement(By.id("link-submit")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-value"))).getText()).matches(".*/checkin/[A-Za-z0-9_-]{43}");
        Browsers.screenshot(browser, "checkin-settings-new-link");
    }

    @Test
    void aScheduleKeptForStagesTheCaseIsNotInSaysItRaisesNoAlertNow() throws Exception {
        UUID org = organizations.create("Stages " + UUID.randomUUID()).id();
        StaffMember caseworker = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        var opened = cases.openForApplicant(org, "Преображенский Александр");
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(opened.id().value(), caseworker.id()).update();

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, caseworker);
        browser.get(app + "/checkins/cases/" + opened.id().value() + "?lang=en");
        // the form's defaults tick "in a third country" and "in transit"; the case is at first contact
        browser.findElement(By.id("schedule-submit")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("next-due")));
        assertThat(browser.findElement(By.id("not-in-force")).getText()).contains("First contact").contains("no alert");
        Browsers.screenshot(browser, "checkin-settings-not-in-force");

        browser.findElement(By.cssSelector("input[name=stages][value=FIRST_CONTACT]")).click();
        var before = browser.findElement(By.id("schedule-form"));
        browser.findElement(By.id("schedule-submit")).click();
        wait.until(Browsers.stalenessOf(before));
        assertThat(browser.findElements(By.id("not-in-force"))).isEmpty();
    }

    @Test
    void aCoordinatorSeesWhereTheOverduePersonIsAndHowDangerousThatCountryIs() throws Exception {
        var console = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        org.passage.demo.DemoSeeder.seedAll(seeders, console);
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        StaffMember coordinator = Browsers.member(staff, jdbc, ark, Role.COORDINATOR);

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, coordinator);
        browser.get(app + "/checkins");
        // duress signals of the demo crowd come first; the missed check-in of a person in a third country after them
        var row = browser.findElements(By.cssSelector("#checkin-board tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td.kind")).getText().equals("missed check-in")).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector("td.where")).getText()).matches("\\p{L}[\\p{L} ]+ since \\d{4}-\\d{2}-\\d{2}");
        assertThat(row.findElement(By.cssSelector("td.risk .badge")).getText()).isIn("low", "elevated", "high", "severe");
        assertThat(row.findElement(By.cssSelector("td.kind")).getText()).isEqualTo("missed check-in");
        Browsers.screenshot(browser, "checkin-board-demo");
    }
}
