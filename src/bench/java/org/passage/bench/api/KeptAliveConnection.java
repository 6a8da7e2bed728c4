package org.passage.bench.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's HTTP/1.1 connection to the benchmarked server, kept alive, as a yente client's session keeps it: posts a
 * JSON body and reads the answer (Content-Length or chunked). The benchmark's client shares the two cores with the
 * server, and the JDK's HttpClient spent about 0.4 ms of CPU per request (selector thread, futures, hand-overs), a
 * fifth of what the server needs; this spends a few microseconds, so the figure measures the server. Only what the
 * benchmark sends and Passage answers is handled: no redirects, no TLS, no compression, no 1xx.
 */
final class KeptAliveConnection implements AutoCloseable {

    /** An answer: its status and body. */
    record Answer(int status, byte[] body) {
    }

    private final URI uri;
    private final String authorization;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeptAliveConnection(URI uri, String authorization) throws IOException {
        this.uri = uri;
        this.authorization = authorization;
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    Answer post(byte[] body) throws IOException {
        try {
            return exchange(body);
        } catch (EOFException e) {
            // the server closed the kept connection between two requests (idle timeout, request limit): once more on a new one
            close();
            connect();
            return exchange(body);
        }
    }

    private Answer exchange(byte[] body) throws IOException {
        String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (status.isEmpty()) {
            throw new EOFException("connection closed");
        }
        int code = Integer.parseInt(status.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] answer = chunked ? chunks() : in.readNBytes((int) Math.max(0, length));
        if (close) {
            close();
            connect();
        }
        return new Answer(code, answer);
    }

    private byte[] chunks() throws IOException {
        var body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";", 2)[0].trim(), 16); size > 0;
             size = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers
        }
        return body.toByteArray();
    }

    /** One header line without its CRLF; empty at the blank line, or when the server has closed the connection. */
    private String line() throws IOException {
        var line = new StringBuilder(64);
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        if (line.isEmpty()) {
            return "";
        }
        throw new EOFException("connection closed mid-line");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
