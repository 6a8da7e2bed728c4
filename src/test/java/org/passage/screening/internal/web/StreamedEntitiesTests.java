package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.watchlists.ListedEntity;

/** The push-to-pull bridge hands over every entity in order, many more than its queue holds, and reports a failed source. */
class StreamedEntitiesTests {

    private static ListedEntity entity(int i) {
        return new ListedEntity("e" + i, "Person", "Name " + i, Map.of("name", List.of("Name " + i)), "test");
    }

    @Test
    void everyEntityArrivesInOrder() {
        var streamed = new StreamedEntities(consumer -> {
            for (int i = 0; i < 10_000; i++) {
                consumer.accept(entity(i));
            }
        });
        List<String> ids = new ArrayList<>();
        streamed.forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(10_000).startsWith("e0", "e1").endsWith("e9999");
    }

    @Test
    void aFailingSourceFailsTheBuildInsteadOfEndingQuietly() {
        var streamed = new StreamedEntities(consumer -> {
            consumer.accept(entity(1));
            throw new IllegalStateException("database went away");
        });
        assertThatThrownBy(() -> streamed.forEach(e -> { }))
                .hasMessageContaining("reading the watchlists failed").hasRootCauseMessage("database went away");
    }
}
