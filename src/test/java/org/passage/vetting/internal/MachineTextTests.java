package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MachineTextTests {

    private final MachineText text = new MachineText(messages());

    @Test
    void passagesOwnSourcesAndRecordsAreWrittenInTheReadersLanguage() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(text.in("units knowledge base (units-uawardata, unit-positions-deepstate, installations-rumiloc)", ru))
                .isEqualTo("база знаний о воинских частях (units-uawardata, unit-positions-deepstate, installations-rumiloc)");
        assertThat(text.in("incidents-cir, units knowledge base", ru)).isEqualTo("incidents-cir, база знаний о воинских частях");
        assertThat(text.in("no known unit resolved for \"в/ч 32516, Мурманск\"", ru)).isEqualTo("известная часть для «в/ч 32516, Мурманск» не найдена");
        assertThat(text.in("place Буча 50.54360 N, 30.21200 E; snapshots 2022-03-01 not held 2.1 km; 2022-03-05 held", ru))
                .isEqualTo("место Буча 50.54360 N, 30.21200 E; снимок на 2022-03-01: не оккупировано, до оккупированной зоны 2,1 км; "
                        + "снимок на 2022-03-05: оккупировано");
        assertThat(text.in("screening index (every imported watchlist)", Locale.FRENCH)).isEqualTo("index de criblage (toutes les listes importées)");
        // a screening finding's list, its version and the dataset version it was imported from
        assertThat(text.in("eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e", ru)).isEqualTo("список eu, версия 3, набор данных eu-fsf 2026-12-07 3f2a9c1e");
        assertThat(text.in("screening-test version 1, imported by hand", ru)).isEqualTo("список screening-test, версия 1, импортирован вручную");
    }

    /**
     * An occupation finding's record as runs store it ({@code 2022-03-01 not held 2.1 km}, kept as written): read as
     * written, a lawyer saw "not held 2.1 km" beside a finding that says "occupied" as a contradiction. Every language,
     * English too, now says which snapshot, whether the place was occupied in it and how far the occupied area was.
     */
    @Test
    void anOccupationRecordSaysPlainlyInEveryLanguageWhatEachSnapshotShowed() {
        String stored = "place Херсон 46.63540 N, 32.61690 E; snapshots 2022-03-01 not held 2.1 km; 2022-03-05 held 0.4 km; 2022-04-01 held";
        assertThat(text.in(stored, Locale.ENGLISH)).isEqualTo("place Херсон 46.63540 N, 32.61690 E; snapshot of 2022-03-01: not occupied, "
                + "the occupied area 2.1 km away; snapshot of 2022-03-05: occupied, 0.4 km from the line of contact; snapshot of 2022-04-01: occupied");
        assertThat(text.in(stored, Locale.FRENCH)).isEqualTo("lieu Херсон 46.63540 N, 32.61690 E ; instantané du 2022-03-01 : non occupé, "
                + "la zone occupée à 2,1 km; instantané du 2022-03-05 : occupé, à 0,4 km de la ligne de contact; instantané du 2022-04-01 : occupé");
        assertThat(text.in(stored, Locale.forLanguageTag("ru"))).isEqualTo("место Херсон 46.63540 N, 32.61690 E; снимок на 2022-03-01: "
                + "не оккупировано, до оккупированной зоны 2,1 км; снимок на 2022-03-05: оккупировано, 0,4 км от линии соприкосновения; "
                + "снимок на 2022-04-01: оккупировано");
        for (Locale reader : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru")}) {
            assertThat(text.in(stored, reader)).as(reader.toString()).doesNotContain("held", "not held");
        }
    }

    /** Fail closed: a place no snapshot answered for is never worded as if one had, in any language. */
    @Test
    void notCheckedStaysNotChecked() {
        String none = "place Херсон 46.63540 N, 32.61690 E; no snapshot read";
        assertThat(text.in(none, Locale.ENGLISH)).isEqualTo(none);
        assertThat(text.in(none, Locale.FRENCH)).isEqualTo("lieu Херсон 46.63540 N, 32.61690 E ; aucun instantané lu");
        assertThat(text.in(none, Locale.forLanguageTag("ru"))).isEqualTo("место Херсон 46.63540 N, 32.61690 E; снимки не прочитаны");
        String unchecked = "not checked 2025-01-01..2025-03-01: no occupation data for these dates";
        assertThat(text.in(unchecked, Locale.ENGLISH)).isEqualTo(unchecked);
        for (Locale reader : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru")}) {
            assertThat(text.in(none, reader)).as(reader.toString()).doesNotContainIgnoringCase("not occupied").doesNotContain("non occupé", "не оккупировано");
        }
    }

    @Test
    void theGeoEnginesNotesNameTheCountryInTheReadersLanguage() {
        assertThat(text.in("inside the outline of Russia (Natural Earth 1:10m): occupation of Ukraine not checked", Locale.forLanguageTag("ru")))
                .isEqualTo("внутри контура страны Россия (Natural Earth 1:10m): оккупация Украины не проверялась");
    }

    @Test
    void englishReadersAndTextPassageDidNotWriteGetItAsWritten() {
        String written = "units knowledge base (existence dates)";
        assertThat(text.in(written, Locale.ENGLISH)).isSameAs(written);
        String record = "CIR-1234 Mass grave found near the church (https://example.org/a)";
        assertThat(text.in(record, Locale.forLanguageTag("ru"))).isEqualTo(record);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
