package org.passage.datasets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files of every version on disk: {@code versions/<dataset>/<id>/} holds one complete version, {@code live/}
 * is laid out like {@code ../shared/data} with each dataset's folder a symbolic link to its live version, swapped
 * by an atomic rename so that a reader sees the old version or the new one, never half of either.
 * {@code downloads/<dataset>/} keeps the parts of interrupted downloads for the next run.
 */
final class DatasetStore {

    private final Path root;

    DatasetStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path live() {
        return root.resolve("live");
    }

    Path version(String dataset, UUID id) {
        return root.resolve("versions").resolve(dataset).resolve(id.toString());
    }

    Path downloads(String dataset) {
        return root.resolve("downloads").resolve(dataset);
    }

    /** The live folder's current target, if any (to restore it when recording fails). */
    @Nullable Path liveTarget(String folder) {
        Path link = live().resolve(folder);
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points {@code live/<folder>} at {@code target} in one rename. */
    void publish(String folder, Path target) {
        Path link = live().resolve(folder);
        try {
            Files.createDirectories(link.getParent());
            Path fresh = link.resolveSibling(link.getFileName() + ".new-" + UUID.randomUUID());
            Files.createSymbolicLink(fresh, target);
            Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + target + " live as " + link, e);
        }
    }

    /** Removes {@code live/<folder>}: nothing of that dataset is live any more. */
    void unpublish(String folder) {
        try {
            Files.deleteIfExists(live().resolve(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the version folders of a dataset that are not live: what a run killed before it finished left behind
     * (its downloads' parts stay, for the next run to resume).
     */
    void prune(String dataset, @Nullable Path liveTarget) {
        Path versions = root.resolve("versions").resolve(dataset);
        if (!Files.isDirectory(versions)) {
            return;
        }
        try (Stream<Path> folders = Files.list(versions)) {
            for (Path folder : folders.toList()) {
                if (liveTarget == null || !liveTarget.startsWith(folder)) {
                    delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a version folder that never went live. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
