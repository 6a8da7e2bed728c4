package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.passage.organizations.Organizations;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake as Tor Browser's "Safest" mode sees it: Chromium with JavaScript switched off for every site.
 * A person writes in (in Russian), gets told per field what is missing, then his code and passphrase, and
 * sees his case's stage with them; the browser asks nothing of any other host.
 */
@PassageWebTest(properties = "passage.intake.organization=Browser Intake")
@BrowserTest(javascript = false)
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
class IntakeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;

    WebDriver browser;

    @BeforeEach
    void start() {
        organizations.findByName("Browser Intake").orElseGet(() -> organizations.create("Browser Intake"));
    }

    @Test
    void aPersonWritesInWithoutJavaScriptAndFollowsHisCase() throws Exception {
        String app = "http://localhost:" + port;
        browser.get(app + "/intake?lang=ru");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Попросить о помощи");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        Browsers.screenshot(browser, "intake-form-ru");

        browser.findElement(By.id("name")).sendKeys("Ваня");
        browser.findElement(By.id("intake-submit")).click();
        await(By.id("contact-error"));
        assertThat(browser.findElement(By.id("contact-error")).getText()).isEqualTo("Заполните это поле.");
        assertThat(browser.findElement(By.id("needs-error")).getText()).isEqualTo("Заполните это поле.");
        assertThat(browser.findElements(By.id("name-error"))).isEmpty();
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).as("what he typed is kept").isEqualTo("Ваня");
        Browsers.screenshot(browser, "intake-form-errors-ru");

        browser.findElement(By.id("contact")).sendKeys("@vanya_safe");
        browser.findElement(By.id("whereabouts")).sendKeys("Казахстан");
        browser.findElement(By.id("needs")).sendKeys("Нужна консультация юриста.");
        browser.findElement(By.id("intake-submit")).click();
        String code = await(By.id("case-code")).getText();
        String passphrase = browser.findElement(By.id("passphrase")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(passphrase).matches("([a-z2-9]{4}-){4}[a-z2-9]{4}");
        Browsers.screenshot(browser, "intake-received-ru");

        browser.get(app + "/intake/status");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("passphrase")).sendKeys(passphrase);
        browser.findElement(By.id("status-submit")).click();
        assertThat(await(By.id("status-stage")).getText())
                .isEqualTo("Мы получили ваше сообщение. С вами скоро свяжутся.");
        assertThat(browser.getPageSource()).doesNotContain("Ваня").doesNotContain("vanya_safe");
        Browsers.screenshot(browser, "intake-status-ru");

        assertThat(foreignRequests(app)).isEmpty();
    }

    /** A form post returns before the next page is there; wait for it. */
    private org.openqa.selenium.WebElement await(By locator) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(locator));
    }

    private List<String> foreignRequests(String app) {
        var mapper = JsonMapper.builder().build();
        List<String> foreign = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = mapper.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
                String url = message.path("params").path("request").path("url").asString();
                if (!url.startsWith(app + "/") && !url.startsWith("data:")) {
                    foreign.add(URI.create(url).getHost() + " (" + url + ")");
                }
            }
        }
        return foreign;
    }
}
