package org.passage.dossier.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages a dossier is written in: those of the consulates our organizations deal with. */
public enum DossierLanguage {
    EN(Locale.ENGLISH), FR(Locale.FRENCH);

    private final Locale locale;

    DossierLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "en" or "fr" (any case); anything else is refused with the list of languages. */
    public static DossierLanguage parse(String code) {
        String wanted = code == null ? "" : code.strip();
        for (DossierLanguage language : values()) {
            if (language.name().equalsIgnoreCase(wanted)) {
                return language;
            }
        }
        String known = Arrays.stream(values()).map(DossierLanguage::code).collect(Collectors.joining(", "));
        throw new DossierRefused("language", "dossier.error.language", "unknown dossier language '" + shorten(wanted)
                + "': a dossier is written in " + known, known);
    }

    static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
