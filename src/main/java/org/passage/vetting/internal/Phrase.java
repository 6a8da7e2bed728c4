package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sentence of a finding as stored: a message code (a key of {@code messages*.properties}, an ICU MessageFormat
 * pattern) and its typed arguments — places, unit names, dates, distances, counts, records, or further phrases —
 * so that {@link FindingWords} writes it in the reader's language, on the page and in the dossier, long after the run.
 * {@link #literal} holds text written by a person (manual findings, findings stored before phrases existed): it is
 * shown as written. Personal data: {@link #toString()} is redacted.
 */
public record Phrase(String code, List<Arg> args) {

    /** The code of a phrase that is shown as written. */
    static final String LITERAL = "literal";

    public Phrase {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a phrase needs a message code");
        }
        args = List.copyOf(args);
    }

    static Phrase of(String code, Arg... args) {
        return new Phrase(code, List.of(args));
    }

    /** Text a person wrote (or an old finding's English text): shown as it is, in every language. */
    static Phrase literal(String text) {
        return new Phrase(LITERAL, List.of(Arg.text(text)));
    }

    boolean isLiteral() {
        return LITERAL.equals(code);
    }

    /**
     * One argument. {@code type} says how it is written: as it is ({@code TEXT}: a place, a unit, a record id, a link),
     * an ISO day, a span of days, kilometres or a score in the reader's number format, a count (for plural forms), a
     * nested phrase, or phrases joined as sentences or as a list.
     */
    public record Arg(Type type, String value, List<Phrase> phrases) {

        public enum Type { TEXT, DATE, SPAN, KM, COUNT, SCORE, PHRASE, SENTENCES, ITEMS }

        public Arg {
            Objects.requireNonNull(type, "type");
            value = value == null ? "" : value;
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
        }

        static Arg text(@Nullable String text) {
            return new Arg(Type.TEXT, text == null ? "" : text, List.of());
        }

        static Arg date(LocalDate day) {
            return new Arg(Type.DATE, day.toString(), List.of());
        }

        static Arg span(LocalDate from, LocalDate to) {
            return new Arg(Type.SPAN, from + ".." + to, List.of());
        }

        static Arg km(double km) {
            return new Arg(Type.KM, String.valueOf(km), List.of());
        }

        static Arg count(long n) {
            return new Arg(Type.COUNT, String.valueOf(n), List.of());
        }

        static Arg score(double score) {
            return new Arg(Type.SCORE, String.valueOf(score), List.of());
        }

        static Arg phrase(Phrase phrase) {
            return new Arg(Type.PHRASE, "", List.of(phrase));
        }

        /** Nothing (an empty sentence) when the phrase is absent. */
        static Arg optional(@Nullable Phrase phrase) {
            return phrase == null ? text("") : phrase(phrase);
        }

        /** Phrases written one after the other as sentences (empty ones left out). */
        static Arg sentences(List<@Nullable Phrase> phrases) {
            List<Phrase> kept = new ArrayList<>();
            phrases.stream().filter(Objects::nonNull).forEach(kept::add);
            return new Arg(Type.SENTENCES, "", kept);
        }

        /** Phrases written as a list ("a; b; c"). */
        static Arg items(List<Phrase> phrases) {
            return new Arg(Type.ITEMS, "", phrases);
        }

        @Override
        public String toString() {
            return "Arg[" + type + ", REDACTED]";
        }
    }

    @Override
    public String toString() {
        return "Phrase[" + code + ", " + args.size() + " args, REDACTED]";
    }
}
