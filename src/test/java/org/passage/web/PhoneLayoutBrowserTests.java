package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
 * The staff pages of a day's work on a phone, 390 px wide, with the demo at scale: home, case list, a case and the
 * check-in board never scroll sideways, in each language; the vetting findings are in that language too. Screenshots go to target/screenshots/phone-*.png.
 */
// its own context (and so its own database): the demo is seeded here
@PassageWebTest(properties = "passage.test.context=phone-layout")
@BrowserTest
@DirtiesContext
class PhoneLayoutBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @Test
    void theCoordinatorsPagesFitA390PixelScreen() throws Exception {
        DemoSeeder.seedAll(seeders, new PrintStream(OutputStream.nullOutputStream()));
        UUID ark = organizations.findByName("Ark Demo").orElseThrow().id();
        String vettingCase = jdbc.sql("select id::text from cases where organization_id = ? and stage = ? order by opened_at desc limit 1")
                .params(ark, Stage.VETTING.name()).query(String.class).single();
        String app = "http://localhost:" + port;
        Browsers.logIn(browser, app, Browsers.withKnownPassword(jdbc, staff.findByUsername("coordinator").orElseThrow()));
        browser.manage().window().setSize(new Dimension(390, 844));
        var js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("case-list", "/cases");
        pages.put("case", "/cases/" + vettingCase);
        pages.put("checkins", "/checkins");
        pages.put("vetting", "/cases/" + vettingCase + "/vetting");
        pages.put("case-details", "/cases/" + vettingCase + "/details");
        pages.put("case-tasks", "/cases/" + vettingCase + "/tasks");
        pages.put("my-tasks", "/tasks");
        for (String lang : List.of("en", "ru", "fr")) {
            for (var page : pages.entrySet()) {
                browser.get(app + page.getValue() + "?lang=" + lang);
                // measured once the page has settled: htmx fragments that load after the page (the case list, the
                // check-in board) are laid out wide for a moment while they swap in, and a loaded machine catches that
                long width = settledWidth(js);
                if (width > 390) {
                    // name the element that sticks out, so that a failure says what to fix
                    Object widest = js.executeScript("const out = []; for (const e of document.body.querySelectorAll('*')) {"
                            + " const b = e.getBoundingClientRect(); if (b.right > 391 && ![...e.children].some(c => c.getBoundingClientRect().right > 391))"
                            + " out.push(Math.round(b.left) + '-' + Math.round(b.right) + ' ' + e.outerHTML.substring(0, 200)); }"
                            + " return out.slice(0, 3).join(' | ');");
                    assertThat(width).as(page.getKey() + " in " + lang + " at 390 px; widest: " + widest).isLessThanOrEqualTo(390);
                }
                if (lang.equals("ru")) {
                    Browsers.screenshot(browser, "phone-" + page.getKey());
                }
                if (page.getKey().equals("vetting") && !lang.equals("en")) {
                    // the findings the rules wrote (stored in English) are read in the reader's language
                    assertThat(browser.findElement(org.openqa.selenium.By.id("findings-list")).getText()).as(lang)
                            .doesNotContain("Claimed service").doesNotContain("Screening not consulted");
                }
            }
        }
    }

    /** The page's width once it stops changing and no htmx request is in flight (at most five seconds). */
    private static long settledWidth(JavascriptExecutor js) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 25; i++) {
            boolean busy = (Boolean) js.executeScript("return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') !== null");
            long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            if (!busy && width == last && width <= 390) {
                return width;
            }
            last = busy ? -1 : width;
            Thread.sleep(200);
        }
        return last;
    }
}
