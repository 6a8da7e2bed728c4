package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One act, one row: the events of one evidence capture fold; another person's, another session's or a later act's do not. */
class AuditActsTests {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    static AuditActs.Named event(long sequence, int seconds, String actor, String session, String action) {
        return new AuditActs.Named(new AuditQueries.Line(sequence, T.plusSeconds(seconds), actor, session, action, "case", "c1",
                "SUCCESS", ""), actor, null);
    }

    @Test
    void foldsTheEventsOfOneCaptureAndKeepsOtherActsApart() {
        var newestFirst = List.of(
                event(7, 40, "misha", "s1", "evidence.read"),
                event(6, 2, "lena", "s2", "evidence.read"),
                event(5, 1, "misha", "s1", "evidence.custody"),
                event(4, 1, "misha", "s1", "evidence.custody"),
                event(3, 0, "misha", "s1", "evidence.capture"),
                event(2, 0, "misha", "s1", "case.read"),
                event(1, 0, "system", null, "case.open"));

        var acts = AuditActs.of(newestFirst);

        assertThat(acts).extracting(a -> a.first().line().sequence()).containsExactly(7L, 6L, 3L, 2L, 1L);
        var capture = acts.get(2);
        assertThat(capture.first().line().action()).isEqualTo("evidence.capture");
        assertThat(capture.more()).isEqualTo(2);
        assertThat(capture.events()).extracting(e -> e.line().sequence()).containsExactly(3L, 4L, 5L);
    }

    /** A place recorded right after the journey was read folded under the read, the change seen only when unfolded (walk27). */
    @Test
    void anActNamesTheActionsFoldedUnderItsFirstEvent() {
        var acts = AuditActs.of(List.of(
                event(4, 1, "katya", "s1", "journey.location"),
                event(3, 1, "katya", "s1", "journey.read"),
                event(2, 0, "katya", "s1", "journey.read"),
                event(1, 0, "katya", "s1", "journey.read")));
        assertThat(acts).hasSize(1);
        assertThat(acts.getFirst().foldedActions()).containsExactly("journey.read", "journey.location");
    }

    @Test
    void eventsWithoutASessionNeverFold() {
        var acts = AuditActs.of(List.of(event(2, 0, "system", null, "case.read"), event(1, 0, "system", null, "case.read")));
        assertThat(acts).hasSize(2);
    }
}
