package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;



import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.organizations.Role;
import org.passage.security.internal.BrowserAccounts;
import org.passage.support.BrowserTest;
import org.passage.support.PassageWebTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An analyst logs in through the real pages in headless Chromium and screens a name written in another
 * alphabet than the list's: the hit shows with its score, the match flag and every feature in plain words;
 * the strict CSP blocks nothing on the page.
 */
@PassageWebTest
@BrowserTest
@Import(BrowserAccounts.class)
class ScreeningBrowserTests {

    private static final String LIST = "browser-sanctions";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    BrowserAccounts accounts;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ScreeningWork work;

    WebDriver browser;

    @Test
    void anAnalystScreensANameAndReadsWhy() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        var analyst = accounts.account(accounts.organization("Screening Browser"), Role.VETTING_ANALYST);
        String app = "http://localhost:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(app + "/login");
        browser.findElement(By.id("username")).sendKeys(analyst.username());
        browser.findElement(By.id("password")).sendKeys(BrowserAccounts.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/login/totp"));
        browser.findElement(By.id("code")).sendKeys(analyst.code());
        browser.findElement(By.id("totp-submit")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/"));

        browser.findElement(By.linkText("Screening")).click();
        wait.until(ExpectedConditions.urlToBe(app + "/screening"));
        assertThat(browser.findElement(By.id("index-status")).getText()).contains("Screening against");
        browser.findElement(By.id("name")).sendKeys("Щербаков Александр");
        browser.findElement(By.id("birthDate")).sendKeys("1991-03-02");
        browser.findElement(By.id("nationality")).sendKeys("ru");
        browser.findElement(By.id("screen")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        var first = browser.findElement(By.cssSelector("#results .hit"));
        assertThat(first.findElement(By.className("hit-caption")).getText()).isEqualTo("Shcherbakov Aleksandr Yurievich");
        assertThat(first.getText()).contains("match", "Same birth date", LIST, "1991-03-02");
        // what the finding rests on: the list, its version and the record, and the entry's topics in words (it showed
        // "browser-sanctions v1", no record, and "role.spy")
        assertThat(first.findElement(By.className("finding-list")).getText()).contains(LIST, "version 1", "live since");
        assertThat(first.findElement(By.className("finding-record")).getText()).contains("test-shcherbakov", "in the list since");
        assertThat(first.getText()).contains("intelligence services").doesNotContain("role.spy");
        // a score is read as a similarity: the badge says "score", the page how to read it
        assertThat(first.findElement(By.className("score")).getText()).matches("score [01]\\.[0-9]{2}");
        assertThat(browser.findElement(By.id("score-scale")).getText()).contains("not the likelihood that this is the person");
        assertThat(first.findElements(By.cssSelector(".features li"))).isNotEmpty();
        // the name was posted, not put into the address
        assertThat(browser.getCurrentUrl()).isEqualTo(app + "/screening");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("screening-adhoc.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // a Japanese name in kanji that the dictionary of names does not know (髙, a variant of 高) cannot be read:
        // the page says it was not checked, never "nothing resembles"
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("髙山 きよし");
        browser.findElement(By.id("birthDate")).clear();
        browser.findElement(By.id("nationality")).clear();
        browser.findElement(By.id("screen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screening-not-checked")));
        assertThat(browser.findElement(By.id("screening-not-checked")).getText()).contains("Not checked", "髙山 きよし");
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain("Nothing on the lists resembles this name");
        Files.write(SCREENSHOTS.resolve("screening-not-checked.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // on a Russian page the engine's explanation is read in Russian, the names carried over as written
        // and a birth date typed day first, as the Russian page invites, is read
        browser.get(app + "/screening?lang=ru");
        // its field says both forms, as every date field does (it showed 1991-03-02 only)
        assertThat(browser.findElement(By.id("birthDate")).getAttribute("placeholder")).isEqualTo("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ");
        browser.findElement(By.id("name")).sendKeys("Щербаков Александр");
        browser.findElement(By.id("birthDate")).sendKeys("02.03.1991");
        browser.findElement(By.id("screen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit .features")));
        String why = browser.findElement(By.cssSelector("#results .hit .features")).getText();
        assertThat(why).contains("имя 1 запроса против имени 1 записи", "Та же дата рождения").doesNotContain("of the query against");
        var hit = browser.findElement(By.cssSelector("#results .hit"));
        assertThat(hit.getText()).contains("спецслужбы", "версия 1", "Запись").doesNotContain("role.spy");
        assertThat(browser.findElement(By.id("score-scale")).getText()).contains("Это не вероятность");
        // a birth date that is no day is said to be unread, never silently left out
        browser.findElement(By.id("birthDate")).clear();
        browser.findElement(By.id("birthDate")).sendKeys("31.02.1991");
        browser.findElement(By.id("screen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("birth-date-unread")));
        assertThat(browser.findElement(By.id("birth-date-unread")).getText()).contains("31.02.1991", "не прочитана");
        // a month written the Russian way is read as that month
        browser.findElement(By.id("birthDate")).clear();
        browser.findElement(By.id("birthDate")).sendKeys("03.1991");
        // the page before still shows its hits: wait until the answer has replaced them (CI read the old page)
        var unread = browser.findElement(By.id("birth-date-unread"));
        browser.findElement(By.id("screen")).click();
        wait.until(ExpectedConditions.stalenessOf(unread));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit .features")));
        assertThat(browser.findElements(By.id("birth-date-unread"))).isEmpty();

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList()).isEmpty();
    }
}
