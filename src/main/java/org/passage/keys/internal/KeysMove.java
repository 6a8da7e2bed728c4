package org.passage.keys.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves the key files an earlier version kept in {@code <data-dir>/keys} to the keys directory, so that at every moment a
 * crash leaves one complete set: first a marker is written in the new directory, then each file is copied (to a
 * temporary file, flushed to disk, renamed, the directory flushed) and compared byte for byte with its original; only
 * when every file is verified are the originals deleted, and the marker last. While the marker exists the old directory
 * is the authority and the next start resumes. Without a marker, a new directory that already holds keys is left alone:
 * old files identical to it are deleted as duplicates, and any other old file stops the start, because one of the two
 * sets is not what the database was sealed with and only the operator knows which.
 */
final class KeysMove {

    /** Written in the new directory while a move is under way. */
    static final String MARKER = ".moving-from-data-dir";

    /** Called after each step; tests throw from it to simulate a crash there. */
    interface Steps {
        Steps NONE = step -> { };

        void done(String step) throws IOException;
    }

    /** What a move did: the files moved into the new directory, and old duplicates deleted. */
    record Outcome(List<String> moved, List<String> duplicatesDeleted) {
        static final Outcome NOTHING = new Outcome(List.of(), List.of());
    }

    /** Both directories hold keys and they differ: the start must stop ({@link KeysConflictAnalyzer} says so plainly). */
    static final class Conflict extends IllegalStateException {
        private final String action;

        Conflict(String problem, String action) {
            super(problem + " " + action);
            this.action = action;
        }

        String problem() {
            return getMessage().substring(0, getMessage().length() - action.length() - 1);
        }

        String action() {
            return action;
        }
    }

    private final Path from;
    private final Path to;
    private final Steps steps;

    KeysMove(Path from, Path to, Steps steps) {
        this.from = from.toAbsolutePath().normalize();
        this.to = to.toAbsolutePath().normalize();
        this.steps = steps;
    }

    Outcome run() throws IOException {
        if (from.equals(to) || to.startsWith(from) || from.startsWith(to)) {
            return Outcome.NOTHING;
        }
        Path marker = to.resolve(MARKER);
        List<String> old = files(from);
        if (old.isEmpty()) {
            Files.deleteIfExists(marker); // a move that had deleted every original before the crash
            deleteEmptyDirectories(from);
            return Outcome.NOTHING;
        }
        boolean resuming = Files.exists(marker);
        if (!resuming && !files(to).isEmpty()) {
            return removeDuplicates(old);
        }
        createDirectory(to);
        if (!resuming) {
            Path temporary = to.resolve(MARKER + ".new");
            Files.writeString(temporary, from + "\n");
            force(temporary);
            Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            force(to);
            steps.done("marker");
        }
        for (String name : old) {
            copy(name);
        }
        for (String name : old) {
            if (!sameContent(from.resolve(name), to.resolve(name))) {
                throw new IOException("the copy of " + name + " in " + to + " differs from the original after copying: nothing was deleted");
            }
        }
        steps.done("verified");
        for (String name : old) {
            Files.delete(from.resolve(name));
            steps.done("deleted " + name);
        }
        deleteEmptyDirectories(from);
        Files.delete(marker);
        force(to);
        return new Outcome(old, List.of());
    }

    private void copy(String name) throws IOException {
        Path target = to.resolve(name);
        if (Files.exists(target) && sameContent(from.resolve(name), target)) {
            return; // copied before a crash
        }
        Path directory = target.getParent();
        createDirectory(directory);
        Path temporary = directory.resolve(target.getFileName() + ".moving");
        Files.copy(from.resolve(name), temporary, StandardCopyOption.REPLACE_EXISTING);
        OwnerOnly.file(temporary);
        force(temporary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        force(directory);
        steps.done("copied " + name);
    }

    private Outcome removeDuplicates(List<String> old) throws IOException {
        List<String> differing = new ArrayList<>();
        for (String name : old) {
            if (!Files.exists(to.resolve(name)) || !sameContent(from.resolve(name), to.resolve(name))) {
                differing.add(name);
            }
        }
        if (!differing.isEmpty()) {
            throw new Conflict("Two sets of keys: the keys directory " + to + " holds keys, and so does the old place " + from
                    + " inside the data folder, with " + differing.size() + " file(s) missing or different in the new one (" + String.join(", ",
                    differing.subList(0, Math.min(5, differing.size()))) + (differing.size() > 5 ? ", …" : "") + "). Passage does not start, "
                    + "because only one of them opens this database.", "Keep the set that belongs to this database in " + to
                    + " and move the other away (out of the data folder), then start again.");
        }
        for (String name : old) {
            Files.delete(from.resolve(name));
        }
        deleteEmptyDirectories(from);
        return new Outcome(List.of(), old);
    }

    /** Relative names of the regular files under {@code directory}, the move's marker excluded; sorted. */
    static List<String> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString())
                    .filter(name -> !name.equals(MARKER) && !name.equals(MARKER + ".new")).sorted().toList();
        }
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    /** Creates {@code directory} and owner-only permissions on it and its parents up to the keys directory. */
    private void createDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Path d = directory; d != null && d.startsWith(to); d = d.getParent()) {
            OwnerOnly.directory(d);
        }
    }

    private static void deleteEmptyDirectories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> directories;
        try (Stream<Path> walk = Files.walk(root)) {
            directories = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path directory : directories) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(directory);
                }
            }
        }
    }

    /** Flushes a file or directory to disk; a file system that cannot flush a directory has nothing more to offer. */
    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
        }
    }
}
