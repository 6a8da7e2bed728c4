package org.passage.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import org.passage.datasets.DatasetFile;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.Datasets;

/**
 * Fetches one file over HTTP(S) into {@code <target>.part}, then renames it: an interrupted download (a kill -9,
 * a stalled or broken connection) keeps its part, and the next run asks only for the rest with a Range request.
 * Connect and read timeouts bound every wait; the size limit is checked on the announced length and on every
 * chunk. Every fault is an exception naming the dataset, the address and what went wrong. Free of Spring.
 */
final class Download {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    Download(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** Downloads {@code url} to {@code target}, resuming {@code target.part} if an earlier run left one. */
    void fetch(String dataset, DatasetFile file, URI url, Path target, Datasets.Progress progress) {
        fetch(dataset, file, url, target, progress, false);
    }

    /** As above; with {@code mayBeMissing} a 404 is no error (a day a daily series has no file) and gives false. */
    boolean fetch(String dataset, DatasetFile file, URI url, Path target, Datasets.Progress progress, boolean mayBeMissing) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            long have = Files.exists(part) ? Files.size(part) : 0;
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) connectTimeout.toMillis());
            connection.setReadTimeout((int) readTimeout.toMillis());
            connection.setInstanceFollowRedirects(true);
            connection.setRequestProperty("User-Agent", "Passage data update");
            if (have > 0) {
                connection.setRequestProperty("Range", "bytes=" + have + "-");
            }
            int status;
            try {
                status = connection.getResponseCode();
            } catch (SocketTimeoutException e) {
                throw fault(dataset, url, "no answer within " + seconds(readTimeout) + " (stalled connection or server)", e);
            }
            boolean append = status == HttpURLConnection.HTTP_PARTIAL && have > 0
                    && String.valueOf(connection.getHeaderField("Content-Range")).startsWith("bytes " + have + "-");
            if (status == 416 && have > 0) {
                Files.delete(part); // the part is no prefix of what the server has now: start again next time
                throw fault(dataset, url, "the server refused to resume the earlier part; it was discarded, run the update again", null);
            }
            if (status == HttpURLConnection.HTTP_NOT_FOUND && mayBeMissing) {
                return false;
            }
            if (status != HttpURLConnection.HTTP_OK && !append) {
                throw fault(dataset, url, "HTTP " + status + (connection.getResponseMessage() == null ? "" : " " + connection.getResponseMessage()), null);
            }
            if (!append) {
                have = 0;
            }
            String type = String.valueOf(connection.getContentType()).toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html")) {
                throw fault(dataset, url, "the server sent an HTML page (" + type + ") instead of " + file.format(), null);
            }
            long length = connection.getContentLengthLong();
            long total = length < 0 ? -1 : have + length;
            if (total > file.maxBytes()) {
                throw fault(dataset, url, "announces " + total + " bytes, more than the limit of " + file.maxBytes(), null);
            }
            long got = have;
            try (InputStream in = connection.getInputStream();
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    got += n;
                    if (got > file.maxBytes()) {
                        out.close();
                        Files.deleteIfExists(part);
                        throw fault(dataset, url, "sent more than the limit of " + file.maxBytes() + " bytes (oversized answer refused)", null);
                    }
                    out.write(buffer, 0, n);
                    progress.progress(dataset, file.path(), got, total);
                }
            } catch (SocketTimeoutException e) {
                throw fault(dataset, url, "stalled: no data for " + seconds(readTimeout) + " after " + got + " bytes (kept; the next run resumes)", e);
            } catch (IOException e) {
                throw fault(dataset, url, "connection broken after " + got + " bytes" + (total < 0 ? "" : " of " + total)
                        + " (truncated; kept, the next run resumes): " + e.getMessage(), e);
            }
            if (total >= 0 && got < total) {
                throw fault(dataset, url, "truncated: " + got + " of " + total + " bytes (kept; the next run resumes)", null);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (DatasetUpdateException e) {
            throw e;
        } catch (IOException e) {
            throw fault(dataset, url, "cannot be fetched: " + e, e);
        }
    }

    /** "un-sc-consolidated: https://…/consolidated.xml: HTTP 404 Not Found". */
    static DatasetUpdateException fault(String dataset, URI url, String what, @org.jspecify.annotations.Nullable Throwable cause) {
        String message = dataset + ": " + url + ": " + what;
        return cause == null ? new DatasetUpdateException(message) : new DatasetUpdateException(message, cause);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
