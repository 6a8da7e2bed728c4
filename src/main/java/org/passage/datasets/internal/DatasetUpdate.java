package org.passage.datasets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetFile;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.DatasetVersionLoaded;
import org.passage.datasets.Datasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Updates datasets one by one: retrieves every file into a new version folder (from a folder laid out like
 * ../shared/data, or over HTTPS from the publishers or a mirror laid out the same way), checks and counts it,
 * makes it live in one rename and one transaction, and announces it. A failure is recorded with its error, the
 * half-built folder removed, and the previous version stays live. A PostgreSQL advisory lock lets one run at a time.
 */
@Service
class DatasetUpdate implements Datasets {

    private static final Logger log = LoggerFactory.getLogger(DatasetUpdate.class);
    /** The advisory lock key: "passage.datasets.update" (any constant not used elsewhere). */
    static final long LOCK = 0x5041_5353_4441_5441L;

    private final VersionLog versions;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final DatasetStore store;
    private final Download download;
    private final String mirror;
    private final String publishers;
    private final Clock clock = Clock.systemUTC();

    DatasetUpdate(VersionLog versions, DataSource dataSource, ApplicationEventPublisher events,
                  @Value("${passage.datasets.store:${passage.data-dir:data}/datasets}") String store,
                  @Value("${passage.datasets.mirror:}") String mirror,
                  @Value("${passage.datasets.publishers:}") String publishers,
                  @Value("${passage.datasets.connect-timeout:10s}") Duration connectTimeout,
                  @Value("${passage.datasets.read-timeout:30s}") Duration readTimeout) {
        this.versions = versions;
        this.dataSource = dataSource;
        this.events = events;
        this.store = new DatasetStore(Path.of(store));
        this.download = new Download(connectTimeout, readTimeout);
        this.mirror = mirror.endsWith("/") ? mirror.substring(0, mirror.length() - 1) : mirror;
        if (!this.mirror.isEmpty() && !this.mirror.startsWith("https://") && !loopback(this.mirror)) {
            throw new IllegalArgumentException("passage.datasets.mirror must be an https:// address (plain HTTP only on 127.0.0.1): " + mirror);
        }
        // one host standing in for every publisher, each URL keeping its path: a caching proxy laid out like the publishers
        this.publishers = publishers.endsWith("/") ? publishers.substring(0, publishers.length() - 1) : publishers;
        if (!this.publishers.isEmpty() && !this.publishers.startsWith("https://") && !loopback(this.publishers)) {
            throw new IllegalArgumentException("passage.datasets.publishers must be an https:// address (plain HTTP only on 127.0.0.1): " + publishers);
        }
    }

    /** The publisher's address of a file, on the stand-in host when one is configured. */
    private URI address(DatasetFile file) {
        return publishers.isEmpty() ? file.origin() : URI.create(publishers + file.origin().getRawPath());
    }

    private static boolean loopback(String url) {
        String host = URI.create(url).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }

    @Override
    public List<Dataset> catalogue() {
        return Catalogue.ALL;
    }

    @Override
    public Optional<DatasetVersion> live(String dataset) {
        return versions.live(dataset);
    }

    @Override
    public List<DatasetVersion> history(String dataset) {
        return versions.history(dataset);
    }

    @Override
    public Path liveRoot() {
        return store.live();
    }

    @Override
    public List<Outcome> update(@Nullable String only, @Nullable Path from, Progress progress) {
        return update(Catalogue.ALL, only, from, progress);
    }

