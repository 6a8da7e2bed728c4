package org.passage.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something to do for a case by a day, by someone ({@code assignee}, a staff member; none: whoever works on the case):
 * its title is personal (sealed, never printed).
 */
public record CaseTask(UUID id, Kind kind, String title, LocalDate dueOn, @Nullable Instant doneAt, Instant createdAt,
                       @Nullable UUID assignee) {

    static final int MAX_TITLE = 300;

    public enum Kind { LOGISTICS, LEGAL_ADVICE, DOCUMENTS, OTHER;
        public String messageKey() {
            return "cases.tasks.kind." + name();
        }
    }

    public CaseTask {
        title = ApplicantDetails.line("title", title, 0);
        if (title.isEmpty()) {
            throw new InvalidCaseInput("title", "cases.tasks.error.title");
        }
    }

    /** A task nobody in particular is to do. */
    public CaseTask(UUID id, Kind kind, String title, LocalDate dueOn, @Nullable Instant doneAt, Instant createdAt) {
        this(id, kind, title, dueOn, doneAt, createdAt, null);
    }

    /** The same task as changed by its edit form. */
    CaseTask edited(Kind kind, String title, LocalDate dueOn, @Nullable UUID assignee) {
        return new CaseTask(id, kind, title, dueOn, doneAt, createdAt, assignee);
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    @Override
    public String toString() {
        return "CaseTask[" + id + ", " + kind + ", due " + dueOn + ", REDACTED]";
    }
}
