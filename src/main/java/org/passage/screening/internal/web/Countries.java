package org.passage.screening.internal.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Country values as yente cleans them (FollowTheMoney's country type): "Russia", "Russian Federation", "RUS",
 * "Россия" and "ru" are all {@code ru}; a value that names no country is dropped, as yente drops it. Built from the
 * JDK's ISO 3166 tables in English, Russian, Ukrainian, French and German, plus the names sanctions lists use that
 * the JDK spells otherwise. Pure: no Spring, no I/O.
 */
final class Countries {

    /** The properties of the country type that a query or a listed entity may carry. */
    static final java.util.Set<String> PROPERTIES = java.util.Set.of("country", "nationality", "citizenship", "jurisdiction",
            "birthCountry", "mainCountry", "flag", "buildCountry", "registrationCountry");

    private static final Map<String, String> CODES = codes();

    private Countries() {
    }

    /** The ISO code in lower case ("ru"), or empty when the value names no country. */
    static Optional<String> code(String value) {
        return Optional.ofNullable(CODES.get(key(value)));
    }

    /** The entity with its country values as codes; a value that names no known country is kept as it is. */
    static org.passage.watchlists.ListedEntity coded(org.passage.watchlists.ListedEntity entity) {
        if (PROPERTIES.stream().noneMatch(entity.properties()::containsKey)) {
            return entity;
        }
        var properties = new java.util.LinkedHashMap<>(entity.properties());
        for (String property : PROPERTIES) {
            var values = entity.values(property);
            if (!values.isEmpty()) {
                properties.put(property, values.stream().map(v -> code(v).orElse(v)).distinct().toList());
            }
        }
        return new org.passage.watchlists.ListedEntity(entity.id(), entity.schema(), entity.caption(), properties, entity.dataset());
    }

    private static String key(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.,'’()-]+", " ").strip();
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.of("ru"), Locale.of("uk"), Locale.FRENCH, Locale.GERMAN};
        for (String iso : Locale.getISOCountries()) {
            String code = iso.toLowerCase(Locale.ROOT);
            Locale country = Locale.of("", iso);
            put(codes, iso, code);
            put(codes, country.getISO3Country(), code);
            for (Locale language : languages) {
                put(codes, country.getDisplayCountry(language), code);
            }
        }
        String[][] aliases = {{"russian federation", "ru"}, {"ussr", "su"}, {"soviet union", "su"}, {"usa", "us"},
                {"united states of america", "us"}, {"uk", "gb"}, {"great britain", "gb"}, {"england", "gb"},
                {"north korea", "kp"}, {"dprk", "kp"}, {"democratic people s republic of korea", "kp"}, {"south korea", "kr"},
                {"republic of korea", "kr"}, {"iran islamic republic of", "ir"}, {"islamic republic of iran", "ir"},
                {"syrian arab republic", "sy"}, {"moldova republic of", "md"}, {"republic of moldova", "md"}, {"belorussia", "by"},
                {"byelorussia", "by"}, {"venezuela bolivarian republic of", "ve"}, {"burma", "mm"}, {"ivory coast", "ci"},
                {"czech republic", "cz"}, {"turkey", "tr"}, {"türkiye", "tr"}, {"vietnam", "vn"}, {"viet nam", "vn"},
                {"laos", "la"}, {"lao people s democratic republic", "la"}, {"palestine", "ps"}, {"kosovo", "xk"},
                {"crimea", "ua-cri"}, {"uae", "ae"}, {"macedonia", "mk"}, {"north macedonia", "mk"}, {"eswatini", "sz"},
                {"swaziland", "sz"}, {"cape verde", "cv"}, {"east timor", "tl"}, {"holy see", "va"}, {"vatican", "va"},
                {"congo democratic republic of the", "cd"}, {"democratic republic of the congo", "cd"}, {"drc", "cd"},
                {"republic of the congo", "cg"}, {"tanzania united republic of", "tz"}, {"bolivia plurinational state of", "bo"},
                {"taiwan province of china", "tw"}, {"hong kong sar", "hk"}, {"macau", "mo"}, {"zz", "zz"}};
        for (String[] alias : aliases) {
            put(codes, alias[0], alias[1]);
        }
        return Map.copyOf(codes);
    }

    private static void put(Map<String, String> codes, @Nullable String name, String code) {
        if (name != null && !name.isBlank()) {
            codes.putIfAbsent(key(name), code);
        }
    }
}
