package org.passage.keys;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The directory holding every key file of the installation (master keyset, audit chain key, backup key, each case's
 * erasure key under {@code cases/}, the Telegram bot token), and what was moved into it from the data folder at this
 * start, if anything. The files are written by the features that own them; this only says where.
 *
 * @param path       the directory, absolute and normalized
 * @param movedFrom  the old directory in the data folder that key files left at this start, or null when none did
 * @param moved      the files that left it (moved, or deleted as exact copies of those here): relative names only
 */
public record KeysDirectory(Path path, @Nullable Path movedFrom, List<String> moved) {

    public KeysDirectory {
        path = path.toAbsolutePath().normalize();
        moved = List.copyOf(moved);
        if (moved.isEmpty() != (movedFrom == null)) {
            throw new IllegalArgumentException("moved files need the directory they came from, and only then");
        }
    }

    public static KeysDirectory at(Path path) {
        return new KeysDirectory(path, null, List.of());
    }

    public Path resolve(String name) {
        return path.resolve(Objects.requireNonNull(name));
    }
}
