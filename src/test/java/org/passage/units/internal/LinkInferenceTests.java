package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.units.UnitIncidentView.Confidence;

class LinkInferenceTests {

    private final UUID brigade = UUID.randomUUID();
    private final UUID regiment = UUID.randomUUID();
    private final UUID bucha = UUID.randomUUID();

    @Test
    void aUnitTwoKilometresAwayTwoDaysBeforeIsProbablyLinked() {
        // uawardata: the 64th brigade at 50.5428 N 30.1843 E on 2022-03-31; Bellingcat CIV0628 in Bucha on 2022-04-02
        var inference = new LinkInference(List.of(
                position(brigade, "64th Separate Motorized Rifle Brigade", "2022-03-31", 50.5428, 30.1843),
                position(brigade, "64th Separate Motorized Rifle Brigade", "2022-04-01", 52.0247, 29.1907),
                position(regiment, "104th Guards Air Assault Regiment", "2022-03-27", 50.492187, 30.166542)));
        List<LinkInference.Link> links = inference.linksFor(new LinkInference.Place(bucha, LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 2),
                50.5436, 30.2120));

        // the 104th, 6.6 km away six days before, is only possibly linked; the brigade's other position is in Belarus
        assertThat(links).hasSize(2);
        assertThat(links).filteredOn(l -> l.unitId().equals(regiment)).singleElement()
                .extracting(LinkInference.Link::confidence).isEqualTo(Confidence.POSSIBLE);
        LinkInference.Link link = links.stream().filter(l -> l.unitId().equals(brigade)).findFirst().orElseThrow();
        assertThat(link.unitId()).isEqualTo(brigade);
        assertThat(link.confidence()).isEqualTo(Confidence.PROBABLE);
        assertThat(link.distanceKm()).isBetween(1.8, 2.2);
        assertThat(link.basis()).contains("uawardata placed 64th Separate Motorized Rifle Brigade", "on 2022-03-31", "2.0 km",
                "2 days before", "uawardata: units_all.csv line 2");
    }

    /** The basis is stored in English as written; a Russian or French reader reads it in his words, what it names as written. */
    @Test
    void theBasisOfAnInferredLinkIsReadInThePagesLanguage() {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var incident = new LinkInference.Place(bucha, LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 2), 50.5436, 30.2120);
        String basis = LinkInference.basis(position(brigade, "64th Separate Motorized Rifle Brigade", "2022-03-31", 50.5428, 30.1843),
                2.04, incident);
        String russian = org.passage.units.LinkBasisWords.in(basis, Locale.forLanguageTag("ru"), messages);
        assertThat(russian).startsWith("Выведено: по данным uawardata часть 64th Separate Motorized Rifle Brigade находилась 2022-03-31 в точке 50,5428 с. ш.")
                .contains("2022-03-31", "в 2,0 км от места инцидента", "за 2 дня до него", "(uawardata: units_all.csv line 2)", "≤ 3 дней → вероятна")
                .doesNotContain("Inferred", "placed", "days before", "PROBABLE");
        assertThat(org.passage.units.LinkBasisWords.in(basis, Locale.FRENCH, messages)).startsWith("Déduit : selon uawardata")
                .contains("2 jours avant");
        assertThat(org.passage.units.LinkBasisWords.in(basis, Locale.ENGLISH, messages)).isEqualTo(basis);
        // a source named in two words, as uawardata's battalion groups are ("uawardata BTG: …")
        String group = LinkInference.basis(new LinkInference.Position(brigade, "64th Separate Motorized Rifle Brigade", LocalDate.of(2022, 3, 31),
                50.5349, 30.1809, "uawardata BTG: btg.csv line 7"), 3.9, incident);
        assertThat(org.passage.units.LinkBasisWords.in(group, Locale.forLanguageTag("ru"), messages))
                .startsWith("Выведено: по данным uawardata BTG часть 64th Separate Motorized Rifle Brigade").doesNotContain("Inferred");
        // an analyst's note, or a curated source's words, stay as written
        assertThat(org.passage.units.LinkBasisWords.in("Curated: Bellingcat, 2022", Locale.forLanguageTag("ru"), messages))
                .isEqualTo("Curated: Bellingcat, 2022");
    }

    @Test
    void fartherOrLaterIsOnlyPossibleAndBeyondTheWindowNothing() {
        var inference = new LinkInference(List.of(position(regiment, "104th", "2022-03-27", 50.492187, 30.166542)));
        // 6.7 km and 5 days: possible
        assertThat(inference.linksFor(new LinkInference.Place(bucha, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1), 50.5436, 30.2120)))
                .singleElement().extracting(LinkInference.Link::confidence).isEqualTo(Confidence.POSSIBLE);
        // 8 days later: none
        assertThat(inference.linksFor(new LinkInference.Place(bucha, LocalDate.of(2022, 4, 4), LocalDate.of(2022, 4, 4), 50.5436, 30.2120)))
                .isEmpty();
        // a date range containing the position counts as 0 days
        assertThat(inference.linksFor(new LinkInference.Place(bucha, LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 31), 50.5436, 30.2120)))
                .singleElement().extracting(LinkInference.Link::basis).asString().contains("during the incident");
        // Kyiv centre, ~25 km: none
        assertThat(inference.linksFor(new LinkInference.Place(bucha, LocalDate.of(2022, 3, 27), LocalDate.of(2022, 3, 27), 50.4501, 30.5234)))
                .isEmpty();
    }

    @Test
    void distancesAreGreatCircle() {
        assertThat(LinkInference.kilometres(50.4501, 30.5234, 55.7558, 37.6173)).isBetween(750.0, 760.0);
    }

    private static LinkInference.Position position(UUID unit, String name, String date, double lat, double lon) {
        return new LinkInference.Position(unit, name, LocalDate.parse(date), lat, lon, "uawardata: units_all.csv line 2");
    }
}
