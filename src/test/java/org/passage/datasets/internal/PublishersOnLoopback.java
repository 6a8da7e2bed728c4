package org.passage.datasets.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetFile;

/**
 * The publishers on 127.0.0.1, laid out as they are on the internet: every catalogue file is served at the path of
 * its real origin URL (only the host replaced), its bytes read from a folder laid out like ../shared/data; a daily
 * series answers each day it holds a file for and 404 for the others. Range requests are honoured; a stall holds a
 * connection open after a number of bytes until {@link #heal()}, as a publisher hanging mid-file does.
 */
final class PublishersOnLoopback extends LoopbackHttp {

    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<Pattern, String> daily = new ConcurrentHashMap<>();
    private final Map<String, Long> stalls = new ConcurrentHashMap<>();
    private volatile CountDownLatch released = new CountDownLatch(1);
    /** Every request as "path" or "path bytes=N-", in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    PublishersOnLoopback(Path data, List<Dataset> catalogue) throws IOException {
        for (Dataset dataset : catalogue) {
            for (DatasetFile file : dataset.files()) {
                Path local = data.resolve(dataset.folder()).resolve(file.path());
                String path = file.origin().getRawPath();
                if (file.daily()) {
                    String[] parts = path.split(Pattern.quote("%7ByyyyMMdd%7D"));
                    daily.put(Pattern.compile(Pattern.quote(parts[0]) + "(\\d{8})" + Pattern.quote(parts[1])), local.toString());
                } else {
                    files.put(path, local);
                }
            }
        }
    }

    /** The next answer for {@code path} sends {@code bytes} bytes and then hangs until {@link #heal()}. */
    void stall(String path, long bytes) {
        stalls.put(path, bytes);
    }

    void heal() {
        stalls.clear();
        released.countDown();
        released = new CountDownLatch(1);
    }

    /** The origin paths the catalogue's fixed files are served at. */
    java.util.Set<String> paths() {
        return files.keySet();
    }

    private Optional<Path> file(String path) {
        Path fixed = files.get(path);
        if (fixed != null) {
            return Optional.of(fixed).filter(Files::isRegularFile);
        }
        for (var series : daily.entrySet()) {
            Matcher m = series.getKey().matcher(path);
            if (m.matches()) {
                return Optional.of(Path.of(series.getValue().replace(DatasetFile.DAY, m.group(1)))).filter(Files::isRegularFile);
            }
        }
        return Optional.empty();
    }

    @Override
    void serve(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(range == null ? path : path + " " + range);
        Optional<Path> file = file(path);
        if (file.isEmpty()) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file.get());
        int from = sendHeaders(exchange, body, true);
        OutputStream out = exchange.getResponseBody();
        Long stall = stalls.remove(path);
        if (stall != null) {
            out.write(body, from, (int) Math.min(stall, body.length - from));
            out.flush();
            released.await(10, TimeUnit.MINUTES); // hang mid-file, as a stalled publisher does
            throw new IOException("stalled on purpose");
        }
        out.write(body, from, body.length - from);
    }

    @Override
    public void close() {
        released.countDown();
        super.close();
    }
}
