package org.passage.vetting.internal;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.units.LinkBasisWords;
import org.passage.web.ReaderNumbers;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes stored {@link Phrase}s in a reader's language (ru, en, fr: {@code messages*.properties}, the finding
 * patterns being ICU MessageFormat, so Russian plurals and French apostrophes come out right). Days stay ISO, as
 * everywhere in Passage; kilometres and scores use the reader's decimal sign. A code missing from every file is
 * written as the code and its arguments — never dropped, since a finding must not disappear from the page.
 */
@Component
public class FindingWords {

    private static final String GEO_NOTES = "finding.part.notes";

    private final MessageSource messages;
    private final MachineText machine;

    FindingWords(MessageSource messages) {
        this.messages = messages;
        this.machine = new MachineText(messages);
    }

    /** The words of the application's own message files, outside Spring (the evaluation, tests). */
    static FindingWords fromBundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new FindingWords(source);
    }

    /** The finding's title and explanation in the reader's language. */
    Shown shown(Finding f, Locale locale) {
        return new Shown(write(f.title(), locale), write(f.explanation(), locale));
    }

    record Shown(String title, String explanation) {
        @Override
        public String toString() {
            return "Shown[REDACTED]";
        }
    }

    /** The words of one reader, for a page's template: {@code say.title(f)}, {@code say.explanation(f)}. */
    public In in(Locale locale) {
        return new In(this, locale);
    }

    public record In(FindingWords words, Locale locale) {
        public String title(Finding f) {
            return words.write(f.title(), locale);
        }

        public String explanation(Finding f) {
            return words.write(f.explanation(), locale);
        }

        /** The datasets a finding rests on, Passage's own words about them in the reader's language. */
        public String dataset(Finding f) {
            return words.dataset(f, locale);
        }

        /** The record in them, Passage's own words in the reader's language, the dataset's as written. */
        public String record(Finding f) {
            return words.record(f, locale);
        }

        /** Any other text Passage wrote in English into a run (the map's caption), in the reader's words. */
        public String machine(String written) {
            return words.machine.in(written, locale);
        }
    }

    String dataset(Finding f, Locale locale) {
        return machine.in(f.inputs().get(FindingSources.DATASET), locale);
    }

    String record(Finding f, Locale locale) {
        return machine.in(f.inputs().get(FindingSources.RECORD), locale);
    }

    String machine(String written, Locale locale) {
        return machine.in(written, locale);
    }

    String write(Phrase phrase, Locale locale) {
        if (phrase.isLiteral()) {
            // a person's words as written; only the basis an inferred unit link carries is Passage's own sentence
            return phrase.args().isEmpty() ? "" : LinkBasisWords.in(phrase.args().getFirst().value(), locale, messages);
        }
        Object[] values = phrase.args().stream().map(a -> value(a, locale)).toArray();
        if (phrase.code().equals(GEO_NOTES)) {
            // the geo engine's notes on the place are its own English sentences, stored as one text
            values = java.util.Arrays.stream(values).map(v -> v instanceof String text ? machine.in(text, locale) : v).toArray();
        }
        @Nullable String pattern = messages.getMessage(phrase.code(), null, null, locale);
        if (pattern == null) {
            return phrase.code() + java.util.Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", ", " (", ")"));
        }
        return new MessageFormat(pattern, locale).format(values).strip();
    }

    private Object value(Phrase.Arg a, Locale locale) {
        return switch (a.type()) {
            case TEXT, DATE -> a.value();
            case SPAN -> {
                String[] ends = a.value().split("\\.\\.", 2);
                yield ends.length < 2 || ends[0].equals(ends[1]) ? ends[0] : ends[0] + ".." + ends[1];
            }
            case KM -> ReaderNumbers.decimal(a.value(), 1, locale);
            case SCORE -> ReaderNumbers.decimal(a.value(), 2, locale);
            case COUNT -> Long.parseLong(a.value());
            case PHRASE -> a.phrases().isEmpty() ? "" : write(a.phrases().getFirst(), locale);
            case SENTENCES -> a.phrases().stream().map(p -> write(p, locale)).filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
            case ITEMS -> a.phrases().stream().map(p -> write(p, locale)).filter(s -> !s.isBlank()).collect(Collectors.joining("; "));
        };
    }

}
