package org.passage.watchlists.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * The files one import reads, found from the path given (a file, or a folder for the multi-file formats),
 * with their digest (the identity of a version's source) and size (what progress is measured against).
 */
final class SourceFiles {

    private final ImportFormat format;
    private final Path path;
    private final List<Path> files;
    private final @Nullable ColumnMapping mapping;
    private final String dataset;
    private long bytesRead;

    private SourceFiles(ImportFormat format, Path path, List<Path> files, @Nullable ColumnMapping mapping, String dataset) {
        this.format = format;
        this.path = path;
        this.files = files;
        this.mapping = mapping;
        this.dataset = dataset;
    }

    static SourceFiles of(ImportFormat format, Path path, @Nullable Path mappingFile, String dataset) {
        if (!Files.exists(path)) {
            throw new InvalidWatchlistInput(path.toString(), "", "no such file or folder");
        }
        ColumnMapping mapping = format == ImportFormat.CSV && mappingFile != null ? ColumnMapping.load(mappingFile) : null;
        List<Path> files = switch (format) {
            case OFAC_CSV -> ofacFiles(path);
            case UK_CSV -> Files.isDirectory(path) ? existing(path, UkSanctionsTables.tableFiles(), 2) : List.of(path);
            case EU_CSV -> Files.isDirectory(path) ? csvFilesUnder(path) : List.of(path);
            default -> {
                if (Files.isDirectory(path)) {
                    throw new InvalidWatchlistInput(path.toString(), "", "a folder; --format " + format.cliName() + " reads one file");
                }
                yield List.of(path);
            }
        };
        return new SourceFiles(format, path, files, mapping, dataset);
    }

    private static List<Path> ofacFiles(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        String primary = Files.isDirectory(path) ? (Files.exists(folder.resolve("sdn.csv")) ? "sdn.csv" : "cons_prim.csv")
                : path.getFileName().toString();
        if (!Files.exists(folder.resolve(primary))) {
            throw new InvalidWatchlistInput(path.toString(), "", "no sdn.csv or cons_prim.csv here");
        }
        List<String> names = primary.startsWith("cons_")
                ? List.of(primary, "cons_alt.csv", "cons_add.csv", "cons_comments.csv")
                : List.of(primary, "alt.csv", "add.csv", "sdn_comments.csv");
        // the side files keep their position (null when absent) so the parser knows which is which
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(Files.exists(folder.resolve(name)) ? folder.resolve(name) : null);
        }
        return files;
    }

    private static List<Path> existing(Path folder, List<String> names, int required) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Path file = folder.resolve(names.get(i));
            if (!Files.exists(file)) {
                if (i < required) {
                    throw new InvalidWatchlistInput(folder.toString(), names.get(i), "missing from the folder (a UK folder holds subjects.csv and subject_*.csv)");
                }
                file = null;
            }
            files.add(file);
        }
        return files;
    }

    private static List<Path> csvFilesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidWatchlistInput(folder.toString(), "", "no .csv files in this folder");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sourceName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    long totalBytes() {
        long total = 0;
        for (Path file : files) {
            if (file != null) {
                try {
                    total += Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return total;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** SHA-256 over the files' names and contents, in order: the same files give the same digest. */
    String digest() {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                if (file == null) {
                    sha.update((byte) 0);
                    continue;
                }
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new InvalidWatchlistInput(path.toString(), "", "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every file as this format's parser; opened streams are closed when it returns. */
    EntitySource source() {
        return new EntitySource() {
            private EntitySource last;
            private long skipped;

            @Override
            public void read(Consumer<SourcedEntity> consumer) {
                try {
                    switch (format) {
                        case OFAC_CSV, UK_CSV -> {
                            List<Reader> readers = new ArrayList<>();
                            try {
                                for (Path file : files) {
                                    readers.add(file == null ? null : reader(file));
                                }
                                last = format == ImportFormat.OFAC_CSV
                                        ? new OfacLegacyCsv(readers.get(0), files.getFirst().getFileName().toString(), readers.get(1), readers.get(2), readers.get(3), dataset)
                                        : files.size() == 1 ? new UkSanctionsCsv(readers.getFirst(), sourceName(), dataset)
                                        : new UkSanctionsTables(readers.get(0), readers.get(1), readers.get(2), readers.get(3), readers.get(4), dataset);
                                last.read(consumer);
                                skipped += last.skipped();
                            } finally {
                                for (Reader r : readers) {
                                    close(r);
                                }
                            }
                        }
                        default -> {
                            for (Path file : files) {
                                String name = files.size() == 1 ? sourceName() : path.relativize(file).toString();
                                try (InputStream in = counted(file)) {
                                    last = switch (format) {
                                        case FTM -> new FtmLines(decode(in), name);
                                        case OFAC_JSON -> new OfacJson(in, name, dataset);
                                        case UN_XML -> new UnConsolidatedXml(in, name, dataset);
                                        case EU_CSV -> new EuJournalCsv(decode(in), name, dataset);
                                        case CSV -> new MappedCsv(decode(in), name, mapping, dataset);
                                        default -> throw new IllegalStateException(format.name());
                                    };
                                    last.read(consumer);
                                    skipped += last.skipped();
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public long skipped() {
                return skipped;
            }
        };
    }

    private Reader reader(Path file) throws IOException {
        return decode(counted(file));
    }

    /** UTF-8, strictly: a byte sequence that is not UTF-8 is an error, never silently replaced. */
    private static Reader decode(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private InputStream counted(Path file) throws IOException {
        return new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    private static void close(@Nullable Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // closing a file we only read cannot lose data
            }
        }
    }
}
