package org.passage.units.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.units.internal.SourceRecords.Skipped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code passage units import}: reads every unit and incident source in one transaction (a structural fault
 * rolls everything back, naming the file, line and field), replaces what earlier imports stored, keeps what
 * analysts added or reviewed, then infers the unit ↔ incident links and the sanction links.
 */
@Service
class UnitsImport {

    static final String UAWARDATA = "military-units/uawardata/";
    static final String DEEPSTATE = "military-units/deepstate-unit-positions/deepstate_unit_positions_weekly.csv";
    static final String RUMILOC = "military-units/rumiloc-installations/";
    static final String BELLINGCAT = "incidents/bellingcat-civilian-harm/";
    static final String CIR = "incidents/cir-russia-ukraine-monitor/events.csv";
    static final List<String> FILES = List.of(UAWARDATA + "units_wiki.csv", UAWARDATA + "units_all.csv", UAWARDATA + "btgs_all.csv",
            DEEPSTATE, RUMILOC + "rumiloc_ground_forces.csv", RUMILOC + "rumiloc_airfields.csv",
            BELLINGCAT + "export_sources.json", BELLINGCAT + "export_events.json", CIR);
    // rumiloc_depots.csv is not read: its rows name no unit (no main_user column)
    private static final int SKIPPED_LISTED = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final SanctionMatching sanctions;

    UnitsImport(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, AuditTrail audit, SanctionMatching sanctions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.sanctions = sanctions;
    }

    ImportReport run(Path data, Consumer<String> progress) {
        return run(data, progress, null, null);
    }

