package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit page in Chromium, as an auditor: people by name and cases by code, filtered by person, case code and
 * kind of act; the CSV export carries the same events, formula-safe, and is itself in the trail; the chain holds.
 */
@PassageWebTest
@BrowserTest
class AuditBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Cases cases;
    @Autowired
    AuditTrail trail;
    @Autowired
    org.passage.audit.AuditVerification verification;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @Test
    void anAuditorFiltersByPersonCaseAndKindOfActAndExportsWhatSheSees() throws Exception {
        UUID org = organizations.create("Audit " + UUID.randomUUID()).id();
        var misha = staff.add(org, new Username("misha" + UUID.randomUUID().toString().substring(0, 8)), "Misha Trailworker",
                EnumSet.of(Role.CASEWORKER));
        var lena = staff.add(org, new Username("lena" + UUID.randomUUID().toString().substring(0, 8)), "=Lena Formula",
                EnumSet.of(Role.CASEWORKER));
        var first = cases.openForApplicant(org, "Щербаков Александр");
        var second = cases.openForApplicant(org, "Волков Дмитрий");
        acting(misha, org, () -> {
            trail.record(AuditEvent.of("case.read", "case", first.id(), org));
            trail.record(AuditEvent.of("vetting.read", "case", first.id(), org));
            trail.record(AuditEvent.of("case.read", "case", second.id(), org));
        });
        acting(lena, org, () -> trail.record(AuditEvent.of("case.update", "case", first.id(), org).withDetail("=HYPERLINK(\"x\")")));

        String app = "http://localhost:" + port;
        var auditor = Browsers.member(staff, jdbc, org, Role.AUDITOR);
        Browsers.logIn(browser, app, auditor);
        browser.get(app + "/audit");
        var events = browser.findElement(By.id("audit-events")).getText();
        assertThat(events).contains("Misha Trailworker", first.code(), second.code()).doesNotContain(first.id().toString());

        new Select(browser.findElement(By.id("actor"))).selectByVisibleText("Misha Trailworker (" + misha.username().value() + ")");
        browser.findElement(By.id("case")).sendKeys(first.code().toLowerCase());
        new Select(browser.findElement(By.id("family"))).selectByValue("case");
        var table = browser.findElement(By.id("audit-events"));
        browser.findElement(By.id("audit-apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(Browsers.stalenessOf(table));
        var rows = browser.findElements(By.cssSelector("#audit-events tbody tr"));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getText())
                .contains("Misha Trailworker", "case.read", first.code()).doesNotContain("vetting"));
        Browsers.screenshot(browser, "audit-filtered");

        String href = browser.findElement(By.id("audit-export")).getAttribute("href");
        assertThat(href).contains("/audit/export.csv").contains("family=case");
        String csv = fetch(href.replaceAll("actor=[^&]*&?", "").replaceAll("family=case", "family="));
        assertThat(csv).startsWith("sequence,time_utc,person,person_id,");
        // every event of the case, of every kind and person: opened by the system, read, vetted, updated
        assertThat(csv.lines().filter(l -> l.contains(first.code()))).hasSize(4).anyMatch(l -> l.contains("vetting.read"));
        assertThat(csv).contains("'=Lena Formula").contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain(",=");
        assertThat(jdbc.sql("select detail from audit_event where action = 'audit.export' and organization_id = ?").param(org)
                .query(String.class).single()).contains("case=" + first.code()).endsWith("4 events");
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void theTrailFitsALaptopAndAPhoneWhateverItsIdsAndDetails() throws Exception {
        UUID org = organizations.create("Wide " + UUID.randomUUID()).id();
        var misha = staff.add(org, new Username("wide" + UUID.randomUUID().toString().substring(0, 8)), "Misha Widetrail",
                EnumSet.of(Role.CASEWORKER));
        // what the demo's imports write: digests, lists of ids and addresses, none of which has a space to break at
        String digest = "332144fd".repeat(8);
        String ids = UUID.randomUUID() + "," + UUID.randomUUID() + "," + UUID.randomUUID();
        acting(misha, org, () -> trail.record(new AuditEvent("unit.link.confirm", "unit_link", digest, org, AuditEvent.Outcome.SUCCESS,
                "https://www.example.org/reports/2022/03/" + ids + "?source=deepstate&layer=positions")));

        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, Browsers.member(staff, jdbc, org, Role.AUDITOR));
        var js = (JavascriptExecutor) browser;
        for (int width : new int[] {1280, 900, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(app + "/audit");
            assertThat(browser.findElement(By.id("audit-events")).getText()).contains(digest.substring(0, 16));
            long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
            long page = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            // the table was 1,322 px wide on a 1,280 px laptop: a record id or a detail without spaces widened it
            assertThat(page).as("audit trail at " + width + " px").isLessThanOrEqualTo(inner);
            Browsers.screenshot(browser, "audit-" + width);
        }
        // the outcome in the page's words (a Russian page said SUCCESS)
        browser.get(app + "/audit?lang=ru");
        assertThat(browser.findElement(By.cssSelector("#audit-events [data-outcome=SUCCESS]")).getText()).isEqualTo("выполнено");
    }

    private String fetch(String url) {
        Object text = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));", url);
        return (String) text;
    }

    private static void acting(org.passage.organizations.StaffMember member, UUID org, Runnable act) {
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(
                new StaffPrincipal(member.id(), org, member.username().value(), member.displayName(), Set.copyOf(member.roles()), -1),
                StaffAuthentication.Stage.COMPLETE));
        try {
            act.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
