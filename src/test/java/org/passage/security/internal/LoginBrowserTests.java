package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;



import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.organizations.Role;
import org.passage.support.BrowserTest;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer's first login in real headless Chromium: one-time password, own password, TOTP enrolment with
 * the key read off the page, the dashboard, the language switch. The browser must have asked nothing of
 * any host but Passage, and the strict CSP must not have blocked anything.
 */
@PassageWebTest
@BrowserTest
@Import(LoginFixtures.class)
class LoginBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    LoginFixtures fixtures;

    WebDriver browser;

    @Test
    void firstLoginWithTotpEnrolmentReachesTheDashboardAndTalksToNobodyElse() throws Exception {
        var opened = fixtures.newAccount(fixtures.organization("Browser"), Role.CASEWORKER);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(app + "/");
        wait.until(ExpectedConditions.urlToBe(app + "/login"));
        browser.findElement(By.id("username")).sendKeys(opened.member().username().value());
        browser.findElement(By.id("password")).sendKeys(opened.oneTimePassword());
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.urlToBe(app + "/login/password"));
        browser.findElement(By.id("new-password")).sendKeys("a passphrase of my own");
        browser.findElement(By.id("confirmation")).sendKeys("a passphrase of my own");
        browser.findElement(By.id("password-submit")).click();

        wait.until(ExpectedConditions.urlToBe(app + "/login/totp/enrol"));
        String secret = browser.findElement(By.id("totp-secret")).getText();
        assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        screenshot("totp-enrolment");
        var totp = Totp.AUTHENTICATOR_APP;
        browser.findElement(By.id("code")).sendKeys(totp.code(Base32.decode(secret), totp.step(Instant.now())));
        browser.findElement(By.id("enrol-submit")).click();

        wait.until(ExpectedConditions.urlToBe(app + "/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, New Person");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("New Person");
        var session = browser.manage().getCookieNamed("PASSAGE_SESSION");
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        screenshot("dashboard");

        // htmx sends the CSRF token from hx-headers: the (wrong) password change is refused as 400, not as a 403 forgery
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.body.addEventListener('htmx:afterRequest', e => done(e.detail.xhr.status), {once: true});
                htmx.ajax('POST', '/account/password', {target: '#main', swap: 'none',
                    values: {current: 'not the password', password: 'x', confirmation: 'x'}});
                """);
        assertThat(status).isEqualTo(400L);

        browser.findElement(By.linkText("RU")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Здравствуйте, New Person"));
        browser.get(app + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        screenshot("dashboard-ru");

        browser.get(app + "/no/such/page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "org.passage", "Whitelabel");

        assertThat(requestedHosts(app)).as("hosts other than Passage that the browser asked").isEmpty();
        assertThat(cspViolations()).isEmpty();
    }

    /** Every URL the browser requested (Chrome's performance log), except Passage's own and inline data. */
    private List<String> requestedHosts(String app) {
        var mapper = JsonMapper.builder().build();
        List<String> foreign = new ArrayList<>();
        int seen = 0;
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = mapper.readTree(entry.getMessage()).path("message");
            if (!"Network.requestWillBeSent".equals(message.path("method").asString())) {
                continue;
            }
            String url = message.path("params").path("request").path("url").asString();
            seen++;
            if (!url.startsWith(app + "/") && !url.startsWith("data:")) {
                foreign.add(URI.create(url).getHost() + " (" + url + ")");
            }
        }
        assertThat(seen).as("the performance log recorded the page loads").isGreaterThan(5);
        return foreign;
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("login-" + name + ".png"), png);
    }
}
