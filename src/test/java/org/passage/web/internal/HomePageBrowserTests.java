package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's home page in Chromium: the sections that need his attention (and only his), urgent ones first, and
 * the features he may open below them; nobody but staff who work on cases gets case sections.
 */
@PassageWebTest
@BrowserTest
class HomePageBrowserTests {

    private static final Map<Role, List<String>> SECTIONS = Map.of(
            Role.COORDINATOR, List.of("home-checkins", "home-intake", "home-tasks", "home-screening", "home-referrals"),
            Role.CASEWORKER, List.of("home-checkins", "home-intake", "home-tasks", "home-screening"),
            Role.VETTING_ANALYST, List.of("home-checkins", "home-tasks", "home-screening", "home-vetting"),
            Role.LAWYER, List.of("home-checkins", "home-tasks", "home-screening"),
            Role.AUDITOR, List.of());

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @Test
    void everyRoleSeesWhatNeedsHisAttention() throws Exception {
        UUID org = organizations.create("Home " + UUID.randomUUID()).id();
        String app = "http://localhost:" + port;
        for (Role role : List.of(Role.COORDINATOR, Role.CASEWORKER, Role.VETTING_ANALYST, Role.LAWYER, Role.AUDITOR)) {
            browser.manage().deleteAllCookies();
            Browsers.logIn(browser, app, Browsers.member(staff, jdbc, org, role));
            List<String> shown = browser.findElements(By.cssSelector("#attention section")).stream()
                    .map(e -> e.getAttribute("id")).toList();
            assertThat(shown).as(role.name()).containsExactlyElementsOf(SECTIONS.get(role));
            for (WebElement section : browser.findElements(By.cssSelector("#attention section"))) {
                assertThat(section.findElement(By.cssSelector(".count")).getText()).as(role + " " + section.getAttribute("id")).isEqualTo("0");
                assertThat(section.getAttribute("class")).doesNotContain("urgent");
            }
            assertThat(browser.findElements(By.id("nav-checkins"))).hasSize(role == Role.AUDITOR ? 0 : 1);
            assertThat(browser.findElements(By.id("nav-urgent"))).isEmpty();
            Browsers.screenshot(browser, "home-" + role.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
