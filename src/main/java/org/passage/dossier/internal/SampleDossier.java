package org.passage.dossier.internal;

import org.jspecify.annotations.Nullable;
import org.passage.dossier.DossierVerification;
import org.passage.geo.Coordinates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A typical dossier about a fictional applicant (three service periods, six findings with a dozen evidence
 * items, a journey of six stages), for {@code passage bench dossier}: what a consulate usually receives.
 */
public final class SampleDossier {

    private SampleDossier() {
    }

    /** {@code mapLayers} is the GeoJSON of {@link org.passage.geo.Territory#mapLayers} or null for no map. */
    public static Dossier typical(RedactionProfile profile, DossierLanguage language, @Nullable String mapLayers) {
        Instant at = Instant.parse("2026-07-02T15:30:00Z");
        var cover = new Dossier.Cover("Ark Demo", "K7QM-2XPD", UUID.randomUUID(), profile, language, at, "Anna Koval",
                "Consulate General of France in Almaty");
        var identity = new Dossier.Identity("Сергей Андреевич Волков", "Sergei Andreevich Volkov", LocalDate.of(1996, 2, 11),
                List.of("Серёжа Волков"), List.of("ru", "en"), List.of("@volkov_s", "+7 912 000-00-00"),
                List.of("Волкова Наталья (mother), Тамбов", "Волков Андрей (father), Тамбов"),
                List.of(new Dossier.IdentityEvidence("MILITARY_ID", "Military ID АК 0011223, pages 1-5", "Lena Caseworker", LocalDate.of(2026, 3, 2), false),
                        new Dossier.IdentityEvidence("INTERNAL_PASSPORT_COPY", "Photo of the internal passport, 2019", "Lena Caseworker",
                                LocalDate.of(2026, 3, 2), false),
                        new Dossier.IdentityEvidence("WITNESS_STATEMENT", "Statement of Иван Смирнов, served with him", "Lena Caseworker",
                                LocalDate.of(2026, 3, 9), true)));
        String[] stages = {"FIRST_CONTACT", "HIDING_IN_RUSSIA", "CROSSING", "IN_THIRD_COUNTRY", "VETTING", "VISA_APPLIED"};
        List<Dossier.Step> steps = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            steps.add(new Dossier.Step(i == 0 ? null : stages[i - 1], stages[i], LocalDate.of(2026, 2, 1).plusWeeks(3L * i), "note " + i));
        }
        var stays = List.of(new Dossier.Stay("RU", "Тамбов", LocalDate.of(2026, 2, 1)), new Dossier.Stay("KZ", "Almaty", LocalDate.of(2026, 3, 20)));
        var service = List.of(
                new Dossier.Service(1, "в/ч 12345 (motor rifle regiment)", "driver, private", "Tambov", new Coordinates(52.72, 41.45),
                        "2021-05", "2021-12", "DOCUMENT", "military ID, pages 3-4", false, "russia"),
                new Dossier.Service(2, "в/ч 12345", "driver, private", "Valuyki", new Coordinates(50.21, 38.1), "2022-01", "spring 2022",
                        "STATEMENT", "his statement of 2026-03-02", false, "russia"),
                new Dossier.Service(3, "в/ч 12345", "driver, private", "Belgorod", new Coordinates(50.6, 36.6), "2022-06", "2022-09",
                        "WITNESS", "Иван Смирнов, same company", true, "russia"));
        List<Dossier.Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            List<Dossier.Evidence> evidence = new ArrayList<>();
            for (int j = 0; j < 2; j++) {
                evidence.add(new Dossier.Evidence(UUID.randomUUID(), "Item " + i + "." + j, j == 0 ? null : "https://example.org/archive/" + i,
                        DossierVerification.sha256(("item" + i + j).getBytes(java.nio.charset.StandardCharsets.UTF_8)), at.minusSeconds(86400L * i),
                        "Lena Caseworker", j == 1 && i % 3 == 0));
            }
            findings.add(new Dossier.Finding(i % 3 == 0 ? "CONCERN" : "INFO", "Finding " + i + ": claimed service checked against the map",
                    "The claimed places lie in Russia on every day of the periods; no incident is linked to the unit during them.", evidence));
        }
        var pins = service.stream().map(s -> new ServiceMap.Pin(s.number(), s.coordinates())).toList();
        String map = mapLayers == null ? null : ServiceMap.svg(mapLayers, pins);
        return new Dossier(cover, identity, steps, stays, service, map, map == null ? null : LocalDate.of(2021, 5, 1), findings,
                new Dossier.Decision("NO_CONCERNS", "Served in Russia only, corroborated by a witness and documents; no link to incidents.",
                        "Oleg Analyst", at.minusSeconds(86400), "Vera Analyst", at));
    }
}
