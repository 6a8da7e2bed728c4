package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.BrowserTest;
import org.passage.support.Browsers;
import org.passage.support.PassageWebTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two coordinators of one organization, each in his own browser: the first one's "not him" on a sanctions hit is a
 * proposal, the alert stays open and says whose second review it awaits; the second one confirms it from his browser,
 * and the case's screening and the alert list say who decided and who confirmed. He is told whose decision waits for him; an
 * acknowledgement he sends from a page of before the proposal is refused beside its alert.
 */
@PassageWebTest
@BrowserTest
class ScreeningSecondReviewBrowserTests {

    private static final String LIST = "second-review-sanctions";

    @LocalServerPort
    int port;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ScreeningWork work;
    @Autowired
    ScreeningAlerts alerts;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;

    WebDriver anna;
    WebDriver boris;

    @Test
    void aNoMatchCountsOnlyOnceASecondCoordinatorConfirmsIt() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        UUID org = organizations.create("Second Review " + UUID.randomUUID()).id();
        var first = Browsers.member(staff, jdbc, org, "Anna Firstreview", Role.COORDINATOR);
        var second = Browsers.member(staff, jdbc, org, "Boris Secondreview", Role.COORDINATOR);
        var opened = cases.openForApplicant(org, "Щербаков Александр Юрьевич");
        alerts.raise(org, opened.id().value(), LIST, 1, "test-shcherbakov", ScreeningAlerts.Kind.NEW, 0.9, "Shcherbakov Aleksandr Yurievich");
        String app = "http://localhost:" + port;
        Browsers.logIn(anna, app, first);
        Browsers.logIn(boris, app, second);
        String screening = app + "/cases/" + opened.id().value() + "/screening";
        // Boris has the alerts open before Anna decides: his page still offers to acknowledge the alert
        boris.get(app + "/screening/alerts");

        anna.get(screening);
        var hit = hitOf(anna);
        hit.findElement(By.cssSelector("form.review textarea")).sendKeys("Another father's name on his passport");
        Browsers.clickForNewPage(anna, hit.findElement(By.cssSelector("form.review button[value=DISMISSED]")));
        hit = hitOf(anna);
        assertThat(hit.findElement(By.cssSelector(".proposal .awaiting")).getText())
                .contains("Anna Firstreview proposed", "Dismissed", "Awaiting a second review by a coordinator or vetting analyst other than Anna Firstreview");
        assertThat(hit.getText()).contains("You proposed this decision");
        assertThat(hit.findElements(By.cssSelector("form.second-review"))).as("she cannot sign twice").isEmpty();
        assertThat(hit.findElements(By.cssSelector("form.review"))).as("nothing else is decided meanwhile").isEmpty();
        anna.get(app + "/screening/alerts");
        assertThat(alertRow(anna).findElement(By.cssSelector(".alert-decision")).getText())
                .isEqualTo("Dismissed, proposed by Anna Firstreview: awaiting a second review by a coordinator or vetting analyst other than Anna Firstreview");
        assertThat(alertRow(anna).getText()).doesNotContain("acknowledged");
        assertThat(alertRow(anna).findElements(By.cssSelector("form[action$='/acknowledge']"))).as("the second review settles it").isEmpty();
        Browsers.screenshot(anna, "screening-awaiting-second-review");

        // acknowledged from his page of before, it is refused, and the refusal is said beside that alert
        Browsers.clickForNewPage(boris, alertRow(boris).findElement(By.cssSelector("form[action$='/acknowledge'] button")));
        assertThat(alertRow(boris).findElement(By.cssSelector(".alert-refused")).getText())
                .isEqualTo("A decision on this hit waits for a second review: confirm or reject it first.");
        assertThat(alertRow(boris).findElement(By.cssSelector(".alert-decision")).getText())
                .isEqualTo("Dismissed, proposed by Anna Firstreview: awaiting your second review (open the case's screening to confirm or reject it)");
        Browsers.screenshot(boris, "screening-acknowledge-refused");

        boris.get(screening);
        hit = hitOf(boris);
        assertThat(hit.getText()).contains("Another father's name on his passport");
        assertThat(hit.findElement(By.cssSelector(".waits-for-you")).getText())
                .isEqualTo("Anna Firstreview waits for your second review: confirm the decision, or reject it with your reason.");
        hit.findElement(By.cssSelector("form.second-review textarea")).sendKeys("Checked the passport copy");
        Browsers.clickForNewPage(boris, hit.findElement(By.cssSelector("form.second-review button[value=CONFIRM]")));
        hit = hitOf(boris);
        assertThat(hit.findElement(By.cssSelector(".signed-by")).getText()).startsWith("decided by Anna Firstreview, confirmed by Boris Secondreview on ");
        assertThat(hit.findElement(By.cssSelector(".second-reason")).getText()).isEqualTo("«Checked the passport copy»");
        assertThat(hit.findElements(By.cssSelector(".proposal"))).isEmpty();
        Browsers.screenshot(boris, "screening-confirmed-by-second");
        boris.get(app + "/screening/alerts");
        assertThat(alertRow(boris).findElement(By.cssSelector(".alert-decision")).getText())
                .isEqualTo("Dismissed: decided by Anna Firstreview, confirmed by Boris Secondreview");
        assertThat(alertRow(boris).getText()).contains("acknowledged");
    }

    private static org.openqa.selenium.WebElement hitOf(WebDriver browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".reviewed-hit"))
                .stream().filter(h -> h.getText().contains("Shcherbakov Aleksandr Yurievich") && h.getText().contains(LIST)).findFirst().orElse(null));
    }

    private static org.openqa.selenium.WebElement alertRow(WebDriver browser) {
        return browser.findElements(By.cssSelector("#alert-list tbody tr")).stream()
                .filter(r -> r.getText().contains(LIST + " v1")).findFirst().orElseThrow();
    }
}
