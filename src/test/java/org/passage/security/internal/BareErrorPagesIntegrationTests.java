package org.passage.security.internal;

import org.passage.web.SecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Paths Tomcat refuses before any filter runs (the red team's {@code /%} and {@code /..;/}) get a page that names
 * nothing and carries Passage's headers, not Tomcat's bare report. Sent on a raw socket: HTTP clients refuse such paths.
 */
@PassageWebTest
class BareErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void malformedPathsAreAnsweredWithPassagesHeaders() throws Exception {
        for (String path : new String[] {"/%", "/..;/", "/%2e%2e/%2e%2e/etc/passwd", "/a%00b"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 4");
            assertThat(response).as(path).contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("X-Content-Type-Options: nosniff").contains("X-Frame-Options: DENY")
                    .doesNotContain("Tomcat").doesNotContain("Exception");
        }
    }

    /**
     * A yente client reads problem JSON: the container's own refusals of an {@code /api/} request (a malformed %-escape in
     * the path, a header too large, more than 1,000 parameters, a malformed %-escape in the query) reached it as Tomcat's
     * HTML page (session 18 left it). A page keeps its HTML error page.
     */
    @Test
    void theContainersRefusalsOfAnApiRequestAreProblemJson() throws Exception {
        String many = java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "p" + i + "=1").collect(java.util.stream.Collectors.joining("&"));
        for (String request : new String[] {"GET /api/search/%zz HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/search?q=a HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n",
                "GET /api/search?" + many + " HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/search?q=%zz HTTP/1.1\r\nHost: localhost\r\n"}) {
            String response = raw(request + "Connection: close\r\n\r\n");
            String what = request.substring(0, Math.min(60, request.length()));
            assertThat(response).as(what).startsWith("HTTP/1.1 400");
            assertThat(response.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")).findFirst().orElse(""))
                    .as(what).contains("application/problem+json");
            assertThat(response).as(what).contains("\"status\":400", "too many parameters").doesNotContain("<html", "Tomcat", "check the form")
                    .contains("X-Content-Type-Options: nosniff");
        }
        for (String page : new String[] {"GET /cases/%zz HTTP/1.1\r\n", "GET /cases?" + many + " HTTP/1.1\r\n"}) {
            String response = raw(page + "Host: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response).as(page.substring(0, 20)).startsWith("HTTP/1.1 400").contains("text/html").contains("<html");
        }
    }

    private String raw(String request) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
