package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A coordinator searches the case list in Chromium: typed in Cyrillic or in any Latin spelling, a name finds the case. */
@PassageWebTest
@BrowserTest
class CaseSearchBrowserTests {

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

    WebDriver browser;

    @Test
    void aNameFindsTheCaseInCyrillicAndInLatin() throws Exception {
        UUID org = organizations.create("Search " + UUID.randomUUID()).id();
        var fyodor = cases.openForApplicant(org, "Хабибуллин Фёдор");
        var other = cases.openForApplicant(org, "Волков Дмитрий");
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, Browsers.member(staff, jdbc, org, Role.COORDINATOR));

        browser.get(app + "/cases");
        // the search box is a field like the others beside it, wide enough for its hint and a full name
        assertThat(browser.findElement(By.id("filter-q")).getSize().getWidth())
                .isGreaterThanOrEqualTo(browser.findElement(By.id("filter-stage")).getSize().getWidth());
        for (String query : List.of("Хабибуллин", "Khabibullin Fedor", "habibulin fyodor")) {
            browser.get(app + "/cases");
            WebElement box = browser.findElement(By.id("filter-q"));
            box.sendKeys(query);
            browser.findElement(By.id("filter-submit")).click();
            new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(Browsers.stalenessOf(box));
            assertThat(rows()).as(query).containsExactly(fyodor.code());
        }
        Browsers.screenshot(browser, "case-search-latin");
        browser.get(app + "/cases?q=" + other.code().toLowerCase(java.util.Locale.ROOT));
        assertThat(rows()).containsExactly(other.code());
        browser.get(app + "/cases?q=Petrov");
        assertThat(rows()).isEmpty();
        assertThat(browser.findElement(By.id("cases-none")).isDisplayed()).isTrue();
        browser.get(app + "/cases?sort=NAME");
        assertThat(rows()).containsExactly(other.code(), fyodor.code());
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#case-list tbody tr")).stream().map(r -> r.getAttribute("data-case")).toList();
    }
}
