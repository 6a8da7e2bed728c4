package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;



import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.demo.DemoSeeder;
import org.passage.support.AuthenticatorApp;
import org.passage.support.BrowserTest;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo as a coordinator sees it, in real headless Chromium: first login (one-time password printed by the
 * demo, own password, TOTP enrolment), the case list, one case with its journey timeline, whereabouts and
 * country risk, then a stage change and a refused move explained beside its field. Screenshots go to
 * target/screenshots/.
 */
// its own context (and so its own database): the demo is seeded here, and must not be there already
@PassageWebTest(properties = "passage.test.context=case-browser")
@BrowserTest
@org.springframework.test.annotation.DirtiesContext
class CaseBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    List<DemoSeeder> seeders;

    WebDriver browser;
    WebDriverWait wait;
    String app;

    @BeforeEach
    void startChromium() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        app = "http://localhost:" + port;
    }

    @Test
    void aCoordinatorOpensADemoCaseSeesItsTimelineAndMovesItsStage() throws Exception {
        String oneTimePassword = seedDemo().lines().map(String::strip).filter(l -> l.startsWith("coordinator "))
                .findFirst().orElseThrow().split("\\s+")[1];
        logIn("coordinator", oneTimePassword);

        browser.get(app + "/cases");
        // waited for, not read at once: in one run of every browser test (load 22) the rows were read before the list
        // showed the case its page held a moment later
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#case-list tbody tr")).stream()
                .filter(r -> r.getText().contains("SHCHERBAKOV")).findFirst().orElse(null));
        row.findElement(By.cssSelector("a.mono")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("In a third country");
        assertThat(browser.findElements(By.cssSelector("#assigned-staff li"))).isNotEmpty()
                .allSatisfy(li -> assertThat(li.getText()).isNotBlank());
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Case opened: First contact", "First contact → Hiding in Russia",
                "Crossing → In a third country", "Place: Russia");
        assertThat(timeline.indexOf("Crossing → In a third country")).isLessThan(timeline.indexOf("First contact → Hiding in Russia"));
        assertThat(browser.findElement(By.id("whereabouts")).getText()).startsWith("Now in");
        assertThat(browser.findElement(By.id("country-risk")).getText()).contains("Extradition", "Kidnapping", "Deportation");
        screenshot("case-timeline");

        browser.findElement(By.id("journey-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-form")));
        new Select(browser.findElement(By.id("stage"))).selectByValue("LOST_CONTACT");
        setDate("effective", LocalDate.now());
        browser.findElement(By.id("reason")).sendKeys("No answer since Tuesday.");
        browser.findElement(By.cssSelector("#stage-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-stage"), "Lost contact"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("In a third country → Lost contact",
                "No answer since Tuesday.");

        browser.findElement(By.id("journey-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-form")));
        new Select(browser.findElement(By.id("stage"))).selectByValue("HIDING_IN_RUSSIA");
        setDate("effective", LocalDate.now());
        browser.findElement(By.cssSelector("#stage-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stage-form .field-error")));
        assertThat(browser.findElement(By.cssSelector("#stage-form .field-error")).getText()).contains("does not follow the route");
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Lost contact");
        screenshot("journey-refused-move");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList()).isEmpty();
    }

    private void logIn(String username, String oneTimePassword) throws Exception {
        browser.get(app + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(oneTimePassword);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/password"));
        browser.findElement(By.id("new-password")).sendKeys("a passphrase of my own");
        browser.findElement(By.id("confirmation")).sendKeys("a passphrase of my own");
        browser.findElement(By.id("password-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/totp/enrol"));
        String key = browser.findElement(By.id("totp-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(AuthenticatorApp.code(key, Instant.now()));
        browser.findElement(By.id("enrol-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/"));
    }

    /** Chromium's date input takes keys in the browser's locale format; set the ISO value as a form would send it. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                date.toString());
    }

    private String seedDemo() {
        var out = new ByteArrayOutputStream();
        var console = new PrintStream(out, true, StandardCharsets.UTF_8);
        DemoSeeder.seedAll(seeders, console);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("case-" + name + ".png"), png);
    }
}
