package org.passage.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A feature's "needs attention" section on the current staff member's home page: declare one as a bean. The
 * feature decides who sees what (its own need-to-know and roles), so the web shell knows no feature. Urgent
 * sections (duress, missed check-ins) always come first and are shown in red.
 */
public interface HomeSection {

    /** Lower comes first among sections of the same urgency. */
    int order();

    /** What needs the current staff member's attention; empty when the section is not for him. */
    Optional<Attention> attention();

    /**
     * How many urgent things wait for the current staff member, for the count in the top navigation: cheap, and
     * nothing personal. Zero by default.
     */
    default int urgentCount() {
        return 0;
    }

    /**
     * A section: {@code id} for tests and styling, a message key for its title, the page with all of it, whether
     * it is urgent, how many there are and the first few as lines (an empty list shows just the count).
     */
    record Attention(String id, String titleKey, String link, boolean urgent, int count, List<Line> lines) {
        public Attention {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(titleKey, "titleKey");
            insidePassage(link);
            lines = List.copyOf(lines);
        }
    }

    /**
     * One thing to do: the case code (or another short reference), a text (a name, a title), where to do it, an
     * optional message key saying what it is ("duress signal"), and whether it is urgent (red).
     */
    record Line(String reference, String text, String href, @Nullable String labelKey, boolean urgent) {
        public Line {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(text, "text");
            insidePassage(href);
        }

        @Override
        public String toString() {
            return "Line[" + reference + ", text REDACTED, " + href + "]";
        }
    }

    private static void insidePassage(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a home page link stays inside Passage: " + link);
        }
    }
}
