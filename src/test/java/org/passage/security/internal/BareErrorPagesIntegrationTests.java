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
