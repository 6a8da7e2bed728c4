package org.passage.bench.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InnocentNamesTests {

    @Test
    void readsTheEntriesOfAnOfacExport() throws Exception {
        var entities = InnocentNames.readOfacJson(json("""
                {"entries": [{"uid": "7", "name": "IVANOV, Ivan", "type": "individual", "alternateNames": ["IVANOV, Vanya"]}]}"""));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.schema()).isEqualTo("Person");
            assertThat(e.properties().get("alias")).containsExactly("IVANOV, Vanya");
        });
    }

    @Test
    void aFileThatIsNotAnExportIsNamedAsSuchNotANullPointer() {
        assertThatThrownBy(() -> InnocentNames.readOfacJson(json("{\"name\": \"OFAC SDN metadata\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no \"entries\" array");
        assertThatThrownBy(() -> InnocentNames.readOfacJson(json("{\"entries\": [{\"type\": \"individual\"}]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 0 has no name or uid");
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
