package org.passage.datasets.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A publisher on 127.0.0.1 serving a folder laid out like ../shared/data, with Range requests, and answering
 * badly on demand: 404, 500, an HTML page, a truncated body, ten times the size, or a stall.
 */
final class LoopbackPublisher extends LoopbackHttp {

    enum Fault { NOT_FOUND, SERVER_ERROR, HTML, TRUNCATED, OVERSIZED, STALLED }

    private final Path root;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    final Map<String, String> ranges = new ConcurrentHashMap<>();

    LoopbackPublisher(Path root) throws IOException {
        this.root = root;
    }

    void fault(String path, Fault fault) {
        faults.put(path, fault);
    }

    void heal() {
        faults.clear();
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath().substring(1);
        Path file = root.resolve(path).normalize();
        Fault fault = faults.get(path);
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            ranges.put(path, range);
        }
        if (fault == Fault.NOT_FOUND || !file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (fault == Fault.SERVER_ERROR) {
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        if (fault == Fault.HTML) {
            byte[] page = "<!DOCTYPE html><html><body>Rate limited. Please log in.</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            return;
        }
        if (fault == Fault.OVERSIZED) {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced, ten times the body
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 10; i++) {
                out.write(body);
            }
            return;
        }
        int from = sendHeaders(exchange, body, fault == null);
        OutputStream out = exchange.getResponseBody();
        if (fault == Fault.TRUNCATED || fault == Fault.STALLED) {
            out.write(body, 0, body.length / 2);
            out.flush();
            if (fault == Fault.STALLED) {
                Thread.sleep(3000);
            }
            throw new IOException("cut short on purpose"); // leave without the rest: the client sees a short body
        }
        out.write(body, from, body.length - from);
    }
}
