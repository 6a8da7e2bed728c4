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
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The red team's "one person, two analyst accounts" in a real Chromium: the demo analyst who proposed the decision logs
 * out and logs in again in the same browser as a second analyst account; his confirmation is refused, and the decision
 * still waits.
 */
@PassageWebTest
@BrowserTest
@DirtiesContext
class TwoAccountsOneBrowserBrowserTests {

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
    void theProposerLoggedInAsASecondAnalystInTheSameBrowserCannotConfirm() throws Exception {
        DemoSeeder.seedAll(seeders, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        var vettingCase = cases.ofOrganization(ark, "test.vetting").stream().filter(c -> c.stage() == Stage.VETTING).findFirst().orElseThrow();
        var proposer = Browsers.withKnownPassword(jdbc, staff.findByUsername("analyst").orElseThrow());
        jdbc.sql("update staff_credentials set totp_secret = null where staff_id = ?").param(proposer.id()).update();
        var secondAccount = Browsers.member(staff, jdbc, ark, Role.VETTING_ANALYST);
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(vettingCase.id().value(), secondAccount.id()).update();
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        Browsers.logIn(browser, app, proposer);
        assertThat(browser.manage().getCookieNamed("PASSAGE_DEVICE")).as("the browser's device mark").isNotNull();
        assertThat(browser.manage().getCookieNamed("PASSAGE_DEVICE").isHttpOnly()).isTrue();
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        Browsers.logIn(browser, app, secondAccount);
        browser.get(app + "/cases/" + vettingCase.id() + "/vetting");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-decision"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "logged in with this browser"));
        Browsers.screenshot(browser, "vetting-same-browser-refused");
        assertThat(browser.findElement(By.id("decision-current")).getAttribute("data-state")).isEqualTo("PROPOSED");
        assertThat(jdbc.sql("select state from vetting_decisions where case_id = ? order by proposed_at desc limit 1")
                .param(vettingCase.id().value()).query(String.class).single()).isEqualTo("PROPOSED");
    }
}
