package org.passage.vetting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.vetting.FindingView.Severity;

/**
 * A finding as stored: what kind of rule produced it, the {@code identity} that makes it "the same finding" in the
 * next run (kind plus the ids it is about, nothing personal), its title and explanation as {@link Phrase}s (a
 * message code and typed arguments, written in the reader's language when shown; a manual finding's own words as
 * written), and the inputs it was derived from so it can be explained later. Personal data: {@link #toString()} is redacted.
 */
public record Finding(UUID id, @Nullable UUID runId, Severity severity, String kind, String identity, Phrase title,
               Phrase explanation, Map<String, String> inputs, boolean manual, Instant createdAt, UUID createdBy,
               List<UUID> evidenceIds) {

    public Finding {
        inputs = Map.copyOf(inputs);
        evidenceIds = List.copyOf(evidenceIds);
    }

    /** A finding an analyst writes himself, from the form's fields: checked here, refused with the field at fault. */
    static Finding written(@Nullable String severity, @Nullable String title, @Nullable String explanation, UUID by, Instant at) {
        Severity level;
        try {
            level = Severity.valueOf(severity == null ? "" : severity.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("severity", "vetting.error.severity", "choose INFO, CONCERN or SERIOUS");
        }
        String t = PeriodForm.text("title", title, true);
        String text = LongText.of("explanation", explanation, true);
        UUID id = UUID.randomUUID();
        // its sources are the evidence items the analyst attaches; the finding names who wrote it and when
        return new Finding(id, null, level, "manual", "manual:" + id, Phrase.literal(t), Phrase.literal(text), Map.of(FindingSources.DATASET, "written by an analyst",
                FindingSources.RECORD, "manual finding " + id + " of " + at), true, at, by, List.of());
    }

    /** What a rule proposes, before it is stored with a run. */
    record Draft(Severity severity, String kind, String identity, Phrase title, Phrase explanation, Map<String, String> inputs) {

        Draft {
            inputs = Map.copyOf(inputs);
        }

        Draft withInputs(Map<String, String> more) {
            return new Draft(severity, kind, identity, title, explanation, more);
        }

        @Override
        public String toString() {
            return "Draft[" + severity + ", " + kind + ", REDACTED]";
        }
    }

    @Override
    public String toString() {
        return "Finding[" + id + ", " + severity + ", " + kind + ", REDACTED]";
    }
}
