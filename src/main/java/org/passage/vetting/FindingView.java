package org.passage.vetting;

import java.util.List;
import java.util.UUID;

/**
 * A finding of a vetting run in plain language, with the evidence items attached to it and its {@code source}: the
 * datasets, their versions and the record it rests on, in one line (empty only for findings recorded before sources
 * were kept).
 */
public record FindingView(UUID id, Severity severity, String title, String explanation, List<EvidenceView> evidence, String source) {

    public FindingView {
        evidence = List.copyOf(evidence);
    }

    public enum Severity { INFO, CONCERN, SERIOUS }

    @Override
    public String toString() {
        return "FindingView[" + id + ", " + severity + ", redacted]";
    }
}
