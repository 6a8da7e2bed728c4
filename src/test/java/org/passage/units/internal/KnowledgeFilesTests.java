package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The files Passage ships: every row of the curated file cited, every named formation named in three languages. */
class KnowledgeFilesTests {

    @Test
    void theCuratedFileIsSmallAndEveryRowCitesAPublicSource() {
        var curated = KnowledgeFiles.curated(bundled(KnowledgeFiles.CURATED), KnowledgeFiles.CURATED);
        int rows = curated.units().size() + curated.incidents().size() + curated.links().size();
        assertThat(rows).isBetween(10, 30);
        assertThat(curated.incidents()).allSatisfy(i -> {
            assertThat(i.citations()).isNotEmpty().allMatch(u -> u.startsWith("https://"));
            assertThat(i.from()).isBetween(java.time.LocalDate.of(2014, 1, 1), java.time.LocalDate.of(2021, 12, 31));
        });
        assertThat(curated.links()).allSatisfy(l -> assertThat(l.citations()).isNotEmpty());
        assertThat(curated.units()).allSatisfy(u -> assertThat(u.citations()).isNotEmpty());
    }

    @Test
    void everyNamedFormationHasRussianUkrainianAndEnglishNames() {
        var named = KnowledgeFiles.named(bundled(KnowledgeFiles.NAMED), KnowledgeFiles.NAMED);
        assertThat(named).hasSizeGreaterThan(10).allSatisfy(f -> {
            assertThat(f.ru()).isNotEmpty();
            assertThat(f.uk()).isNotEmpty();
            assertThat(f.en()).isNotEmpty();
            assertThat(f.type()).isNotBlank();
            assertThat(f.affiliation()).isNotBlank();
        });
    }

    @Test
    void aRowWithoutACitationOrWithABadDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> KnowledgeFiles.curated(new StringReader("""
                {"incidents": [{"id": "X", "from": "2014-07-17", "to": "2014-07-17", "place": "p", "documentation": "REPORTED",
                  "title": "t", "summary": "s", "citations": []}]}
                """), "c.json")).isInstanceOf(ImportProblem.class).hasMessageContaining("field incidents[0].citations");
        assertThatThrownBy(() -> KnowledgeFiles.curated(new StringReader("""
                {"incidents": [{"id": "X", "from": "2014-07-17", "to": "2014-07-16", "place": "p", "documentation": "REPORTED",
                  "title": "t", "summary": "s", "citations": ["https://e.org/x"]}]}
                """), "c.json")).isInstanceOf(ImportProblem.class).hasMessageContaining("field incidents[0].to");
        assertThatThrownBy(() -> KnowledgeFiles.curated(new StringReader("""
                {"links": [{"unit": "u", "incident": "NONE", "confidence": "CONFIRMED", "basis": "b", "citations": ["https://e.org/x"]}]}
                """), "c.json")).isInstanceOf(ImportProblem.class).hasMessageContaining("field links[0].incident");
        assertThatThrownBy(() -> KnowledgeFiles.curated(new StringReader("{\"units\": [\n{\"name\": "), "c.json"))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("c.json line 2");
    }

    private static InputStreamReader bundled(String resource) {
        return new InputStreamReader(Objects.requireNonNull(KnowledgeFilesTests.class.getClassLoader().getResourceAsStream(resource)),
                StandardCharsets.UTF_8);
    }
}
