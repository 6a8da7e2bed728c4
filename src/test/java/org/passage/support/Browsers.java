package org.passage.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.organizations.Username;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Headless Chromium for browser tests of features, and a real login through the security feature's pages
 * (password, then TOTP enrolment with the key read off the page), without reaching into its internals.
 */
public final class Browsers {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "a browser test passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Browsers() {
    }

    public static WebDriver chromium(boolean javascript) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        var logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** A staff member with a known password and no second factor yet: the first login enrols it. */
    public static StaffMember member(StaffDirectory staff, JdbcClient jdbc, UUID organizationId, Role... roles) {
        return member(staff, jdbc, organizationId, "Browser Person", roles);
    }

    /** As {@link #member(StaffDirectory, JdbcClient, UUID, Role...)}, with a name of its own (to tell two people apart on a page). */
    public static StaffMember member(StaffDirectory staff, JdbcClient jdbc, UUID organizationId, String displayName, Role... roles) {
        var member = staff.add(organizationId, new Username("browser" + SEQUENCE.incrementAndGet()), displayName,
                EnumSet.copyOf(List.of(roles)));
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        jdbc.sql("insert into staff_credentials (staff_id, seal_scope, password_hash, password_is_one_time) values (?, ?, ?, false)")
                .params(member.id(), member.sealScope(), hash).update();
        return member;
    }

    /** An existing account (a demo login) gets the known password, no longer one-time, so that {@link #logIn} works for it. */
    public static StaffMember withKnownPassword(JdbcClient jdbc, StaffMember member) {
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        jdbc.sql("update staff_credentials set password_hash = ?, password_is_one_time = false where staff_id = ?")
                .params(hash, member.id()).update();
        return member;
    }

    public static void logIn(WebDriver browser, String app, StaffMember member) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(app + "/login");
        browser.findElement(By.id("username")).sendKeys(member.username().value());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/totp/enrol"));
        String secret = browser.findElement(By.id("totp-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(AuthenticatorApp.code(secret, Instant.now()));
        browser.findElement(By.id("enrol-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/"));
    }

    /**
     * Until {@code element} no longer belongs to the page, as {@link ExpectedConditions#stalenessOf} but also when
     * Chromium, asked about a node of the page being replaced mid-navigation, answers "does not belong to the
     * document" instead of "stale element".
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> stalenessOf(org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Clicks what sends a form or follows a link, and returns once the browser shows the page that answers it: a
     * wait for an element the page before may also have had (an error line, a list of hits) can read the old page
     * while the new one is still on its way, as a CI run did.
     */
    public static void clickForNewPage(WebDriver browser, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement before = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(stalenessOf(before));
    }

    public static void screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
