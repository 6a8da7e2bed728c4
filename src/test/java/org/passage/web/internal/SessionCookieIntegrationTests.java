package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * On the real server (not MockMvc, which has no cookies of its own): the session cookie from
 * application.yaml really is Secure, HttpOnly and SameSite=Strict, and sessions really expire when idle.
 */
@PassageWebTest
class SessionCookieIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theSessionCookieIsSecureHttpOnlyAndStrict() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PASSAGE_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void idleSessionsExpireAfterThirtyMinutes() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var webapp = (Context) tomcat.getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void unknownPagesGetTheTranslatedErrorPageNotAStackTrace() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nothing"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception", "at org.");
    }
}
