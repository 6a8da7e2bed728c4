package org.passage.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Folds the events of one act into one row: the audit trail keeps distinct facts apart (the pass through the case
 * gate, each link added to an evidence item's custody chain), but an auditor asking "what did she do" reads one
 * capture, not four rows. Events fold when they follow each other in the chain from the same person in the same
 * session, in the same action family (case, evidence, …), with the same outcome, within {@link #WINDOW}; the act
 * shows its first event and keeps the others for a closer look. Public only so that the page template can read it.
 */
public final class AuditActs {

    static final Duration WINDOW = Duration.ofSeconds(5);

    private AuditActs() {
    }

    /** An event with the names of its person and record (null where nobody can name them). */
    public record Named(AuditQueries.Line line, String person, @Nullable String record) {

        public String family() {
            return AuditActs.family(line.action());
        }
    }

    /** One act: its first event and the events that came with it. */
    public record Act(Named first, List<Named> events) {

        public int more() {
            return events.size() - 1;
        }

        /**
         * The actions folded under the first event, each once, in order: the row shows its first event, often a read,
         * and a change made in the same act (a place recorded after the journey was read) was hidden until unfolded.
         */
        public List<String> foldedActions() {
            return events.stream().skip(1).map(e -> e.line().action()).distinct().toList();
        }
    }

    /** One page of acts; {@code page} counts from 0. */
    public record Page(List<Act> acts, int page, boolean hasNext) {
    }

    /** The first word of an action: up to a dot ("case.read") or a space (a purpose in words, "demo check-ins"). */
    static String family(String action) {
        int end = 0;
        while (end < action.length() && action.charAt(end) != '.' && action.charAt(end) != ' ') {
            end++;
        }
        return action.substring(0, end);
    }

    /** The acts of events listed newest first, newest first; each act's events oldest first. */
    static List<Act> of(List<Named> newestFirst) {
        List<List<Named>> groups = new ArrayList<>();
        List<Named> current = null;
        for (Named event : newestFirst) {
            if (current != null && together(current.getLast(), event)) {
                current.add(event);
            } else {
                current = new ArrayList<>(List.of(event));
                groups.add(current);
            }
        }
        return groups.stream().map(group -> {
            List<Named> oldestFirst = new ArrayList<>(group.reversed());
            return new Act(oldestFirst.getFirst(), List.copyOf(oldestFirst));
        }).toList();
    }

    /** Whether {@code earlier}, which comes just before {@code later} in the chain, belongs to the same act. */
    private static boolean together(Named later, Named earlier) {
        var a = later.line();
        var b = earlier.line();
        return a.session() != null && Objects.equals(a.session(), b.session()) && a.actor().equals(b.actor())
                && family(a.action()).equals(family(b.action())) && a.outcome().equals(b.outcome())
                && a.sequence() == b.sequence() + 1
                && Duration.between(b.occurredAt(), a.occurredAt()).compareTo(WINDOW) <= 0;
    }
}
