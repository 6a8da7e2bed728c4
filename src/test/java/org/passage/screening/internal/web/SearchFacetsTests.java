package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFacetsTests {

    private static IndexedEntry entry(String list, String dataset) {
        return new IndexedEntry(list, 1, "e1", "Person", "Viktor Example", dataset, Map.of("name", List.of("Viktor Example")), null, null);
    }

    @Test
    void aListThatNamesItselfAsTheSourceIsOneDataSource() {
        // the demo's list ofac-sdn, whose entries say they come from ofac-sdn, answered every search with a 500
        assertThat(SearchFacets.values("datasets", entry("ofac-sdn", "ofac-sdn"))).containsExactly("ofac-sdn");
        assertThat(SearchFacets.of("datasets", List.of(entry("ofac-sdn", "ofac-sdn"))).values()).hasSize(1);
    }

    @Test
    void aListAndItsSourceAreTwoDataSources() {
        assertThat(SearchFacets.values("datasets", entry("sanctions", "ofac-sdn"))).containsExactlyInAnyOrder("sanctions", "ofac-sdn");
        assertThat(SearchFacets.values("datasets", entry("sanctions", ""))).containsExactly("sanctions");
    }
}
