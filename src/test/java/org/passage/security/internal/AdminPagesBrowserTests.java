package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;



import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.organizations.Role;
import org.passage.support.BrowserTest;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An org admin in a real (narrow, phone-sized) Chromium: the user list, a new user, the one-time password page. */
@PassageWebTest
@BrowserTest
@Import(LoginFixtures.class)
class AdminPagesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    LoginFixtures fixtures;

    WebDriver browser;

    @BeforeEach
    void phoneSizedWindow() {
        // a phone-sized window: the admin pages must work there too
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
    }

    @Test
    void anOrgAdminCreatesAUserOnAPhoneSizedScreen() throws Exception {
        var admin = fixtures.account(fixtures.organization("Phone"), Role.ORG_ADMIN);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(app + "/login");
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(LoginFixtures.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/totp"));
        browser.findElement(By.id("code")).sendKeys(admin.code());
        browser.findElement(By.id("totp-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/"));

        browser.findElement(By.linkText("Users")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("New user"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("phone.user");
        browser.findElement(By.id("displayName")).sendKeys("Pavel Phone");
        browser.findElement(By.id("identity")).sendKeys("+7 900 " + (System.nanoTime() % 10_000_000));
        browser.findElement(By.cssSelector("input[name=roles][value=CASEWORKER]")).click();
        screenshot("new-user");
        browser.findElement(By.id("create-user")).click();

        // each click loads a new page: wait for it rather than racing the browser
        String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        screenshot("one-time-password");
        browser.findElement(By.linkText("All users")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("table"))).getText()).contains("phone.user", "Pavel Phone", "Caseworker");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(0L);
        screenshot("users");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "admin-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
