package org.passage.web.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Language switch, translated error pages that reveal nothing, and problem JSON for the API. */
@PassageIntegrationTest
class WebShellIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organizations organizations;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    /** An auditor's start page offered Telegram alerts and his account, and no way to the audit trail but the bar (walk27). */
    @Test
    void theStartPageLeadsAnAuditorToTheAuditTrailAndNobodyElse() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var organization = staff.organization("Start page");
        var auditor = staff.member(organization, Role.AUDITOR);
        var coordinator = staff.member(organization, Role.COORDINATOR);
        mvc.perform(get("/").with(ActingStaff.as(auditor)))
                .andExpect(content().string(containsString("<a class=\"card tile\" href=\"/audit\">")));
        mvc.perform(get("/").with(ActingStaff.as(coordinator)))
                .andExpect(content().string(not(containsString("<a class=\"card tile\" href=\"/audit\">"))));
    }

    @Test
    void theLanguageSwitchesByParameterAndIsRememberedInAStrictCookie() throws Exception {
        mvc.perform(get("/login").param("lang", "ru"))
                .andExpect(content().string(containsString("Вход")))
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(header().string("Set-Cookie", allOf(containsString("PASSAGE_LANG=ru"), containsString("Secure"),
                        containsString("HttpOnly"), containsString("SameSite=Strict"))));
        mvc.perform(get("/login").cookie(new Cookie("PASSAGE_LANG", "fr")))
                .andExpect(content().string(containsString("Mot de passe")));
        mvc.perform(get("/login").header("Accept-Language", "fr-CH, de;q=0.8"))
                .andExpect(content().string(containsString("Se connecter")));
        mvc.perform(get("/login").header("Accept-Language", "de"))
                .andExpect(content().string(containsString("Log in")));
        mvc.perform(get("/login").param("lang", "de"))
                .andExpect(content().string(containsString("Log in")))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeaders("Set-Cookie"))
                        .as("an unknown language is not remembered").noneMatch(c -> c.startsWith("PASSAGE_LANG=")));
    }

    @Test
    void errorPagesAreTranslatedAndRevealNothingInternal() throws Exception {
        mvc.perform(error(404, "/cases/123").cookie(new Cookie("PASSAGE_LANG", "fr")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Introuvable")));
        mvc.perform(error(403, "/admin/users").cookie(new Cookie("PASSAGE_LANG", "ru")))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Доступ запрещён")));
        mvc.perform(error(400, "/admin/users"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Nothing was changed")));
        mvc.perform(error(500, "/").requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail at org.passage.X")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Something went wrong"), not(containsString("secret detail")),
                        not(containsString("org.passage")), not(containsString("Exception")))));
        mvc.perform(error(418, "/")).andExpect(content().string(containsString("could not be used")));
        // an address that only takes a form, opened as a page: said so, not "something was missing, check the form"
        mvc.perform(error(405, "/checkins/cases/1/links").cookie(new Cookie("PASSAGE_LANG", "ru")))
                .andExpect(content().string(allOf(containsString("По этому адресу отправляют форму"), not(containsString("чего-то не хватало")))));
        mvc.perform(error(403, "/admin/users").requestAttr("passage.error.reason", "csrf"))
                .andExpect(content().string(containsString("did not come from Passage")));
        // a form sent once the session had ended said "Access denied" and sent him to the start page, which asked him to log in
        mvc.perform(error(403, "/cases").requestAttr("passage.error.reason", "session-ended"))
                .andExpect(content().string(allOf(containsString("Your session has ended"), containsString("nothing was saved"),
                        containsString("href=\"/login\""), not(containsString("Access denied")))));
    }

    @Test
    void aNoteSentAfterTheSessionEndedIsShownBackToCopyNeverTextFromAnotherSite() throws Exception {
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> sent =
                site -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases/1/notes")
                        .requestAttr("passage.error.reason", "session-ended").cookie(new Cookie("PASSAGE_LANG", "ru"))
                        .param("_csrf", "stale-token").param("shownNote", "a1b2c3").param("stage", "IN_TRANSIT")
                        .param("body", "Позвонил ему в 14:00, он в безопасности.").header("Sec-Fetch-Site", site);
        // from one of Passage's own pages: what he typed is on the page, to copy before logging in again
        mvc.perform(sent.apply("same-origin"))
                .andExpect(content().string(allOf(containsString("Что вы ввели (не сохранено)"),
                        containsString("Позвонил ему в 14:00, он в безопасности."), not(containsString("stale-token")),
                        not(containsString("a1b2c3")), not(containsString("IN_TRANSIT")))));
        // posted from another site: none of its text on a Passage page
        mvc.perform(sent.apply("cross-site"))
                .andExpect(content().string(allOf(containsString("Сеанс завершён"), not(containsString("Позвонил ему")),
                        not(containsString("Что вы ввели")))));
    }

    @Test
    void apiErrorsAreProblemJson() throws Exception {
        mvc.perform(error(404, "/api/cases/123").header("Accept", "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"));
        mvc.perform(get("/api/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void pagesNeedALoginAndSendToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/css/passage.css")).andExpect(status().isOk());
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        var script = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(login);
        org.assertj.core.api.Assertions.assertThat(script.find()).as("the layout loads htmx").isTrue();
        mvc.perform(get(script.group(1))).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder error(int status, String uri) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
    }
}
