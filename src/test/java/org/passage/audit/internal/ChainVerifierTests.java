package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent.Outcome;
import org.passage.audit.ChainReport;
import org.passage.audit.NotedHead;

/** The verifier on chains built in memory and tampered with in every way the issue names. */
class ChainVerifierTests {

    final AuditChainKey key = new AuditChainKey("0123456789abcdef0123456789abcdef".getBytes());
    final UUID organization = UUID.randomUUID();

    @Test
    void anUntouchedChainIsIntact() {
        var report = verify(chain(50));
        assertThat(report.intact()).isTrue();
        assertThat(report.summary()).startsWith("Audit trail intact: 50 events, chain head 50:");
        assertThat(verify(List.of()).intact()).isTrue();
    }

    @Test
    void namesAnEditedEvent() {
        List<ChainedEvent> rows = chain(30);
        rows.set(16, edit(rows.get(16), "someone else"));
        assertThat(problems(verify(rows))).containsExactly("event 17 was edited");
    }

    @Test
    void anEventWithAForgedHashUnderAnotherKeyIsStillEdited() {
        List<ChainedEvent> rows = chain(30);
        rows.set(4, edit(rows.get(4), "x").sealedWith(new AuditChainKey(new byte[32])));
        assertThat(problems(verify(rows))).containsExactly("event 5 was edited");
    }

    @Test
    void namesDeletedEventsAsARange() {
        List<ChainedEvent> rows = chain(30);
        rows.subList(19, 22).clear();
        assertThat(problems(verify(rows))).containsExactly("events 20–22 were deleted");
        List<ChainedEvent> one = chain(30);
        one.remove(9);
        assertThat(problems(verify(one))).containsExactly("event 10 was deleted");
    }

    @Test
    void namesEventsDeletedFromTheEndAgainstTheChainHead() {
        List<ChainedEvent> rows = chain(40);
        var head = head(rows);
        rows.subList(37, 40).clear();
        assertThat(problems(new ChainVerifier(key), rows, head)).containsExactly("events 38–40 were deleted (the end of the chain)");
    }

    @Test
    void aHeadNotedEarlierCatchesEventsDeletedFromTheEndTogetherWithTheHead() {
        List<ChainedEvent> rows = chain(40);
        var noted = NotedHead.parse("40:" + java.util.HexFormat.of().formatHex(rows.get(39).hash(), 0, 8));
        rows.subList(37, 40).clear();
        var setBack = new AuditLog.Head(37, rows.getLast().hash()); // the head was set back as well
        var verifier = new ChainVerifier(key);
        rows.forEach(verifier);
        assertThat(problems(verifier.report(setBack))).isEmpty();
        assertThat(problems(verifier.report(setBack, noted))).containsExactly("events 38–40 were deleted (the end of the chain, found against the noted head)");
    }

    @Test
    void aNotedHeadThatDoesNotMatchIsNamed() {
        List<ChainedEvent> rows = chain(10);
        var verifier = new ChainVerifier(key);
        rows.forEach(verifier);
        assertThat(problems(verifier.report(head(rows), NotedHead.parse("5:0000000000000000")))).containsExactly("event 5 is not the one noted as the chain head earlier");
        String real = java.util.HexFormat.of().formatHex(rows.get(4).hash(), 0, 8);
        assertThat(verifier.report(head(rows), NotedHead.parse("5:" + real)).intact()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NotedHead.parse("five:abc")).hasMessageContaining("1234:c4897a0d56650a3c");
    }

    @Test
    void namesSwappedEvents() {
        List<ChainedEvent> rows = chain(40);
        ChainedEvent thirty = rows.get(29);
        ChainedEvent thirtyOne = rows.get(30);
        rows.set(29, renumber(thirtyOne, 30));
        rows.set(30, renumber(thirty, 31));
        assertThat(problems(verify(rows))).containsExactly("events 30 and 31 were swapped");
    }