    /** As above, recording the catalogue's dataset versions read ({@code versions}) and their combined SHA-256s. */
    ImportReport run(Path data, Consumer<String> progress, @Nullable String versions, @Nullable String digest) {
        for (String file : FILES) {
            if (!Files.isRegularFile(data.resolve(file))) {
                throw new ImportProblem(file, 0, "", "file not found under " + data);
            }
        }
        long started = System.nanoTime();
        ImportReport report = transactions.execute(status -> {
            var batch = new ImportBatch(jdbc, clock);
            batch.clearImported();
            List<KnowledgeFiles.NamedFormation> named = bundled(KnowledgeFiles.NAMED, in -> KnowledgeFiles.named(in, KnowledgeFiles.NAMED));
            named.forEach(batch::named);
            Map<String, String[]> refused = new LinkedHashMap<>(); // label → first record and reason, count
            List<Skipped> skipped = new ArrayList<>();
            long[] skippedCount = {0};
            long[] rows = {0};
            SourceSink sink = new SourceSink() {
                @Override
                public void unit(SourceRecords.UnitEntry unit) {
                    if (unitName(unit.name(), unit.source())) {
                        batch.unit(unit);
                    }
                    tick();
                }

                @Override
                public void sighting(SourceRecords.Sighting sighting) {
                    if (unitName(sighting.name(), sighting.source())) {
                        batch.sighting(sighting);
                    }
                    tick();
                }

                /** Junk labels (installations, placeholders, words that name no unit) are refused and reported. */
                private boolean unitName(String label, String source) {
                    String reason = UnitLabels.junk(label, batch::knownNamed);
                    if (reason == null) {
                        return true;
                    }
                    String[] first = refused.computeIfAbsent(label.strip(), l -> new String[] {source, reason, "0"});
                    first[2] = String.valueOf(Long.parseLong(first[2]) + 1);
                    return false;
                }

                @Override
                public void garrison(SourceRecords.Garrison garrison) {
                    batch.garrison(garrison);
                    tick();
                }

                @Override
                public void incident(SourceRecords.Incident incident) {
                    batch.incident(incident);
                    tick();
                }

                @Override
                public void skipped(Skipped row) {
                    if (skipped.size() < SKIPPED_LISTED) {
                        skipped.add(row);
                    }
                    skippedCount[0]++;
                }

                private void tick() {
                    if (++rows[0] % 5000 == 0) {
                        progress.accept(String.format(java.util.Locale.ROOT, "units import: %,d records read", rows[0]));
                    }
                }
            };
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("units_wiki rows", read(data, FILES.get(0), in -> UnitSourceParsers.uawardataWiki(in, "units_wiki.csv", sink)));
            counts.put("units_all rows", read(data, FILES.get(1), in -> UnitSourceParsers.uawardataUnits(in, "units_all.csv", sink)));
            counts.put("btgs_all rows", read(data, FILES.get(2), in -> UnitSourceParsers.uawardataBtgs(in, "btgs_all.csv", sink)));
            counts.put("DeepState rows", read(data, FILES.get(3), in -> UnitSourceParsers.deepState(in, "deepstate_unit_positions_weekly.csv", sink)));
            for (int i = 4; i <= 5; i++) {
                String name = Path.of(FILES.get(i)).getFileName().toString();
                counts.put(name + " rows", read(data, FILES.get(i), in -> UnitSourceParsers.rumiloc(in, name, sink)));
            }
            Map<String, List<String>> sources = new HashMap<>();
            read(data, FILES.get(6), in -> {
                sources.putAll(IncidentParsers.bellingcatSources(in, "export_sources.json"));
                return sources.size();
            });
            counts.put("Bellingcat events", read(data, FILES.get(7), in -> IncidentParsers.bellingcatEvents(in, "export_events.json", sources, sink)));
            counts.put("CIR rows", read(data, FILES.get(8), in -> IncidentParsers.cirEvents(in, "events.csv", sink)));
            counts.put("named formations", (long) named.size());
            KnowledgeFiles.Curated curated = bundled(KnowledgeFiles.CURATED, in -> KnowledgeFiles.curated(in, KnowledgeFiles.CURATED));
            CuratedLinks curatedLinks = new CuratedLinks(curated);
            curatedLinks.read(batch);
            counts.put("curated 2014-2021 rows", (long) curated.units().size() + curated.incidents().size() + curated.links().size());
            long read = System.nanoTime();
            progress.accept("units import: storing units, positions and incidents");
            counts.putAll(batch.store());
            counts.put("curated links", curatedLinks.store(jdbc, batch, java.sql.Timestamp.from(clock.instant())));
            counts.put("refused labels", (long) refused.size());
            long stored = System.nanoTime();
            progress.accept("units import: inferring unit ↔ incident links");
            counts.putAll(batch.inferLinks());
            counts.put("ms reading", (read - started) / 1_000_000);
            counts.put("ms storing", (stored - read) / 1_000_000);
            counts.put("ms inferring", (System.nanoTime() - stored) / 1_000_000);
            counts.put("sanction links", (long) sanctions.relink());
            counts.put("skipped rows", skippedCount[0]);
            long hundredths = Math.max(1, (System.nanoTime() - started) / 10_000_000);
            List<String> refusals = refused.entrySet().stream().map(e -> e.getValue()[0] + ": not a unit name \"" + e.getKey() + "\" ("
                    + e.getValue()[1] + ")" + (e.getValue()[2].equals("1") ? "" : ", " + e.getValue()[2] + " rows")).toList();
            var result = new ImportReport(rows[0], hundredths, counts, List.copyOf(skipped), skippedCount[0], refusals);
            jdbc.update("insert into unit_imports (id, imported_at, summary, dataset_versions, dataset_digest) values (?, ?, ?, ?, ?)",
                    UUID.randomUUID(), java.sql.Timestamp.from(clock.instant()), counts.toString(), versions, digest);
            audit.record(AuditEvent.of("units.import", "unit_import", null, null).withDetail(clip(counts.toString())));
            return result;
        });
        return report;
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private interface Parse {
        long from(Reader in);
    }

    private interface ParseBundled<T> {
        T from(Reader in);
    }

    /** A file Passage ships (units/…): read from the classpath, so every import and every installation has it. */
    private static <T> T bundled(String resource, ParseBundled<T> parse) {
        InputStream stream = UnitsImport.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new ImportProblem(resource, 0, "", "missing from the application");
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long read(Path data, String file, Parse parse) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (InputStream stream = Files.newInputStream(data.resolve(file));
             Reader in = new java.io.BufferedReader(new InputStreamReader(stream, decoder), 1 << 16)) {
            return parse.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Date sqlDate(java.time.LocalDate date) {
        return Date.valueOf(date);
    }
}
