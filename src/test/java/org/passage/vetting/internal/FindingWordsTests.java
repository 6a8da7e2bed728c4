package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.geo.Coordinates;
import org.passage.screening.CaseScreeningResults;
import org.passage.units.IncidentRecord;
import org.passage.units.NearbyIncident;
import org.passage.vetting.internal.Phrase.Arg;
import tools.jackson.databind.json.JsonMapper;

/** Findings kept as codes and arguments, written in Russian, English and French; old English findings still shown. */
class FindingWordsTests {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final FindingWords words = FindingWords.fromBundles();

    @Test
    void oneStoredFindingIsWrittenInTheReadersLanguageWithItsPlacesDatesAndDistances() {
        var p = new ServicePeriod(UUID.randomUUID(), new CaseId(UUID.randomUUID()), new ServiceClaim("64 омсбр", "", "Буча", "", 50.5436,
                30.212, "2022-03", "", "", false, "", null), null, ClaimedDates.of("2022-03", "", LocalDate.of(2026, 12, 1)),
                SourceKind.STATEMENT, java.time.Instant.now(), UUID.randomUUID());
        var incident = new NearbyIncident(UUID.randomUUID(), new IncidentRecord("analyst", "A-7"), "Killings on Yablunska street", "Bucha",
                new Coordinates(50.54, 30.22), LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 31), "", List.of("https://www.ohchr.org/x"),
                NearbyIncident.Documentation.ESTABLISHED, 0.84);
        var drafts = new FindingRules(3).apply(List.of(new PeriodFacts(p, null, "no coordinates", null, List.of(), List.of(),
                List.of(incident))), new CaseScreeningResults.Results(true, List.of()));
        Finding.Draft found = drafts.stream().filter(d -> d.kind().equals("place-incident")).findFirst().orElseThrow();

        assertThat(words.write(found.title(), Locale.ENGLISH))
                .isEqualTo("Documented incident 0.8 km from Буча during his claimed service: Killings on Yablunska street (2022-03-04..2022-03-31)");
        assertThat(words.write(found.title(), RU))
                .isEqualTo("Задокументированный инцидент в 0,8 км от Буча во время заявленной службы: Killings on Yablunska street (2022-03-04..2022-03-31)");
        assertThat(words.write(found.title(), Locale.FRENCH))
                .isEqualTo("Incident documenté à 0,8 km de Буча pendant son service déclaré : Killings on Yablunska street (2022-03-04..2022-03-31)");
        assertThat(words.write(found.explanation(), RU)).contains("установлен (analyst A-7)", "2022-03-01..2022-03-31", "Источники: https://www.ohchr.org/x");
        assertThat(words.write(found.explanation(), Locale.FRENCH)).contains("Être là n’est pas participer", "Sources : https://www.ohchr.org/x");
    }

    @Test
    void russianPluralsFollowTheNumber() {
        for (var n : Map.of(1L, "1 возможный инцидент", 3L, "3 возможных инцидента", 5L, "5 возможных инцидентов", 21L, "21 возможный инцидент").entrySet()) {
            Phrase title = Phrase.of("finding.unit-incident-leads.title", Arg.count(n.getKey()), Arg.text("64 ОМСБр"),
                    Arg.span(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)));
            assertThat(words.write(title, RU)).startsWith(n.getValue());
        }
        assertThat(words.write(Phrase.of("finding.gap.title", Arg.count(1), Arg.span(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))),
                Locale.ENGLISH)).isEqualTo("Gap of 1 month with no account (2021-01-01..2021-01-31)");
    }

    @Test
    void manualAndOldEnglishFindingsAreShownAsWritten() throws Exception {
        var json = JsonMapper.builder().build();
        // a finding sealed before phrases existed: English text, no phrases
        var old = json.readValue("{\"title\":\"Claimed service in Bucha 2022-03-01..2022-03-31: occupied Ukraine at those dates\","
                + "\"explanation\":\"Bucha lay in Russian-occupied Ukraine for the whole period.\",\"inputs\":{\"status\":\"occupied-ukraine\"}}",
                FindingLog.Body.class);
        assertThat(words.write(old.titleOrText(), RU)).isEqualTo("Claimed service in Bucha 2022-03-01..2022-03-31: occupied Ukraine at those dates");
        assertThat(words.write(old.explanationOrText(), Locale.FRENCH)).isEqualTo("Bucha lay in Russian-occupied Ukraine for the whole period.");

        // a new one round-trips its phrases through the sealed JSON
        Phrase title = Phrase.of("finding.territory-russia.title", Arg.text("Воронеж"), Arg.span(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        var body = json.readValue(json.writeValueAsString(new FindingLog.Body(null, null, Map.of(), title, Phrase.literal("{as he wrote it}"))),
                FindingLog.Body.class);
        assertThat(words.write(body.titleOrText(), RU)).isEqualTo("Заявленная служба: Воронеж, 2021-01-01..2021-12-31 — в России");
        assertThat(words.write(body.explanationOrText(), RU)).isEqualTo("{as he wrote it}");

        Finding manual = Finding.written("CONCERN", "Свидетель видел его в Ирпене", "Показания от 2026-11-02.", UUID.randomUUID(), java.time.Instant.now());
        assertThat(words.shown(manual, Locale.ENGLISH).title()).isEqualTo("Свидетель видел его в Ирпене");
    }

    @Test
    void aCodeMissingEverywhereIsStillShownWithItsArguments() {
        assertThat(words.write(Phrase.of("finding.no-such-kind.title", Arg.text("Bucha")), Locale.ENGLISH))
                .isEqualTo("finding.no-such-kind.title (Bucha)");
    }

    @Test
    void everyFindingMessageExistsInRussianEnglishAndFrenchAndIsAValidPattern() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        Properties fr = load("messages_fr.properties");
        Set<String> codes = en.stringPropertyNames().stream().filter(k -> k.startsWith("finding.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).hasSizeGreaterThan(60);
        assertThat(ru.stringPropertyNames().stream().filter(k -> k.startsWith("finding.")).collect(Collectors.toSet())).isEqualTo(codes);
        assertThat(fr.stringPropertyNames().stream().filter(k -> k.startsWith("finding.")).collect(Collectors.toSet())).isEqualTo(codes);
        for (String code : codes) {
            for (var file : List.of(en, ru, fr)) {
                new MessageFormat(file.getProperty(code), Locale.ROOT); // throws on a broken pattern
            }
        }
    }

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = FindingWordsTests.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