    @Test
    void namesReorderedEvents() {
        List<ChainedEvent> rows = chain(20);
        ChainedEvent a = rows.get(4);
        ChainedEvent b = rows.get(5);
        ChainedEvent c = rows.get(6);
        rows.set(4, renumber(c, 5));
        rows.set(5, renumber(a, 6));
        rows.set(6, renumber(b, 7));
        assertThat(problems(verify(rows))).containsExactly("events 5, 6, 7 were reordered");
    }

    @Test
    void namesEventsRenumberedToHideADeletion() {
        List<ChainedEvent> rows = chain(30);
        List<ChainedEvent> tampered = new ArrayList<>(rows.subList(0, 19));
        for (int i = 22; i < 30; i++) {
            tampered.add(renumber(rows.get(i), i - 2));
        }
        var head = new AuditLog.Head(27, tampered.getLast().hash());
        assertThat(problems(new ChainVerifier(key), tampered, head))
                .contains("events 23–30 were renumbered as 20–27", "events 20–22 were deleted");
    }

    @Test
    void namesACopiedEvent() {
        List<ChainedEvent> rows = chain(10);
        rows.add(renumber(rows.get(2), 11));
        var head = new AuditLog.Head(11, rows.getLast().hash());
        assertThat(problems(new ChainVerifier(key), rows, head)).contains("event 11 is a copy of event 3");
    }

    @Test
    void namesSeveralProblemsInOrder() {
        List<ChainedEvent> rows = chain(40);
        rows.set(16, edit(rows.get(16), "x"));
        ChainedEvent thirty = rows.get(29);
        rows.set(29, renumber(rows.get(30), 30));
        rows.set(30, renumber(thirty, 31));
        rows.subList(19, 22).clear();
        var report = verify(rows);
        assertThat(problems(report)).containsExactly("event 17 was edited", "events 20–22 were deleted", "events 30 and 31 were swapped");
        assertThat(report.summary()).startsWith("Audit trail TAMPERED: 3 problems in 37 events");
    }

    private List<String> problems(ChainReport report) {
        return report.problems().stream().map(ChainReport.Problem::description).toList();
    }

    private List<String> problems(ChainVerifier verifier, List<ChainedEvent> rows, AuditLog.Head head) {
        rows.forEach(verifier);
        return problems(verifier.report(head));
    }

    private ChainReport verify(List<ChainedEvent> rows) {
        var verifier = new ChainVerifier(key);
        rows.forEach(verifier);
        return verifier.report(head(rows));
    }

    private static AuditLog.Head head(List<ChainedEvent> rows) {
        return rows.isEmpty() ? new AuditLog.Head(0, ChainedEvent.GENESIS) : new AuditLog.Head(rows.stream().mapToLong(ChainedEvent::sequence).max().orElseThrow(),
                rows.stream().max(java.util.Comparator.comparingLong(ChainedEvent::sequence)).orElseThrow().hash());
    }

    private List<ChainedEvent> chain(int length) {
        List<ChainedEvent> rows = new ArrayList<>();
        byte[] previous = ChainedEvent.GENESIS;
        for (int i = 1; i <= length; i++) {
            var event = new ChainedEvent(i, Instant.parse("2026-11-22T10:00:00Z").plusSeconds(i), "anna", "ab12", organization, "case.read",
                    "case", "case-" + i, Outcome.SUCCESS, "", previous, new byte[0]).sealedWith(key);
            rows.add(event);
            previous = event.hash();
        }
        return rows;
    }

    /** What an UPDATE of the actor column leaves behind: the old hash over new content. */
    private static ChainedEvent edit(ChainedEvent e, String actor) {
        return new ChainedEvent(e.sequence(), e.occurredAt(), actor, e.sessionHash(), e.organizationId(), e.action(), e.recordType(),
                e.recordId(), e.outcome(), e.detail(), e.previousHash(), e.hash());
    }

    /** What an UPDATE of the sequence column leaves behind. */
    private static ChainedEvent renumber(ChainedEvent e, long sequence) {
        return new ChainedEvent(sequence, e.occurredAt(), e.actor(), e.sessionHash(), e.organizationId(), e.action(), e.recordType(),
                e.recordId(), e.outcome(), e.detail(), e.previousHash(), e.hash());
    }
}
