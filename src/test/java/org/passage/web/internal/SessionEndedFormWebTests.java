package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A note sent from a case page after the session ended, through the real server (the error page is a forward of
 * the refused request, which MockMvc does not make): what was typed is on the "session ended" page, to copy.
 */
@PassageWebTest
class SessionEndedFormWebTests {

    @LocalServerPort
    int port;

    @Test
    void theNoteTypedIsShownBackOnTheSessionEndedPage() throws Exception {
        String note = "Позвонил ему в 14:00, он в безопасности.";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + UUID.randomUUID() + "/notes"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ru")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&body=" + URLEncoder.encode(note, StandardCharsets.UTF_8))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Сеанс завершён", "Что вы ввели (не сохранено)", note).doesNotContain("stale")
                .as("no language link: it would open the form's address, which takes only a form").doesNotContain("hreflang");
    }

    @Test
    void aSecretTypedIsNeverShownBack() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/password"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&current=Old%20mare%20staple%20fence"
                        + "&password=Correct%20horse%20battery&confirmation=Correct%20horse%20battery"
                        + "&passphrase=blue%20river%20stone&code=Asdfgh&note=Kept%20note")).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Kept note").doesNotContain("Correct horse", "blue river", "Asdfgh")
                .as("the change-password form's current password").doesNotContain("Old mare");
    }

    @Test
    void theTypedTextIsKeptByNoCacheAndRunsNoMarkup() throws Exception {
        // a shared computer: the page with his note must not stay in the browser's cache for the next one at it; and
        // text typed as markup (or pasted from an attacker's message) is shown as text, never run
        String typed = "</textarea><script>alert(1)</script>\"onmouseover=\"alert(2) \u202Egnp.exe";
        var response = noteAfterSessionEnded("same-origin", typed);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Cache-Control")).anySatisfy(v -> assertThat(v).contains("no-store"));
        assertThat(response.body()).contains("&lt;/textarea&gt;&lt;script&gt;").doesNotContain("<script>alert");

        // another site's form (the browser says cross-site) gets no text of its choosing onto the page
        assertThat(noteAfterSessionEnded("cross-site", "Call this number now").body()).doesNotContain("Call this number");
    }

    /** A note sent from a case page with a stale form token, the browser saying where the form came from. */
    private HttpResponse<String> noteAfterSessionEnded(String site, String note) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + UUID.randomUUID() + "/notes"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .header("Sec-Fetch-Site", site)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&body=" + URLEncoder.encode(note, StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
