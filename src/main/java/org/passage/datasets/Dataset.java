package org.passage.datasets;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One catalogue entry: what the dataset is, who publishes it under which licence, whether Passage may ship it,
 * where it lies in a data folder laid out like {@code ../shared/data} ({@code folder}), and the files fetched
 * from the publisher. A dataset without files is loaded from a folder only (its published form needs a
 * conversion Passage does not do itself), and says why in {@code fetchNote}.
 */
public record Dataset(String name, String title, String publisher, URI homepage, String licence, boolean shippable,
                      String folder, List<DatasetFile> files, String fetchNote) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,48}");

    public Dataset {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("dataset name must be lower-case words joined by hyphens: " + name);
        }
        if (title.isBlank() || publisher.isBlank() || licence.isBlank()) {
            throw new IllegalArgumentException(name + ": title, publisher and licence are required");
        }
        if (folder.isBlank() || folder.startsWith("/") || folder.contains("..")) {
            throw new IllegalArgumentException(name + ": folder must be a relative path inside the data folder");
        }
        files = List.copyOf(files);
        if (files.isEmpty() && fetchNote.isBlank()) {
            throw new IllegalArgumentException(name + ": a dataset that cannot be fetched must say why");
        }
    }

    public boolean fetchable() {
        return !files.isEmpty();
    }
}
