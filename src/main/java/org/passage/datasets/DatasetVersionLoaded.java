package org.passage.datasets;

import java.nio.file.Path;

/**
 * A new version of a dataset replaced the live one: its files now lie under {@code liveRoot}/{@code folder},
 * {@code liveRoot} being laid out like {@code ../shared/data}. Features reading that folder reload on it.
 */
public record DatasetVersionLoaded(String dataset, String folder, Path liveRoot, DatasetVersion version) {
}