    List<Outcome> update(List<Dataset> catalogue, @Nullable String only, @Nullable Path from, Progress progress) {
        List<Dataset> chosen;
        if (only != null) {
            Dataset one = Catalogue.byName(catalogue, only).orElseThrow(() -> new DatasetUpdateException("no dataset called \"" + only
                    + "\"; the catalogue has " + String.join(", ", catalogue.stream().map(Dataset::name).toList())));
            if (from == null && !one.fetchable()) {
                throw new DatasetUpdateException(only + " cannot be fetched: " + one.fetchNote());
            }
            chosen = List.of(one);
        } else {
            chosen = catalogue.stream().filter(d -> from != null || d.fetchable()).toList();
        }
        if (from != null && !Files.isDirectory(from)) {
            throw new DatasetUpdateException("no data folder at " + from.toAbsolutePath().normalize());
        }
        try (Connection lock = dataSource.getConnection()) {
            if (!locked(lock, "select pg_try_advisory_lock(?)")) {
                throw new DatasetUpdateException("another data update is running (it holds the PostgreSQL advisory lock); try again when it has finished");
            }
            try {
                List<Outcome> outcomes = new ArrayList<>();
                for (Dataset dataset : chosen) {
                    outcomes.add(one(dataset, from, progress));
                }
                return outcomes;
            } finally {
                locked(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new DatasetUpdateException("the database cannot be reached for the update lock: " + e.getMessage(), e);
        }
    }

    private static boolean locked(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private Outcome one(Dataset dataset, @Nullable Path from, Progress progress) {
        long started = System.nanoTime();
        UUID id = UUID.randomUUID();
        Path versionDir = store.version(dataset.name(), id);
        Path content = versionDir.resolve(dataset.folder());
        String origin = from != null ? from.resolve(dataset.folder()).toAbsolutePath().normalize().toString()
                : mirror.isEmpty() ? address(dataset.files().getFirst()) + (dataset.files().size() > 1 ? " and " + (dataset.files().size() - 1) + " more" : "")
                : mirror + "/" + dataset.folder() + "/";
        try {
            reconcile(dataset);
            store.prune(dataset.name(), store.liveTarget(dataset.folder()));
            if (from != null) {
                copy(dataset, from.resolve(dataset.folder()), content);
            } else {
                fetch(dataset, content, progress);
            }
            Manifest manifest = Manifest.of(content, dataset.name() + ": " + origin, path -> format(dataset, path));
            Optional<DatasetVersion> previous = versions.live(dataset.name());
            String change = manifest.changeSince(versions.liveManifest(dataset.name()).orElse(null),
                    previous.map(DatasetVersion::records).orElse(0L));
            var version = new DatasetVersion(id, dataset.name(), clock.instant(), origin, manifest.sha256(), manifest.sizeBytes(),
                    manifest.records(), change, DatasetVersion.Status.LIVE, null);
            Path before = store.liveTarget(dataset.folder());
            store.publish(dataset.folder(), content);
            try {
                versions.makeLive(version, manifest.text());
            } catch (RuntimeException e) {
                if (before != null) {
                    store.publish(dataset.folder(), before);
                }
                throw e;
            }
            try {
                // the features reading the dataset (lists, the unit knowledge base, geo) import it now; if one cannot,
                // the version is taken back whole and the previous one answers, in the folder and in what was imported
                events.publishEvent(new DatasetVersionLoaded(dataset.name(), dataset.folder(), store.live(), version));
            } catch (RuntimeException e) {
                if (before != null) {
                    store.publish(dataset.folder(), before);
                } else {
                    store.unpublish(dataset.folder());
                }
                versions.revert(version, previous.orElse(null));
                throw new DatasetUpdateException(dataset.name() + ": " + origin + ": fetched and checked, but not imported ("
                        + e.getMessage() + "); the previous version answers", e);
            }
            if (before != null && before.startsWith(store.version(dataset.name(), id).getParent())) {
                // the superseded version's folder: versions/<dataset>/<id>/<folder>
                Path old = before;
                for (int i = 0; i < Path.of(dataset.folder()).getNameCount(); i++) {
                    old = old.getParent();
                }
                DatasetStore.delete(old);
            }
            DatasetStore.delete(store.downloads(dataset.name()));
            return new Outcome(dataset, version, Duration.ofNanos(System.nanoTime() - started));
        } catch (DatasetUpdateException | UncheckedIOException e) {
            DatasetStore.delete(versionDir);
            String error = e instanceof DatasetUpdateException ? e.getMessage() : dataset.name() + ": " + origin + ": " + e.getMessage();
            log.warn("data update failed: {}", error);
            var failed = new DatasetVersion(id, dataset.name(), clock.instant(), origin, null, 0, 0, "", DatasetVersion.Status.FAILED, error);
            versions.failed(failed);
            return new Outcome(dataset, failed, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * A run killed between swapping the live folder and recording the version leaves the folder pointing at a version
     * PostgreSQL does not know: point it back at the recorded live version, whose folder is still there.
     */
    private void reconcile(Dataset dataset) {
        Path target = store.liveTarget(dataset.folder());
        Optional<DatasetVersion> live = versions.live(dataset.name());
        if (target == null || live.isEmpty()) {
            return;
        }
        Path recorded = store.version(dataset.name(), live.get().id()).resolve(dataset.folder());
        if (!target.equals(recorded) && Files.isDirectory(recorded)) {
            log.warn("data update: {} pointed at a version never recorded (an interrupted run); {} answers again", dataset.name(), live.get().label());
            store.publish(dataset.folder(), recorded);
        }
    }

    private static DatasetFile.@Nullable Format format(Dataset dataset, String path) {
        return dataset.files().stream().filter(f -> f.path().equals(path)).map(DatasetFile::format).findFirst()
                .orElseGet(() -> ContentCheck.byName(path));
    }

    private void fetch(Dataset dataset, Path content, Progress progress) {
        List<DatasetFile> files = new ArrayList<>();
        for (DatasetFile file : dataset.files()) {
            files.addAll(file.daily() ? days(dataset, file, content) : List.of(file));
        }
        Path downloads = store.downloads(dataset.name());
        for (DatasetFile file : files) {
            URI url = mirror.isEmpty() ? address(file) : URI.create(mirror + "/" + dataset.folder() + "/" + file.path());
            Path target = downloads.resolve(file.path());
            boolean daily = !dataset.files().contains(file);
            if (!download.fetch(dataset.name(), file, url, target, progress, daily)) {
                continue; // no file that day
            }
            try {
                if (file.sha256() != null) {
                    String actual = Manifest.sha256(target);
                    if (!actual.equals(file.sha256())) {
                        Files.delete(target);
                        throw Download.fault(dataset.name(), url, "checksum mismatch: SHA-256 " + actual + ", expected " + file.sha256(), null);
                    }
                }
                try {
                    ContentCheck.records(dataset.name() + ": " + url, file.format(), target);
                } catch (DatasetUpdateException e) {
                    Files.delete(target); // a complete but wrong file: fetch it anew next time
                    throw e;
                }
                Files.createDirectories(content.resolve(file.path()).getParent());
                Files.copy(target, content.resolve(file.path()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A daily series only grows: the new version starts as a copy of the live one, and asks for every day after
     * its newest file (from the first listed day when nothing is live) up to today.
     */
    private List<DatasetFile> days(Dataset dataset, DatasetFile series, Path content) {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.BASIC_ISO_DATE;
        int at = series.path().indexOf(DatasetFile.DAY);
        String prefix = series.path().substring(0, at);
        String suffix = series.path().substring(at + DatasetFile.DAY.length());
        java.time.LocalDate start = java.time.LocalDate.parse(dataset.files().stream().filter(f -> !f.daily()).findFirst()
                .map(f -> f.path().substring(prefix.length(), prefix.length() + 8)).orElse("20240714"), format);
        Path live = store.liveTarget(dataset.folder());
        if (live != null && Files.isDirectory(live)) {
            copy(dataset, live, content);
            try (Stream<Path> held = Files.list(content)) {
                for (String name : held.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).toList()) {
                    java.time.LocalDate day = java.time.LocalDate.parse(name.substring(prefix.length(), prefix.length() + 8), format);
                    if (!day.isBefore(start)) {
                        start = day.plusDays(1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<DatasetFile> days = new ArrayList<>();
        for (var day = start; !day.isAfter(java.time.LocalDate.now(clock)); day = day.plusDays(1)) {
            String date = day.format(format);
            days.add(new DatasetFile(series.path().replace(DatasetFile.DAY, date), URI.create(series.origin().toString().replace("%7ByyyyMMdd%7D", date)),
                    series.format(), series.maxBytes(), null));
        }
        return days;
    }

    private static void copy(Dataset dataset, Path source, Path content) {
        if (!Files.isDirectory(source)) {
            throw new DatasetUpdateException(dataset.name() + ": " + source.toAbsolutePath().normalize() + ": folder not found");
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DatasetUpdateException(dataset.name() + ": " + source + ": cannot be copied (" + e.getMessage() + ")", e);
        }
    }
}
