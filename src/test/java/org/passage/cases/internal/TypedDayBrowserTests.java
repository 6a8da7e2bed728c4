package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * A Russian coordinator types a birth date as he writes it, day first: the field says which forms it takes in his
 * language (a browser's date field showed mm/dd/yyyy on the Russian page, and 07121990 typed there was the 12th of July).
 */
@PassageWebTest
@BrowserTest
class TypedDayBrowserTests {

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
    void aRussianCoordinatorTypesTheBirthDateDayFirstAndTheCaseKeepsThatDay() throws Exception {
        UUID org = organizations.create("Days " + UUID.randomUUID()).id();
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, Browsers.member(staff, jdbc, org, Role.COORDINATOR));

        browser.get(app + "/cases/new?lang=ru");
        var birth = browser.findElement(By.id("birthDate"));
        assertThat(birth.getAttribute("type")).isEqualTo("text");
        assertThat(birth.getAttribute("placeholder")).isEqualTo("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ");
        browser.findElement(By.id("name")).sendKeys("Днепровский Святослав Игоревич");
        browser.findElement(By.id("latinName")).sendKeys("Dneprovskiy Svyatoslav");
        birth.sendKeys("07.12.1990");
        browser.findElement(By.cssSelector("#case-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(app + "/cases/[0-9a-f-]{36}$"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1990-12-07");
        Browsers.screenshot(browser, "typed-day-birth");
    }
}
