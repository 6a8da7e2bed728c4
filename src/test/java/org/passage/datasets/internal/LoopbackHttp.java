package org.passage.datasets.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 for the datasets tests: what every loopback publisher shares (the server, its threads,
 * the answer to a Range request). Subclasses decide which file a path is and how it misbehaves.
 */
abstract class LoopbackHttp implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    LoopbackHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** What stands in for a publisher's scheme and host. */
    final String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers one request; the exchange is closed afterwards. */
    abstract void serve(HttpExchange exchange) throws IOException, InterruptedException;

    /**
     * Sends the status and length of {@code body}: 206 from the first byte asked for when the request names a Range
     * ({@code bytes=N-}, the only form the downloader sends) and ranges are honoured, 200 otherwise.
     *
     * @return the offset the body is to be sent from
     */
    static int sendHeaders(HttpExchange exchange, byte[] body, boolean honourRange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (honourRange && range != null && range.startsWith("bytes=")) {
            int from = Integer.parseInt(range.substring(6, range.indexOf('-')));
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
            return from;
        }
        exchange.sendResponseHeaders(200, body.length);
        return 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            serve(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
