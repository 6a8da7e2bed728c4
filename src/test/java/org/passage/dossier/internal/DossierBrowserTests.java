package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The demo as a newcomer finds it: the demo lawyer opens the case whose vetting the demo analysts confirmed,
 * exports its dossier for an authority from the case page, sees the export listed and downloads a PDF.
 */
@PassageWebTest
@BrowserTest
@DirtiesContext
class DossierBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DemoSeeder> seeders;

    WebDriver browser;

    @Test
    void theDemoLawyerExportsTheDossierOfTheDemoCaseWithAConfirmedVetting() throws Exception {
        var console = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        DemoSeeder.seedAll(seeders, console);
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        var visaCase = cases.ofOrganization(ark, "test").stream().filter(c -> c.stage() == Stage.VISA_APPLIED).findFirst().orElseThrow();
        assertThat(jdbc.sql("select count(*) from vetting_decisions where case_id = ? and state = 'CONFIRMED'")
                .param(visaCase.id().value()).query(Integer.class).single()).isEqualTo(1);
        var lawyer = Browsers.withKnownPassword(jdbc, staff.findByUsername("lawyer").orElseThrow());

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, lawyer);
        browser.get(app + "/cases/" + visaCase.id());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-form")));
        // a recipient of spaces only is refused: the form comes back with her choices, not a page that lost them
        new Select(browser.findElement(By.id("dossier-language"))).selectByValue("fr");
        new Select(browser.findElement(By.id("dossier-profile"))).selectByValue("AUTHORITY");
        browser.findElement(By.id("dossier-recipient")).sendKeys("   ");
        browser.findElement(By.id("dossier-export")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-refused")));
        assertThat(browser.findElement(By.id("dossier-refused")).getText()).contains("Say who receives the dossier");
        assertThat(new Select(browser.findElement(By.id("dossier-language"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("fr");
        assertThat(new Select(browser.findElement(By.id("dossier-profile"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("AUTHORITY");
        Browsers.screenshot(browser, "dossier-refused-form-kept");
        browser.findElement(By.id("dossier-recipient")).clear();
        browser.findElement(By.id("dossier-recipient")).sendKeys("Consulate of France, Almaty");
        var export = browser.findElement(By.id("dossier-export"));
        export.click();
        // an export takes seconds: meanwhile the button is disabled and a line says the dossier is being prepared,
        // so a second press sends nothing (it gave no sign of work, and a second press made a second export)
        assertThat(export.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("dossier-working")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("dossier-working")).getText()).contains("Leaving the page does not stop it");
        Browsers.screenshot(browser, "dossier-working");
        try {
            export.click();
        } catch (org.openqa.selenium.WebDriverException pageAlreadyReplaced) {
            // the export finished first: nothing to press
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-exports")));
        assertThat(browser.getCurrentUrl()).contains("?exported=");
        assertThat(browser.findElement(By.id("saved")).getText()).isNotBlank();

        var row = browser.findElement(By.cssSelector("#dossier-exports tbody tr.highlight"));
        assertThat(row.getText()).contains("Consulate of France, Almaty");
        // when, as a person reads it (not the machine's 2026-12-06T20:40:20.371623567Z)
        assertThat(row.findElement(By.cssSelector("td")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(browser.findElements(By.cssSelector("#dossier-exports tbody tr"))).hasSize(1);
        Browsers.screenshot(browser, "dossier-demo-export");

        String pdfUrl = row.findElement(By.linkText("PDF")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(pdfUrl)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            byte[] pdf = response.body();
            assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Files.createDirectories(Browsers.SCREENSHOTS);
            Files.write(Browsers.SCREENSHOTS.resolve("dossier-demo-export.pdf"), pdf);
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'dossier.export' and outcome = 'SUCCESS' and record_id = ?
                and detail like 'export %, profile AUTHORITY, %'""").param(visaCase.id().toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'dossier.download' and outcome = 'SUCCESS' and record_id = ?")
                .param(visaCase.id().toString()).query(Integer.class).single()).isPositive();
    }
}
