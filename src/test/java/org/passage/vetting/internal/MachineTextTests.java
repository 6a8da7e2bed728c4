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
                .isEqualTo("место Буча 50.54360 N, 30.21200 E; снимки 2022-03-01 не оккупировано 2,1 км; 2022-03-05 оккупировано");
        assertThat(text.in("screening index (every imported watchlist)", Locale.FRENCH)).isEqualTo("index de criblage (toutes les listes importées)");
        // a screening finding's list, its version and the dataset version it was imported from
        assertThat(text.in("eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e", ru)).isEqualTo("список eu, версия 3, набор данных eu-fsf 2026-12-07 3f2a9c1e");
        assertThat(text.in("screening-test version 1, imported by hand", ru)).isEqualTo("список screening-test, версия 1, импортирован вручную");
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
