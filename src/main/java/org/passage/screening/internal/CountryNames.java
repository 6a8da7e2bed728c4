package org.passage.screening.internal;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of the world's countries in the languages sanctions lists write organisations' names in, from the Unicode
 * Common Locale Data Repository as ICU4J ships it (the territory names of each language's locale data): Schweiz,
 * Suisse, Svizzera, Швейцария and سويسرا are Switzerland. Lists write a company's country in the language of its
 * register (Gazprombank Schweiz AG) and in English (Gazprombank (Switzerland) Ltd); read as one term, the two agree.
 * A name of one word only (Russian Federation, United States are several words and stay words of their own); a
 * Cyrillic name as a stem, so that its cases (Швейцарии, Украины) are read too. The terms are distinctive and translated
 * between organisations' names only ({@link OrgTerms}'s "?" kind): Jordan, Chad and Israel are also people's names.
 */
final class CountryNames {

    /** The languages read: those of the lists' organisation names written in Latin, Cyrillic or Arabic letters. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "tr", "pl", "ro", "ru", "uk", "be", "bg", "sr",
            "ar", "fa");
    /** Cyrillic letters a country's stem keeps at the least (Иран-, not Чад- or Мали-, which stay whole words). */
    static final int MIN_STEM = 4;

    private CountryNames() {
    }

    /** Each country's English name (upper case) with its one-word names in every language, stems marked with "-". */
    static Map<String, List<String>> names() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<ULocale> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            languages.add(ULocale.forLanguageTag(language));
        }
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            String english = country.getDisplayCountry(ULocale.ENGLISH);
            if (english.isEmpty() || english.equals(code)) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (ULocale language : languages) {
                String name = country.getDisplayCountry(language).toLowerCase(Locale.ROOT);
                if (name.isEmpty() || name.equalsIgnoreCase(code) || !name.codePoints().allMatch(Character::isLetter)) {
                    continue; // several words, a hyphen or a bracket: not one word of a name
                }
                words.add(Scripts.of(name).equals(Scripts.CYRILLIC) ? stem(name) : name);
            }
            if (!words.isEmpty()) {
                out.put(english.toUpperCase(Locale.ROOT).replace(' ', '_'), List.copyOf(words));
            }
        }
        return out;
    }

    /** A Cyrillic country name as a stem that its case endings follow: швейцари- for Швейцария, украин- for Украина. */
    static String stem(String name) {
        String stem = name;
        char last = name.charAt(name.length() - 1);
        if ("аяоеьй".indexOf(last) >= 0) {
            stem = name.substring(0, name.length() - 1);
        }
        return stem.length() >= MIN_STEM ? stem + "-" : name;
    }
}
