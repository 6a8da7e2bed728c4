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

    @Test
    void anOrgAdminWhoTakesAwayHisOwnAdminRoleStaysOnTheFormWithTheReasonAndWhatHeTicked() throws Exception {
        var admin = fixtures.account(fixtures.organization("Self"), Role.ORG_ADMIN);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn(app, admin, wait);

        browser.get(app + "/admin/users/" + admin.id());
        browser.findElement(By.cssSelector("input[name=roles][value=COORDINATOR]")).click();
        browser.findElement(By.cssSelector("input[name=roles][value=ORG_ADMIN]")).click();
        var save = browser.findElement(By.cssSelector("form[action$='/roles'] button[type=submit]"));
        save.click();
        wait.until(org.passage.support.Browsers.stalenessOf(save));

        // he was shown a bare "request could not be used" page and lost the boxes he had ticked
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users/" + admin.id() + "/roles");
        assertThat(browser.findElement(By.cssSelector("main .alert.error")).getText())
                .isEqualTo("You cannot disable yourself or take away your own admin role.");
        assertThat(browser.findElement(By.cssSelector("input[name=roles][value=COORDINATOR]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=roles][value=ORG_ADMIN]")).isSelected()).isFalse();
        assertThat(browser.findElements(By.id("saved"))).isEmpty();
        screenshot("own-roles-refused");

        // disabling himself says so on the same page too
        var disable = browser.findElement(By.cssSelector("form[action$='/disabled'] button"));
        disable.click();
        wait.until(org.passage.support.Browsers.stalenessOf(disable));
        assertThat(browser.findElement(By.cssSelector("main .alert.error")).getText())
                .isEqualTo("You cannot disable yourself or take away your own admin role.");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains(admin.username());
    }

    @Test
    void theSystemAdminFindsTheWatchlistsInTheNavigation() throws Exception {
        var sysadmin = fixtures.account(null, Role.SYSTEM_ADMIN);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn(app, sysadmin, wait);

        browser.findElement(By.id("nav-watchlists")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/admin/lists"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Watchlists");
    }

    @Test
    void anOrgAdminFindsTheApiKeysOnTheStartPageAndInTheNavigation() throws Exception {
        var admin = fixtures.account(fixtures.organization("Keys"), Role.ORG_ADMIN);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn(app, admin, wait);

        assertThat(browser.findElement(By.tagName("main")).findElements(By.cssSelector("a[href='/admin/api-keys']"))).isNotEmpty();
        browser.findElement(By.id("nav-api-keys")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/admin/api-keys"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("API keys");
    }

    @Test
    void theDatasetsCatalogueFitsALaptopAndNamesEachCellByItsColumnOnAPhone() throws Exception {
        var sysadmin = fixtures.account(null, Role.SYSTEM_ADMIN);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        logIn(app, sysadmin, wait);
        var js = (org.openqa.selenium.JavascriptExecutor) browser;

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.get(app + "/admin/datasets");
        // the window takes its new size when the browser gets to it: measured before that, a page laid out for the
        // earlier, narrower window read 253 px too wide in one CI run (the saved page itself fits)
        wait.until(d -> ((Number) js.executeScript("return window.innerWidth")).longValue() >= 1200);
        // the sources' addresses (140-character GitHub links) made the page 2,188 px wide on a 1,280 px laptop
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue())
                .as("no sideways scrolling on a laptop").isLessThanOrEqualTo(0);

        // on a phone each cell is shown under its column's name: every name was one column off (the age under "Live version")
        var headers = browser.findElements(By.cssSelector("#dataset-states thead th")).stream().map(h -> h.getAttribute("textContent").strip()).toList();
        var row = browser.findElement(By.id("dataset-ofac-sdn"));
        var labels = row.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-label")).toList();
        assertThat(labels).containsExactlyElementsOf(headers);
        screenshot("datasets-laptop");
    }

    private void logIn(String app, LoginFixtures.Account account, WebDriverWait wait) {
        browser.get(app + "/login");
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(LoginFixtures.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/totp"));
        browser.findElement(By.id("code")).sendKeys(account.code());
        browser.findElement(By.id("totp-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/"));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "admin-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
