package org.passage.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

/**
 * A referral in Chromium: a caseworker of one organization refers his case with the person's consent; the
 * partner's coordinator finds it in his inbox, reads the summary and accepts, opening a case of his own; the
 * caseworker then sees it accepted. Screenshots under target/screenshots.
 */
@PassageWebTest
@BrowserTest
class ReferralBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;
    @Autowired
    Partners partners;

    WebDriver browser;
    WebDriver partnerBrowser;

    @Test
    void aCaseworkerRefersAndThePartnerAccepts() throws Exception {
        UUID ark = organizations.create("Ark Browser " + UUID.randomUUID()).id();
        var forest = organizations.create("Forest Browser " + UUID.randomUUID());
        partners.add(ark, forest.id(), forest.name(), null, Instant.now());
        StaffMember caseworker = Browsers.member(staff, jdbc, ark, Role.CASEWORKER);
        StaffMember coordinator = Browsers.member(staff, jdbc, forest.id(), Role.COORDINATOR);
        var opened = cases.openForApplicant(ark, "Морозов Илья");
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(opened.id().value(), caseworker.id()).update();

        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browsers.logIn(browser, app, caseworker);
        browser.get(app + "/cases/" + opened.id());
        browser.findElement(By.id("referrals-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-form")));
        new Select(browser.findElement(By.id("partnerId"))).selectByVisibleText(forest.name());
        browser.findElement(By.id("share-alias")).click();
        browser.findElement(By.id("alias")).sendKeys("Ilya");
        browser.findElement(By.id("share-needs")).click();
        browser.findElement(By.id("needs")).sendKeys("A lawyer for the asylum interview");
        browser.findElement(By.id("consentBy")).sendKeys("the person himself");
        var date = LocalDate.now();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("consentOn")), date.toString());
        new Select(browser.findElement(By.id("consentMethod"))).selectByValue("IN_PERSON");
        browser.findElement(By.id("consented-alias")).click();
        browser.findElement(By.id("consented-needs")).click();
        Browsers.screenshot(browser, "referral-form");
        browser.findElement(By.id("refer-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outgoing .status")));
        assertThat(browser.findElement(By.cssSelector("#outgoing .status")).getText()).isEqualTo("pending");
        Browsers.screenshot(browser, "referral-sent");

        var partnerWait = new WebDriverWait(partnerBrowser, Duration.ofSeconds(20));
        Browsers.logIn(partnerBrowser, app, coordinator);
        partnerBrowser.get(app + "/referrals/incoming");
        partnerBrowser.findElement(By.cssSelector("#incoming-referrals a")).click();
        var summary = partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("referral-summary")));
        assertThat(summary.getText()).contains("Ilya").contains("A lawyer for the asylum interview").doesNotContain("Морозов");
        Browsers.screenshot(partnerBrowser, "referral-incoming");
        partnerBrowser.findElement(By.id("accept")).click();
        partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("accepted-case"))).click();
        partnerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant-name")));
        assertThat(partnerBrowser.findElement(By.id("applicant-name")).getText()).isEqualTo("Ilya");
        assertThat(partnerBrowser.findElement(By.id("notes")).getText()).contains("A lawyer for the asylum interview");
        Browsers.screenshot(partnerBrowser, "referral-accepted-case");

        browser.get(app + "/cases/" + opened.id());
        assertThat(browser.findElement(By.id("referrals")).getText()).contains(forest.name()).contains("accepted");
        Browsers.screenshot(browser, "referral-status-accepted");
    }
}
