package org.passage.watchlists.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * Every parser, fed arbitrary bytes, either reads entities that pass the entity rules or fails with
 * {@link InvalidWatchlistInput}; any other exception (or a hang) is a bug. Without JAZZER_FUZZ=1 each test
 * replays its seeds once; with it, each fuzzes for its maxDuration.
 */
class ImporterFuzzTests {

    private static InputStreamReader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void expectOnlyInvalidInput(EntitySource source) {
        try {
            source.read(EntityRules::check);
        } catch (InvalidWatchlistInput expected) {
            if (expected.getMessage() == null || expected.location().isEmpty()) {
                throw new AssertionError("an error must say where", expected);
            }
        }
    }

    @FuzzTest(maxDuration = "20s")
    void ftmLines(byte[] data) {
        expectOnlyInvalidInput(new FtmLines(utf8(data), "fuzz.json"));
    }

    @FuzzTest(maxDuration = "20s")
    void ofacLegacyCsv(FuzzedDataProvider data) {
        byte[] alt = data.consumeBytes(data.remainingBytes() / 3);
        byte[] sdn = data.consumeRemainingAsBytes();
        expectOnlyInvalidInput(new OfacLegacyCsv(utf8(sdn), "sdn.csv", utf8(alt), null, null, "fuzz"));
    }

    @FuzzTest(maxDuration = "20s")
    void ofacJson(byte[] data) {
        expectOnlyInvalidInput(new OfacJson(new ByteArrayInputStream(data), "fuzz.json", "fuzz"));
    }

    @FuzzTest(maxDuration = "20s")
    void unXml(byte[] data) {
        expectOnlyInvalidInput(new UnConsolidatedXml(new ByteArrayInputStream(data), "fuzz.xml", "fuzz"));
    }

    @FuzzTest(maxDuration = "20s")
    void ukCsv(byte[] data) {
        expectOnlyInvalidInput(new UkSanctionsCsv(utf8(data), "fuzz.csv", "fuzz"));
    }

    @FuzzTest(maxDuration = "20s")
    void euCsv(byte[] data) {
        expectOnlyInvalidInput(new EuJournalCsv(utf8(data), "fuzz.csv", "fuzz"));
    }

    @FuzzTest(maxDuration = "20s")
    void mappedCsv(byte[] data) {
        var mapping = new ColumnMapping("id", "Person", null, java.util.Map.of(), ',', ";",
                java.util.Map.of("name", java.util.List.of("name"), "alias", java.util.List.of("alias")));
        expectOnlyInvalidInput(new MappedCsv(utf8(data), "fuzz.csv", mapping, "fuzz"));
    }
}
