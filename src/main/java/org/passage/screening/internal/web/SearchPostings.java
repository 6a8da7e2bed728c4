package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The entries of one index snapshot by the values a search filters on (countries, topics, datasets, schema), so that a
 * filtered browse reads the entries its filters admit instead of every entry. Postings are ordinals into the snapshot's
 * entries in their iteration order, sorted, so a union or an intersection keeps the order a scan finds them in and a
 * filtered search answers exactly what the scan answered. Built once per snapshot, on the first filtered search.
 */
final class SearchPostings {

    /** The facets a filter can be answered from. */
    static final Set<String> FACETS = Set.of("countries", "topics", "datasets", "schema");

    private final LiveIndex.Snapshot snapshot;
    private final IndexedEntry[] entries;
    private final Map<String, Map<String, int[]>> postings;

    private SearchPostings(LiveIndex.Snapshot snapshot) {
        this.snapshot = snapshot;
        this.entries = snapshot.entries().values().toArray(IndexedEntry[]::new);
        Map<String, Map<String, IntList>> building = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            for (String facet : FACETS) {
                for (String value : SearchFacets.values(facet, entries[i])) {
                    building.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value, v -> new IntList()).add(i);
                }
            }
        }
        Map<String, Map<String, int[]>> done = new HashMap<>();
        building.forEach((facet, values) -> {
            Map<String, int[]> out = new HashMap<>();
            values.forEach((value, list) -> out.put(value, list.toArray()));
            done.put(facet, out);
        });
        this.postings = done;
    }

    private static volatile @Nullable SearchPostings last;

    /** The postings of {@code snapshot}, built on first use (one pass over its entries) and kept until the next snapshot. */
    static SearchPostings of(LiveIndex.Snapshot snapshot) {
        SearchPostings known = last;
        if (known != null && known.snapshot == snapshot) {
            return known;
        }
        synchronized (SearchPostings.class) {
            known = last;
            if (known == null || known.snapshot != snapshot) {
                known = new SearchPostings(snapshot);
                last = known;
            }
            return known;
        }
    }

    IndexedEntry entry(int ordinal) {
        return entries[ordinal];
    }

    /** The entries holding {@code value} for {@code facet}. */
    int[] of(String facet, String value) {
        return postings.getOrDefault(facet, Map.of()).getOrDefault(value, new int[0]);
    }

    static int[] union(List<int[]> lists) {
        return lists.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    static int[] intersection(List<int[]> lists) {
        List<int[]> bySize = new ArrayList<>(lists);
        bySize.sort((a, b) -> Integer.compare(a.length, b.length));
        int[] out = bySize.getFirst();
        for (int[] next : bySize.subList(1, bySize.size())) {
            out = Arrays.stream(out).filter(i -> Arrays.binarySearch(next, i) >= 0).toArray();
        }
        return out;
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
