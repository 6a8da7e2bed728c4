package org.passage.dossier.internal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the dossier prints them: ISO days (unambiguous for any reader) and UTC times. */
public final class DossierText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DossierLanguage language;

    DossierText(DossierLanguage language) {
        this.language = language;
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    public String time(@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** A country's name in the dossier's language, e.g. "KZ" → "Kazakhstan". */
    public String country(String code) {
        String name = Locale.of("", code).getDisplayCountry(language.locale());
        return name.isBlank() ? code : name;
    }

    /** A SHA-256 in groups of eight, so it wraps in a table cell and can be read aloud. */
    public String hash(String sha256) {
        if (sha256.isBlank()) {
            return "—";
        }
        return String.join(" ", sha256.split("(?<=\\G.{8})"));
    }
}
