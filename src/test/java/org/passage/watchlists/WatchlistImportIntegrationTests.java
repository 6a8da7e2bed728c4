package org.passage.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Imports on a real PostgreSQL: versions, re-imports, diffs, and a bad line that leaves the live version alone. */
@PassageIntegrationTest
@RecordApplicationEvents
class WatchlistImportIntegrationTests {

    @Autowired
    Watchlists watchlists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    private static Path demoOfac() throws URISyntaxException {
        return Path.of(WatchlistImportIntegrationTests.class.getClassLoader().getResource("watchlists/demo/ofac-russia/sdn.csv").toURI()).getParent();
    }

    /** A copy of the demo OFAC files whose sdn.csv is edited by {@code edit}. */
    private Path editedOfac(String name, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path copy = Files.createDirectories(folder.resolve(name));
        for (String file : List.of("sdn.csv", "alt.csv", "add.csv")) {
            String text = Files.readString(demoOfac().resolve(file), StandardCharsets.UTF_8);
            Files.writeString(copy.resolve(file), file.equals("sdn.csv") ? edit.apply(text) : text, StandardCharsets.UTF_8);
        }
        return copy;
    }

    private List<ListedEntry> live(String list) {
        List<ListedEntry> entries = new ArrayList<>();
        watchlists.forEachLiveEntry(Set.of(list), entries::add);
        return entries;
    }

    @Test
    void aDryRunCountsWhatAnImportWouldTakeAndStoresNothingAndForgetRemovesAList() throws Exception {
        var request = new ImportRequest("ofac-dry-run", ImportFormat.OFAC_CSV, demoOfac(), null);
        assertThat(watchlists.dryRun(request)).isEqualTo(60);
        assertThat(watchlists.summaries()).noneMatch(s -> s.name().equals("ofac-dry-run"));

        watchlists.importVersion(request, ImportProgress.NONE);
        assertThat(live("ofac-dry-run")).hasSize(60);
        watchlists.forget("ofac-dry-run");
        assertThat(watchlists.summaries()).noneMatch(s -> s.name().equals("ofac-dry-run"));
        assertThat(live("ofac-dry-run")).isEmpty();
    }

