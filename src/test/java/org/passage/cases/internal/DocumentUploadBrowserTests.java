package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffMember;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file over the server's upload bound (11 MB), in a real Tomcat: the caseworker is brought back to the upload
 * form with a message in his language, not a generic error page, and nothing is stored.
 */
@PassageWebTest
@BrowserTest
class DocumentUploadBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;

    @TempDir
    Path temp;
    WebDriver browser;

    @Test
    void aTooLargeUploadIsExplainedOnTheFormInTheUsersLanguage() throws Exception {
        UUID org = organizations.create("Uploads " + UUID.randomUUID()).id();
        StaffMember caseworker = Browsers.member(staff, jdbc, org, Role.CASEWORKER);
        var opened = cases.openForApplicant(org, "Павлов Роман");
        jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                .params(opened.id().value(), caseworker.id()).update();
        Path big = temp.resolve("scan.pdf");
        byte[] content = new byte[12 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 9);
        Files.write(big, content);

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, caseworker);
        browser.get(app + "/cases/" + opened.id() + "/documents?lang=fr");
        browser.findElement(By.id("file")).sendKeys(big.toString());
        browser.findElement(By.cssSelector("#document-form button[type=submit]")).click();
        var message = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-too-large")));
        assertThat(message.getText()).contains("10 Mo").contains("n’a pas été reçu");
        assertThat(browser.getCurrentUrl()).endsWith("/cases/" + opened.id() + "/documents?tooLarge");
        Browsers.screenshot(browser, "document-upload-too-large");
        assertThat(jdbc.sql("select count(*) from case_documents where case_id = ?").param(opened.id().value())
                .query(Integer.class).single()).isZero();
    }
}
