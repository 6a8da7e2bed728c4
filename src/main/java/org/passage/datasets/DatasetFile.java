package org.passage.datasets;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One file of a dataset as its publisher serves it: the path it takes inside the dataset's folder, the HTTPS
 * address, what it must look like ({@link Format}), the most bytes it may have (a ten times larger answer is
 * refused), and the SHA-256 it must have when the publisher states one. A path and address holding
 * {@value #DAY} stand for a daily series: one file per day, a missing day being no error.
 */
public record DatasetFile(String path, URI origin, Format format, long maxBytes, @Nullable String sha256) {

    /** What the content must parse as; also how its records are counted. */
    public enum Format {
        GEOJSON, XML, JSON, JSON_LINES, CSV, TSV
    }

    public DatasetFile {
        if (path.isBlank() || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("file path must be relative: " + path);
        }
        if (!"https".equals(origin.getScheme())) {
            throw new IllegalArgumentException("publishers are reached over HTTPS only: " + origin);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a size limit is required: " + path);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + path);
        }
    }

    /** The token a daily series' path and address carry in place of the day, as yyyyMMdd. */
    public static final String DAY = "{yyyyMMdd}";

    public boolean daily() {
        return path.contains(DAY);
    }

    public static DatasetFile of(String path, String origin, Format format, long maxBytes) {
        return new DatasetFile(path, URI.create(origin), format, maxBytes, null);
    }
}