    @Test
    void importsReImportsUnchangedAndReportsTheDiffOfAChangedVersion() throws Exception {
        var first = watchlists.importVersion(new ImportRequest("ofac-test", ImportFormat.OFAC_CSV, demoOfac(), null), ImportProgress.NONE);
        assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.ACTIVATED);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.added()).isEqualTo(60);
        assertThat(live("ofac-test")).hasSize(60).allSatisfy(e -> assertThat(e.version()).isEqualTo(1));
        assertThat(events.stream(WatchlistVersionActivated.class)).containsExactly(
                new WatchlistVersionActivated("ofac-test", 1, 60, 0, 0, events.stream(WatchlistVersionActivated.class).findFirst().orElseThrow().activatedAt()));

        var again = watchlists.importVersion(new ImportRequest("ofac-test", ImportFormat.OFAC_CSV, demoOfac(), null), ImportProgress.NONE);
        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(again.version()).isEqualTo(1);
        assertThat(events.stream(WatchlistVersionActivated.class)).hasSize(1);

        // version 2: Aksyonov's birth date corrected, Rogozin removed, a new entry added
        Path changed = editedOfac("v2", sdn -> sdn.replace("DOB 26 Nov 1972", "DOB 27 Nov 1972")
                .replaceAll("(?m)^16649,.*\\r\\n", "")
                .replace("\u001a", "99999,\"NEWLY, Listed\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a"));
        var second = watchlists.importVersion(new ImportRequest("ofac-test", ImportFormat.OFAC_CSV, changed, null), ImportProgress.NONE);
        assertThat(second.version()).isEqualTo(2);
        assertThat(List.of(second.added(), second.changed(), second.removed())).containsExactly(1L, 1L, 1L);
        assertThat(watchlists.changes("ofac-test", 2)).extracting(EntryChange::entityId, EntryChange::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ofac-99999", EntryChange.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("ofac-16642", EntryChange.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("ofac-16649", EntryChange.Kind.REMOVED));
        var entries = live("ofac-test");
        assertThat(entries).hasSize(60).noneMatch(e -> e.entity().id().equals("ofac-16649"));
        assertThat(entries).filteredOn(e -> e.entity().id().equals("ofac-16642")).singleElement()
                .satisfies(e -> assertThat(e.entity().values("birthDate")).containsExactly("1972-11-27"));
        assertThat(watchlists.changes("ofac-test", 1)).hasSize(60);
        // what version 2 changed, read for many entries at once (the alerts page asks this in one read): the changed
        // and the removed entry; the added one, one it left as it was and one of a list that does not exist are absent
        var corrected = new EntryVersion("ofac-test", 2, "ofac-16642");
        var removed = new EntryVersion("ofac-test", 2, "ofac-16649");
        String untouched = entries.stream().map(e -> e.entity().id()).filter(id -> !id.equals("ofac-16642") && !id.equals("ofac-99999"))
                .findFirst().orElseThrow();
        var diffs = watchlists.diffs(List.of(corrected, removed, new EntryVersion("ofac-test", 2, "ofac-99999"),
                new EntryVersion("ofac-test", 2, untouched), new EntryVersion("no-such-list", 2, "ofac-16642"), corrected));
        assertThat(diffs).containsOnlyKeys(corrected, removed);
        assertThat(diffs.get(corrected)).satisfies(d -> {
            assertThat(List.of(d.fromVersion(), d.toVersion())).containsExactly(1, 2);
            assertThat(d.removed()).isFalse();
            assertThat(d.fields()).filteredOn(f -> f.property().equals("birthDate")).singleElement()
                    .satisfies(f -> assertThat(List.of(f.before(), f.after())).containsExactly(List.of("1972-11-26"), List.of("1972-11-27")));
        });
        assertThat(diffs.get(removed).removed()).isTrue();
        assertThat(diffs.get(removed).fields()).isEmpty();
        assertThat(watchlists.diff("ofac-test", 2, "ofac-16642")).contains(diffs.get(corrected));
        assertThat(watchlists.diffs(List.of())).isEmpty();
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-test")).singleElement()
                .satisfies(s -> {
                    assertThat(s.liveVersion()).isEqualTo(2);
                    assertThat(s.entities()).isEqualTo(60);
                });
        // version 1 can still be read back from the version ranges
        assertThat(jdbc.sql("""
                select count(*) from watchlist_entries e join watchlists w on w.id = e.watchlist_id
                where w.name = 'ofac-test' and e.valid_from <= 1 and (e.valid_until is null or e.valid_until > 1)""")
                .query(Long.class).single()).isEqualTo(60);
    }

    @Test
    void aBadLineInTheMiddleAbortsAndLeavesThePreviousVersionLive() throws Exception {
        watchlists.importVersion(new ImportRequest("ofac-bad", ImportFormat.OFAC_CSV, demoOfac(), null), ImportProgress.NONE);
        long entriesBefore = jdbc.sql("select count(*) from watchlist_entries").query(Long.class).single();
        // line 30 loses its closing columns; everything before it was already streamed into the staging table
        Path broken = editedOfac("broken", sdn -> {
            String[] lines = sdn.split("\r\n", -1);
            lines[29] = lines[29].substring(0, lines[29].indexOf(',', lines[29].indexOf(',') + 1));
            return String.join("\r\n", lines);
        });
        assertThatThrownBy(() -> watchlists.importVersion(new ImportRequest("ofac-bad", ImportFormat.OFAC_CSV, broken, null), ImportProgress.NONE))
                .isInstanceOf(InvalidWatchlistInput.class).hasMessageContaining("sdn.csv line 30");
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-bad")).singleElement()
                .satisfies(s -> assertThat(s.liveVersion()).isEqualTo(1));
        assertThat(live("ofac-bad")).hasSize(60);
        assertThat(jdbc.sql("select count(*) from watchlist_entries").query(Long.class).single()).isEqualTo(entriesBefore);
        assertThat(jdbc.sql("select error from watchlist_import_failures where list_name = 'ofac-bad'").query(String.class).single())
                .contains("line 30");
        // the same file as the first version of a new list: rows already copied into the entries are rolled back
        assertThatThrownBy(() -> watchlists.importVersion(new ImportRequest("ofac-bad-first", ImportFormat.OFAC_CSV, broken, null), ImportProgress.NONE))
                .isInstanceOf(InvalidWatchlistInput.class).hasMessageContaining("sdn.csv line 30");
        assertThat(watchlists.summaries()).noneMatch(s -> s.name().equals("ofac-bad-first"));
        assertThat(jdbc.sql("select count(*) from watchlist_entries").query(Long.class).single()).isEqualTo(entriesBefore);
    }

    @Test
    void anEmptyFileNeverReplacesALiveList() throws Exception {
        watchlists.importVersion(new ImportRequest("ofac-empty", ImportFormat.OFAC_CSV, demoOfac(), null), ImportProgress.NONE);
        Path empty = editedOfac("empty", sdn -> "\u001a");
        assertThatThrownBy(() -> watchlists.importVersion(new ImportRequest("ofac-empty", ImportFormat.OFAC_CSV, empty, null), ImportProgress.NONE))
                .isInstanceOf(InvalidWatchlistInput.class).hasMessageContaining("empty");
        assertThat(live("ofac-empty")).hasSize(60);
    }

    @Test
    void everyFormatImportsFromItsFixtureAndTheListsStreamTogether() throws Exception {
        Path resources = Path.of(getClass().getClassLoader().getResource("watchlists/ftm-entities.json").toURI()).getParent();
        record Case(String list, ImportFormat format, String file, String mapping, int entities) {
        }
        for (var c : List.of(new Case("t-ftm", ImportFormat.FTM, "ftm-entities.json", null, 4),
                new Case("t-ofac-json", ImportFormat.OFAC_JSON, "ofac-sdn-excerpt.json", null, 5),
                new Case("t-un", ImportFormat.UN_XML, "un-consolidated-excerpt.xml", null, 5),
                new Case("t-uk", ImportFormat.UK_CSV, "uk-fcdo-excerpt.csv", null, 12),
                new Case("t-eu", ImportFormat.EU_CSV, "eu-journal-excerpt.csv", null, 4),
                new Case("t-csv", ImportFormat.CSV, "mapped.csv", "mapped.json", 2))) {
            var report = watchlists.importVersion(new ImportRequest(c.list(), c.format(), resources.resolve(c.file()),
                    c.mapping() == null ? null : resources.resolve(c.mapping())), ImportProgress.NONE);
            assertThat(report.entities()).as(c.list()).isEqualTo(c.entities());
        }
        List<ListedEntry> all = new ArrayList<>();
        watchlists.forEachLiveEntry(Set.of("t-ftm", "t-eu"), all::add);
        assertThat(all).hasSize(8);
        assertThat(all).filteredOn(e -> e.entity().id().equals("tst-person-1")).singleElement().satisfies(e -> {
            assertThat(e.list()).isEqualTo("t-ftm");
            assertThat(e.sourceRecord()).isEqualTo("ftm-entities.json line 1");
            assertThat(e.entity().values("name")).contains("Иван Петрович Тестов");
        });
    }

    @Test
    void progressIsReportedUpToTheWholeSource() throws Exception {
        long[] last = new long[3];
        watchlists.importVersion(new ImportRequest("ofac-progress", ImportFormat.OFAC_CSV, demoOfac(), null),
                (records, done, total) -> {
                    last[0] = records;
                    last[1] = done;
                    last[2] = total;
                });
        assertThat(last[0]).isEqualTo(60);
        assertThat(last[1]).isEqualTo(last[2]).isPositive();
    }
}
