package org.passage.journeys.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language, for pages ({@code ${@countryNames.name(code)}}). */
@Component("countryNames")
class CountryNames {

    /** Where our people usually are, first in the list; then every other country by name. */
    static final List<String> USUAL = List.of("RU", "BY", "KZ", "AM", "KG", "GE", "TR", "RS", "UZ", "TJ", "MN", "AE",
            "FR", "DE");

    public String name(String code) {
        return Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }

    /** "Kazakhstan, Almaty", or the country alone when the city is not known. */
    public String place(String code, String city) {
        return city.isBlank() ? name(code) : name(code) + ", " + city;
    }

    public List<String> usual() {
        return USUAL;
    }

    public List<String> others() {
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        return Stream.of(Locale.getISOCountries()).filter(c -> !USUAL.contains(c))
                .sorted(Comparator.comparing(this::name, collator)).toList();
    }
}
