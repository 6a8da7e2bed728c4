package org.passage.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's plain client against a local HTTP server: answers with Content-Length and chunked, many requests on
 * one kept connection, and a new connection when the server closes the kept one.
 */
class KeptAliveConnectionTests {

    @Test
    void readsLengthAndChunkedAnswersOnOneConnectionAndReconnectsWhenClosed() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/length", exchange -> {
            byte[] body = ("got " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/chunked", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(422, 0);
            for (int i = 0; i < 3; i++) {
                exchange.getResponseBody().write(("part" + i + ";").repeat(3000).getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
            }
            exchange.close();
        });
        server.createContext("/closing", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            try (var connection = new KeptAliveConnection(URI.create(base + "/length?x=1"), "ApiKey k")) {
                for (int i = 0; i < 50; i++) {
                    var answer = connection.post(("{\"n\": " + i + "}").getBytes(StandardCharsets.UTF_8));
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("got {\"n\": " + i + "}");
                }
            }
            try (var connection = new KeptAliveConnection(URI.create(base + "/chunked"), "ApiKey k")) {
                for (int i = 0; i < 3; i++) {
                    var answer = connection.post(new byte[0]);
                    assertThat(answer.status()).isEqualTo(422);
                    assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                            .isEqualTo("part0;".repeat(3000) + "part1;".repeat(3000) + "part2;".repeat(3000));
                }
            }
            try (var connection = new KeptAliveConnection(URI.create(base + "/closing"), "ApiKey k")) {
                for (int i = 0; i < 3; i++) {
                    assertThat(new String(connection.post(new byte[] {'x'}).body(), StandardCharsets.UTF_8)).isEqualTo("ok");
                }
            }
        } finally {
            server.stop(0);
        }
    }
}
