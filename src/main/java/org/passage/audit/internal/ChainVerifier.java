package org.passage.audit.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.audit.ChainReport;
import org.passage.audit.NotedHead;

/**
 * Recomputes the audit chain and names what was done to it. Each row's HMAC covers its sequence number, so
 * a row that verifies only under another number was moved there, and one that verifies under none was
 * edited. Numbers no row claims were deleted. Pure logic: rows go in, {@link ChainReport} comes out.
 */
final class ChainVerifier implements Consumer<ChainedEvent> {

    /** How far from its place a moved row is looked for. */
    static final int SEARCH = 256;
    private static final long EDITED = -1;

    /** What is kept per row: its place, the number its HMAC verifies under, and hash prefixes for the links. */
    private record Checked(long position, long original, long hashPrefix, long previousPrefix) {
    }

    private final AuditChainKey key;
    private final List<Checked> rows = new ArrayList<>();

    ChainVerifier(AuditChainKey key) {
        this.key = key;
    }

    @Override
    public void accept(ChainedEvent event) {
        rows.add(new Checked(event.sequence(), originalSequence(event), prefix(event.hash()), prefix(event.previousHash())));
    }

    private long originalSequence(ChainedEvent event) {
        long position = event.sequence();
        if (event.verifiesAt(position, key)) {
            return position;
        }
        for (long distance = 1; distance <= SEARCH; distance++) {
            if (event.verifiesAt(position + distance, key)) {
                return position + distance;
            }
            if (position - distance > 0 && event.verifiesAt(position - distance, key)) {
                return position - distance;
            }
        }
        return EDITED;
    }

    ChainReport report(AuditLog.Head head) {
        return report(head, null);
    }

    ChainReport report(AuditLog.Head head, @Nullable NotedHead noted) {
        List<ChainReport.Problem> problems = new ArrayList<>();
        Map<Long, Checked> byOriginal = new HashMap<>();
        List<Long> present = new ArrayList<>();
        Map<Long, Long> moved = new HashMap<>();
        for (Checked row : rows) {
            if (row.original() == EDITED) {
                problems.add(new ChainReport.Problem(row.position(), "event " + row.position() + " was edited"));
                present.add(row.position());
            } else if (byOriginal.containsKey(row.original())) {
                problems.add(new ChainReport.Problem(row.position(), "event " + row.position() + " is a copy of event " + row.original()));
            } else {
                byOriginal.put(row.original(), row);
                present.add(row.original());
                if (row.original() != row.position()) {
                    moved.put(row.position(), row.original());
                }
            }
        }
        describeMoves(moved, problems);
        describeDeletions(present, head.sequence(), problems);
        describeBrokenLinks(byOriginal, problems);
        long last = present.stream().mapToLong(Long::longValue).max().orElse(0);
        if (head.sequence() < last) {
            problems.add(new ChainReport.Problem(head.sequence(), "the chain head was set back to " + head.sequence() + " but events go up to " + last));
        } else if (head.sequence() == last && last > 0 && byOriginal.containsKey(last) && byOriginal.get(last).hashPrefix() != prefix(head.hash())) {
            problems.add(new ChainReport.Problem(last, "the chain head does not match event " + last));
        }
        if (noted != null) {
            Checked then = byOriginal.get(noted.sequence());
            if (then == null && noted.sequence() > last) {
                problems.add(new ChainReport.Problem(last + 1, deleted(last + 1, noted.sequence(), " (the end of the chain, found against the noted head)")));
            } else if (then == null || then.hashPrefix() != noted.hashPrefix()) {
                problems.add(new ChainReport.Problem(noted.sequence(), "event " + noted.sequence() + " is not the one noted as the chain head earlier"));
            }
        }
        problems.sort(Comparator.comparingLong(ChainReport.Problem::sequence));
        return new ChainReport(rows.size(), head.sequence(), head.hash(), key.fingerprint(), problems);
    }

    /** Rows that changed places among themselves were swapped or reordered; others were renumbered. */
    private static void describeMoves(Map<Long, Long> moved, List<ChainReport.Problem> problems) {
        Set<Long> seen = new HashSet<>();
        List<long[]> renumbered = new ArrayList<>();
        for (long start : moved.keySet().stream().sorted().toList()) {
            if (seen.contains(start)) {
                continue;
            }
            List<Long> cycle = new ArrayList<>();
            long at = start;
            while (moved.containsKey(at) && !seen.contains(at)) {
                seen.add(at);
                cycle.add(at);
                at = moved.get(at);
            }
            if (at == start && cycle.size() > 1) {
                List<Long> sorted = cycle.stream().sorted().toList();
                String text = sorted.size() == 2
                        ? "events " + sorted.get(0) + " and " + sorted.get(1) + " were swapped"
                        : "events " + String.join(", ", sorted.stream().map(String::valueOf).toList()) + " were reordered";
                problems.add(new ChainReport.Problem(sorted.getFirst(), text));
            } else {
                cycle.forEach(position -> renumbered.add(new long[] {position, moved.get(position)}));
            }
        }
        renumbered.sort(Comparator.comparingLong(r -> r[0]));
        for (int i = 0; i < renumbered.size(); ) {
            int j = i;
            while (j + 1 < renumbered.size() && renumbered.get(j + 1)[0] == renumbered.get(j)[0] + 1
                    && renumbered.get(j + 1)[1] == renumbered.get(j)[1] + 1) {
                j++;
            }
            long[] first = renumbered.get(i);
            long[] last = renumbered.get(j);
            problems.add(new ChainReport.Problem(first[0], i == j
                    ? "event " + first[1] + " was renumbered as " + first[0]
                    : "events " + first[1] + "–" + last[1] + " were renumbered as " + first[0] + "–" + last[0]));
            i = j + 1;
        }
    }

    private static void describeDeletions(List<Long> present, long headSequence, List<ChainReport.Problem> problems) {
        long[] numbers = present.stream().mapToLong(Long::longValue).sorted().toArray();
        long expected = 1;
        for (long number : numbers) {
            if (number > expected) {
                problems.add(new ChainReport.Problem(expected, deleted(expected, number - 1, "")));
            }
            expected = Math.max(expected, number + 1);
        }
        if (headSequence >= expected) {
            problems.add(new ChainReport.Problem(expected, deleted(expected, headSequence, " (the end of the chain)")));
        }
    }

    private static String deleted(long from, long to, String where) {
        return (from == to ? "event " + from + " was deleted" : "events " + from + "–" + to + " were deleted") + where;
    }

    /** Consecutive surviving events must link; a break here that none of the above explains is reported as such. */
    private static void describeBrokenLinks(Map<Long, Checked> byOriginal, List<ChainReport.Problem> problems) {
        long genesis = prefix(ChainedEvent.GENESIS);
        for (Checked row : byOriginal.values()) {
            long original = row.original();
            Checked before = byOriginal.get(original - 1);
            if (original == 1 && row.previousPrefix() != genesis) {
                problems.add(new ChainReport.Problem(1, "event 1 does not start the chain"));
            } else if (before != null && before.hashPrefix() != row.previousPrefix()) {
                problems.add(new ChainReport.Problem(original, "event " + original + " does not follow event " + (original - 1) + ": the chain is broken there"));
            }
        }
    }

    private static long prefix(byte[] hash) {
        return hash.length >= 8 ? ByteBuffer.wrap(hash, 0, 8).getLong() : Arrays.hashCode(hash);
    }
}
