package org.passage.vetting;

import java.util.List;
import java.util.UUID;

/** A finding of a vetting run in plain language, with the evidence items attached to it. */
public record FindingView(UUID id, Severity severity, String title, String explanation, List<EvidenceView> evidence) {

    public FindingView {
        evidence = List.copyOf(evidence);
    }

    public enum Severity { INFO, CONCERN, SERIOUS }

    @Override
    public String toString() {
        return "FindingView[" + id + ", " + severity + ", redacted]";
    }
}
