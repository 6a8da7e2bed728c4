package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.passage.audit.NotedHead;

/**
 * Whatever the audit page's query string or a noted chain head holds, the parsers either accept it or name
 * the fields at fault: never an unexpected exception, never an accepted value past its bounds.
 */
class AuditInputFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void auditFilter(FuzzedDataProvider data) {
        var filter = AuditFilter.of(data.consumeString(300), data.consumeString(300), data.consumeString(300), data.consumeString(300),
                data.consumeString(40), data.consumeString(40), data.consumeRemainingAsString());
        assertThat(filter.errors()).isSubsetOf(List.of("action", "recordType", "recordId", "actor", "from", "to", "page"));
        assertThat(filter.page()).isBetween(0, AuditFilter.MAX_PAGE);
        if (filter.action() != null) {
            assertThat(filter.action().length()).isLessThanOrEqualTo(64);
        }
        if (filter.recordId() != null) {
            assertThat(filter.recordId().length()).isLessThanOrEqualTo(200);
        }
        if (filter.from() != null && filter.to() != null) {
            assertThat(filter.to()).isAfterOrEqualTo(filter.from());
        }
        assertThat(filter.describe().length()).isLessThanOrEqualTo(500);
    }

    @FuzzTest(maxDuration = "5s")
    void notedHead(String text) {
        if (text == null) {
            return;
        }
        try {
            assertThat(NotedHead.parse(text).sequence()).isPositive();
        } catch (IllegalArgumentException expected) {
            assertThat(expected).hasMessageContaining("1234:c4897a0d56650a3c");
        }
    }
}
