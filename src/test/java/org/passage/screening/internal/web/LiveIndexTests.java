package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.EntryChange;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.ListedEntry;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;

/** Which list versions an index counts as indexed when lists go live while it is built. */
class LiveIndexTests {

    /** One list live; a second goes live while the first one's entries are read, as in the demo's load. */
    static final class ListsGoingLive implements Watchlists {
        final List<WatchlistSummary> live = new ArrayList<>(List.of(summary("ofac-sdn")));

        static WatchlistSummary summary(String name) {
            return new WatchlistSummary(name, "ftm", 1, Instant.EPOCH, 1, 1, 0, 0, name, "digest", null);
        }

        @Override
        public void forEachLiveEntry(Set<String> lists, Consumer<ListedEntry> consumer) {
            consumer.accept(new ListedEntry("ofac-sdn", 1, "1", new ListedEntity("ofac-1", "Person", "Ivan Petrov",
                    Map.of("name", List.of("Ivan Petrov")), "ofac-sdn")));
            live.add(summary("uk")); // goes live now: its entries are not in what this build read
        }

        @Override
        public List<WatchlistSummary> summaries() {
            return List.copyOf(live);
        }

        @Override
        public ImportReport importVersion(ImportRequest request, ImportProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long dryRun(ImportRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forget(String list) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntryChange> changes(String list, int version) {
            return List.of();
        }

        @Override
        public java.util.Map<org.passage.watchlists.EntryVersion, org.passage.watchlists.EntryDiff> diffs(
                    java.util.Collection<org.passage.watchlists.EntryVersion> entries) {
            return java.util.Map.of();
        }
    }

    @Test
    void aListThatGoesLiveWhileTheEntriesAreReadIsNotCountedAsIndexed() {
        try (var index = new LiveIndex(new ListsGoingLive(), Clock.systemUTC())) {
            var snapshot = index.rebuild();
            // it was counted at version 1: the re-screening of uk v1 then ran against an index without uk, was marked
            // done, and the next build skipped it, so no open case was ever alerted about a uk entry
            assertThat(snapshot.versions()).isEqualTo(Map.of("ofac-sdn", 1));
            assertThat(snapshot.screening().size()).isEqualTo(1);
        }
    }

    @Test
    void aRequestThatReadTheIndexJustBeforeARebuildIsStillAnswered() {
        try (var index = new LiveIndex(new ListsGoingLive(), Clock.systemUTC())) {
            var before = index.rebuild();
            index.rebuild();
            // a request holding the snapshot it read before the swap: it was answered with a 500 (AlreadyClosedException)
            var query = new ListedEntity("q", "Person", "Ivan Petrov", Map.of("name", List.of("Ivan Petrov")), "query");
            assertThat(before.screening().screen(query, 5)).extracting(org.passage.screening.Hit::entityId).containsExactly("ofac-1");
        }
    }
}
