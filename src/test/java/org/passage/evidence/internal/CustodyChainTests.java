package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.evidence.CustodyEvent;

/** A custody chain shows any edited, removed or reordered link. */
class CustodyChainTests {

    private final UUID evidence = UUID.randomUUID();

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(CustodyChain.firstBroken(chain(4))).isEqualTo(-1);
        assertThat(CustodyChain.firstBroken(List.of())).isEqualTo(-1);
    }

    @Test
    void anEditedActorActionOrDetailBreaksTheChainThere() {
        var links = new ArrayList<>(chain(4));
        var l = links.get(2);
        links.set(2, new CustodyChain.Link(l.id(), l.evidenceId(), l.position(), l.at(), "someone-else", l.action(), l.detail(),
                l.previousHash(), l.hash()));
        assertThat(CustodyChain.firstBroken(links)).isEqualTo(2);
        links = new ArrayList<>(chain(4));
        l = links.get(1);
        links.set(1, new CustodyChain.Link(l.id(), l.evidenceId(), l.position(), l.at(), l.actor(), CustodyEvent.Action.VERIFIED,
                new byte[] {9}, l.previousHash(), l.hash()));
        assertThat(CustodyChain.firstBroken(links)).isEqualTo(1);
    }

    @Test
    void aRemovedLinkBreaksTheChain() {
        var links = new ArrayList<>(chain(4));
        links.remove(1);
        assertThat(CustodyChain.firstBroken(links)).isEqualTo(1);
        links = new ArrayList<>(chain(4));
        links.removeFirst();
        assertThat(CustodyChain.firstBroken(links)).isZero();
    }

    @Test
    void aRecomputedLinkStillBreaksTheNextOne() {
        var links = new ArrayList<>(chain(3));
        var l = links.get(1);
        byte[] forged = CustodyChain.hash(l.previousHash(), l.id(), evidence, 1, l.at(), "forger", l.action(), l.detail());
        links.set(1, new CustodyChain.Link(l.id(), evidence, 1, l.at(), "forger", l.action(), l.detail(), l.previousHash(), forged));
        assertThat(CustodyChain.firstBroken(links)).isEqualTo(2);
    }

    private List<CustodyChain.Link> chain(int length) {
        List<CustodyChain.Link> links = new ArrayList<>();
        byte[] previous = CustodyChain.GENESIS;
        Instant at = Instant.parse("2026-03-01T10:00:00.123456789Z");
        for (int i = 0; i < length; i++) {
            UUID id = UUID.randomUUID();
            var action = i == 0 ? CustodyEvent.Action.CAPTURED : CustodyEvent.Action.OPENED;
            byte[] detail = {(byte) i, 1, 2};
            byte[] hash = CustodyChain.hash(previous, id, evidence, i, at.plusSeconds(i), "staff-" + i, action, detail);
            // stored at PostgreSQL's precision: the hash must not depend on the nanoseconds that are lost
            links.add(new CustodyChain.Link(id, evidence, i, CustodyChain.stored(at.plusSeconds(i)), "staff-" + i, action, detail,
                    previous, hash));
            previous = hash;
        }
        return links;
    }
}
