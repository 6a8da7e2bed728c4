package org.passage.watchlists;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Import {@code path} in {@code format} as the next version of the watchlist {@code list}. A generic CSV needs
 * a {@code mapping} file naming its columns. {@code datasetVersion} names the catalogue's dataset version the file
 * came from ("ofac-sdn 2026-12-06 3f2a9c1e"), or is null for a list imported by hand.
 */
public record ImportRequest(String list, ImportFormat format, Path path, @Nullable Path mapping, @Nullable String datasetVersion) {

    public ImportRequest(String list, ImportFormat format, Path path, @Nullable Path mapping) {
        this(list, format, path, mapping, null);
    }

    private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");

    public ImportRequest {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        if (!LIST_NAME.matcher(list).matches()) {
            throw new IllegalArgumentException("a list name is 1-63 lower-case letters, digits, '.', '_' or '-': " + list);
        }
        if (format == ImportFormat.CSV && mapping == null) {
            throw new IllegalArgumentException("--format csv needs --mapping FILE (which column is name, alias, birth date, ...)");
        }
    }

    /** The list name used when none is given: one per format ("ofac-sdn", "un-sc", "uk", "eu", ...). */
    public static String defaultListName(ImportFormat format) {
        return switch (format) {
            case FTM -> "opensanctions";
            case OFAC_CSV, OFAC_JSON -> "ofac-sdn";
            case UN_XML -> "un-sc";
            case UK_CSV -> "uk";
            case EU_CSV -> "eu";
            case CSV -> "custom";
        };
    }
}
