package org.passage.audit;

import java.util.HexFormat;
import java.util.List;

/** The outcome of {@code passage audit verify}: every problem by the first event it concerns, and a summary. */
public record ChainReport(long events, long headSequence, byte[] headHash, String keyFingerprint, List<Problem> problems) {

    public record Problem(long sequence, String description) {
    }

    public ChainReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /**
     * One line. It shows the head as {@code sequence:hash prefix} so an operator can note it elsewhere and pass
     * it to {@code --expect-head} later: events deleted from the end, together with the head, can only be
     * noticed against such an outside record.
     */
    public String summary() {
        String head = "chain head " + headSequence + ":" + HexFormat.of().formatHex(headHash, 0, Math.min(8, headHash.length));
        return intact()
                ? "Audit trail intact: " + events + " events, " + head + ", chain key " + keyFingerprint + "."
                : "Audit trail TAMPERED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + events
                + " events, " + head + ".";
    }
}
