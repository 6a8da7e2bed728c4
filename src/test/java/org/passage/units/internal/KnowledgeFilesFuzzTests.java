package org.passage.units.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;

/**
 * Any text as a curated or named-formations file: it is read, or refused with an {@link ImportProblem} naming the
 * place; nothing else escapes. Half the inputs start as a plausible file so the fuzzer reaches the row checks.
 */
class KnowledgeFilesFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void curated(FuzzedDataProvider data) {
        String text = data.consumeBoolean()
                ? "{\"incidents\": [{\"id\": \"X\", \"from\": \"" + data.consumeString(12) + "\", \"to\": \"" + data.consumeString(12)
                + "\", \"place\": \"p\", \"documentation\": \"" + data.consumeString(12) + "\", \"lat\": " + data.consumeDouble()
                + ", \"title\": \"t\", \"summary\": \"s\", \"citations\": [\"" + data.consumeString(40) + "\"]}], \"links\": "
                + data.consumeRemainingAsString() + "}"
                : data.consumeRemainingAsString();
        try {
            KnowledgeFiles.curated(new StringReader(text), "fuzz.json");
        } catch (ImportProblem expected) {
            // refused, naming the place
        }
    }

    @FuzzTest(maxDuration = "10s")
    void named(FuzzedDataProvider data) {
        String text = data.consumeBoolean() ? "{\"formations\": [" + data.consumeRemainingAsString() + "]}" : data.consumeRemainingAsString();
        try {
            KnowledgeFiles.named(new StringReader(text), "fuzz.json");
        } catch (ImportProblem expected) {
            // refused, naming the place
        }
    }

    @FuzzTest(maxDuration = "10s")
    void labels(FuzzedDataProvider data) {
        String label = data.consumeRemainingAsString();
        UnitLabels.junk(label, s -> s.length() % 2 == 0);
        UnitName.parentOf(label);
        UnitName.quotedNames(label);
    }
}
