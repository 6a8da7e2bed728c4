package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

/**
 * The duress path end to end in Chromium: the caseworker agrees a duress phrase and hands out a one-time link, the
 * person checks in with the phrase on his phone, and the case stands first and red on the home page of everyone
 * who works on it and of the coordinator, with the count in the top navigation; a colleague not on the case sees nothing.
 */
@PassageWebTest
@BrowserTest
class DuressHomeBrowserTests {

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

    WebDriver caseworkerBrowser;
    WebDriver phone;
    WebDriver others;

    @Test
    void aDuressCheckInIsFirstAndRedOnTheHomePageOfEveryoneResponsible() throws Exception {
        UUID org = organizations.create("Duress " + UUID.randomUUID()).id();
        StaffMember caseworker = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        StaffMember analyst = Browsers.member(staff, jdbc, org, Role.VETTING_ANALYST);
        StaffMember coordinator = Browsers.member(staff, jdbc, org, Role.COORDINATOR);
        StaffMember colleague = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        var opened = cases.openForApplicant(org, "Морозов Павел");
        for (StaffMember member : java.util.List.of(caseworker, analyst)) {
            jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                    .params(opened.id().value(), member.id()).update();
        }
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(caseworkerBrowser, Duration.ofSeconds(20));

        Browsers.logIn(caseworkerBrowser, app, caseworker);
        caseworkerBrowser.get(app + "/checkins/cases/" + opened.id());
        caseworkerBrowser.findElement(By.id("schedule-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("next-due")));
        caseworkerBrowser.findElement(By.id("phrase")).sendKeys("синяя птица");
        WebElement duress = caseworkerBrowser.findElement(By.id("duress-submit"));
        duress.click();
        // the duress form's answer re-renders the page: click the link button of the new page, not the old one (a
        // click that lands while the page is being replaced fails with a stale or detached node, and is tried again)
        wait.until(Browsers.stalenessOf(duress));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(org.openqa.selenium.WebDriverException.class).until(driver -> {
            driver.findElement(By.id("link-submit")).click();
            return true;
        });
        String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-value"))).getText();

        phone.get(link.replaceFirst("^https?://[^/]+", app));
        phone.findElement(By.id("phrase")).sendKeys("Синяя птица");
        WebElement form = phone.findElement(By.id("checkin-form"));
        phone.findElement(By.id("checkin-submit")).click();
        new WebDriverWait(phone, Duration.ofSeconds(20)).until(Browsers.stalenessOf(form));

        caseworkerBrowser.get(app + "/");
        assertRedFirst(caseworkerBrowser, opened.code());
        Browsers.screenshot(caseworkerBrowser, "home-duress-caseworker");
        caseworkerBrowser.get(app + "/cases?flag=duress");
        assertThat(caseworkerBrowser.findElement(By.cssSelector("#case-list tr[data-case='" + opened.code() + "'] .flag-duress")).getText())
                .isEqualTo("DURESS");
        caseworkerBrowser.get(app + "/cases/" + opened.id());
        WebElement header = caseworkerBrowser.findElement(By.id("case-header"));
        assertThat(header.getAttribute("class")).contains("urgent");
        assertThat(header.findElement(By.cssSelector(".flag-duress")).getText()).isEqualTo("DURESS");

        Browsers.logIn(others, app, analyst);
        assertRedFirst(others, opened.code());
        others.manage().deleteAllCookies();
        Browsers.logIn(others, app, coordinator);
        assertRedFirst(others, opened.code());
        Browsers.screenshot(others, "home-duress-coordinator");
        others.manage().deleteAllCookies();
        Browsers.logIn(others, app, colleague);
        assertThat(others.findElement(By.id("home-checkins")).getText()).doesNotContain(opened.code());
        assertThat(others.findElements(By.id("nav-urgent"))).isEmpty();
    }

    private static void assertRedFirst(WebDriver browser, String code) {
        WebElement first = browser.findElement(By.cssSelector("#attention section"));
        assertThat(first.getAttribute("id")).isEqualTo("home-checkins");
        assertThat(first.getAttribute("class")).contains("urgent");
        WebElement row = first.findElement(By.cssSelector("li[data-ref='" + code + "']"));
        assertThat(row.getAttribute("class")).contains("urgent");
        assertThat(row.getText()).contains("Морозов Павел").containsIgnoringCase("duress");
        assertThat(row.getCssValue("color")).isEqualTo("rgba(163, 38, 28, 1)");
        assertThat(browser.findElement(By.id("nav-urgent")).getText()).isEqualTo("1");
    }
}
