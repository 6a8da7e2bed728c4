package org.passage.dossier.internal;

import org.passage.geo.Coordinates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A typical dossier with every kind of value a profile may hide, each one easy to look for in the PDF. */
final class DossierFixtures {

    static final String FAMILY_MEMBER = "Иванова Мария Петровна";
    static final String FAMILY_TOWN = "Орёл";
    static final String HIDING_CITY = "Воронеж";
    static final String WITNESS = "Сидоров Пётр";
    static final String WITNESS_LATIN = "Petr Sidorov";
    static final String TELEGRAM = "@ivan_hides_2024";
    static final String STAGE_NOTE = "Safehouse key with Olga";
    static final String ABROAD_CITY = "Shymkent";
    static final String APPLICANT = "Иван Иванович Петров";
    static final String EVIDENCE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final UUID EXPORT = UUID.fromString("0b5e4a1c-7d2f-4e8a-9c3b-1f2e3d4c5b6a");

    /** A two-country map: enough for the SVG and for Batik, no real borders needed. */
    static final String MAP = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"layer":"country","name":"Ukraine"},"geometry":{"type":"Polygon","coordinates":[[[22,45],[40,45],[40,52],[22,52],[22,45]]]}},
             {"type":"Feature","properties":{"layer":"country","name":"Russia"},"geometry":{"type":"MultiPolygon","coordinates":[[[[40,45],[50,45],[50,58],[40,58],[40,45]]]]}},
             {"type":"Feature","properties":{"layer":"occupied","name":"occupied"},"geometry":{"type":"Polygon","coordinates":[[[33,45],[40,45],[40,49],[33,47],[33,45]]]}}]}""";

    private DossierFixtures() {
    }

    static Dossier typical(RedactionProfile profile, DossierLanguage language) {
        var cover = new Dossier.Cover("Ark Demo", "K7QM-2XPD", EXPORT, profile, language, Instant.parse("2026-11-22T10:15:00Z"),
                "Anna Coordinator", "Consulat général de France à Almaty");
        var identity = new Dossier.Identity(APPLICANT, "Ivan Ivanovich Petrov", LocalDate.of(1994, 5, 17),
                List.of("Ivan Petrov"), List.of("ru", "en"), List.of(TELEGRAM, "+7 900 123-45-67"),
                List.of(FAMILY_MEMBER + " (mother), " + FAMILY_TOWN),
                List.of(new Dossier.IdentityEvidence("MILITARY_ID", "Military ID АБ 1234567, photo page", "Lena Caseworker",
                                LocalDate.of(2026, 3, 2), false),
                        new Dossier.IdentityEvidence("WITNESS_STATEMENT", "Statement of " + WITNESS + ", served with him", "Lena Caseworker",
                                LocalDate.of(2026, 3, 9), true)));
        var stages = List.of(new Dossier.Step(null, "FIRST_CONTACT", LocalDate.of(2026, 2, 20), "Wrote through the website"),
                new Dossier.Step("FIRST_CONTACT", "HIDING_IN_RUSSIA", LocalDate.of(2026, 2, 21), STAGE_NOTE),
                new Dossier.Step("HIDING_IN_RUSSIA", "IN_THIRD_COUNTRY", LocalDate.of(2026, 4, 2), "Crossed at Verkhny Lars"),
                new Dossier.Step("IN_THIRD_COUNTRY", "VETTING", LocalDate.of(2026, 6, 1), "Vetting started"));
        var stays = List.of(new Dossier.Stay("RU", HIDING_CITY, LocalDate.of(2026, 2, 21)),
                new Dossier.Stay("KZ", ABROAD_CITY, LocalDate.of(2026, 4, 3)));
        var service = List.of(
                new Dossier.Service(1, "в/ч 12345 (motor rifle regiment)", "driver, private", "Kursk", new Coordinates(51.73, 36.19),
                        "2021-11", "2022-02", "STATEMENT", "his statement of 2026-03-02", false, "russia"),
                new Dossier.Service(2, "в/ч 12345", "driver, private", "Belgorod", new Coordinates(50.6, 36.6),
                        "spring 2022", "2022-09", "WITNESS", WITNESS + " (" + WITNESS_LATIN + "), same company", true, "russia"));
        var findings = List.of(
                new Dossier.Finding("INFO", "Claimed service in Kursk 2021-11..2022-02: Russia at those dates",
                        "The place lies in Russia on every day of the period.", List.of(
                        new Dossier.Evidence(UUID.randomUUID(), "Military ID scan", null, EVIDENCE_SHA, Instant.parse("2026-03-02T09:00:00Z"),
                                "Lena Caseworker", false),
                        new Dossier.Evidence(UUID.randomUUID(), "Witness statement of " + WITNESS_LATIN, null,
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", Instant.parse("2026-03-09T12:00:00Z"),
                                "Lena Caseworker", true))),
                new Dossier.Finding("CONCERN", "Gap of 5 months with no account", "No account of 2022-10..2023-02.", List.of()));
        var decision = new Dossier.Decision("NO_CONCERNS", "Served in Russia only; corroborated by " + WITNESS_LATIN
                + "; no link to incidents. His mother " + FAMILY_MEMBER + " is at risk.",
                "Oleg Analyst", Instant.parse("2026-07-01T08:00:00Z"), "Vera Analyst", Instant.parse("2026-07-02T15:30:00Z"));
        String map = ServiceMap.svg(MAP, service.stream().map(s -> new ServiceMap.Pin(s.number(), s.coordinates())).toList());
        return new Dossier(cover, identity, stages, stays, service, map, LocalDate.of(2021, 11, 1), findings, decision);
    }
}
