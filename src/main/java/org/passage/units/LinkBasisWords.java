package org.passage.units;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.web.ReaderNumbers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why an inferred link between a unit and an incident exists, in the reader's words. The inference writes its basis
 * into the link in English ("Inferred: uawardata placed … at … on …, 2.1 km from the incident, 3 days before (…). Rule:
 * …") and links keep it as written, so it is put in words when read, as vetting's machine text is: the sentence's
 * words under {@code units.basis.*} in {@code messages*.properties} (ICU MessageFormat, so Russian plurals of days
 * come out right), what it names (the dataset, the unit, the day, the source record) carried over as written, numbers
 * with the reader's decimal sign. Any other basis (an analyst's note, a curated source's words) stays as written;
 * English readers get it as written.
 */
@Component
public class LinkBasisWords {

    /** The one sentence shape {@code LinkInference.basis} writes. */
    private static final Pattern INFERRED = Pattern.compile("Inferred: (.+?) placed (.+?) at (-?\\d+\\.\\d+) N (-?\\d+\\.\\d+) E on "
            + "(\\d{4}-\\d{2}-\\d{2}), (\\d+\\.\\d+) km from the incident, (?:(during the incident)|(\\d+) days? (before|after)) \\((.*?)\\)\\. "
            + "Rule: ≤ (\\d+) km and ≤ (\\d+) days → PROBABLE, ≤ (\\d+) km and ≤ (\\d+) days → POSSIBLE\\.");

    private final MessageSource messages;

    LinkBasisWords(MessageSource messages) {
        this.messages = messages;
    }

    /** For a page's template: {@code ${@linkBasisWords.in(l.basis)}}, in the page's language. */
    public String in(@Nullable String basis) {
        return in(basis, LocaleContextHolder.getLocale(), messages);
    }

    /** The basis in the reader's words; anything but the inference's own sentence as written. */
    public static String in(@Nullable String basis, Locale locale, MessageSource messages) {
        if (basis == null || basis.isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                || !basis.contains("Inferred: ")) {
            return basis == null ? "" : basis;
        }
        @Nullable String sentence = messages.getMessage("units.basis.inferred", null, null, locale);
        if (sentence == null) {
            return basis;
        }
        Matcher m = INFERRED.matcher(basis);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String when;
            if (m.group(7) != null) {
                when = messages.getMessage("units.basis.during", null, m.group(7), locale);
            } else {
                String pattern = messages.getMessage("units.basis." + m.group(9), null, null, locale);
                when = pattern == null ? m.group(8) + " days " + m.group(9)
                        : new MessageFormat(pattern, locale).format(new Object[] {Long.parseLong(m.group(8))});
            }
            Object[] values = {m.group(1), m.group(2), ReaderNumbers.decimal(m.group(3), 4, locale), ReaderNumbers.decimal(m.group(4), 4, locale), m.group(5),
                    ReaderNumbers.decimal(m.group(6), 1, locale), when, m.group(10), Long.parseLong(m.group(11)), Long.parseLong(m.group(12)),
                    Long.parseLong(m.group(13)), Long.parseLong(m.group(14))};
            m.appendReplacement(out, Matcher.quoteReplacement(new MessageFormat(sentence, locale).format(values)));
        }
        m.appendTail(out);
        return out.toString();
    }

}
