package org.passage.screening.internal;

/**
 * A Hangul word that writes two or three words of a Latin name as one. Korean writes the parts of a foreign name
 * together where Latin letters keep them apart: the halves of a hyphenated name (압둘라흐만 Abdul-Rahman, 애니셋조지
 * Annisette-George), the Arabic article with its noun (알아사드 al-Assad), a Chinese given name after the surname
 * (시진핑 Xi Jinping). The National Institute of Korean Language's rules for foreign words (외래어 표기법) write such a
 * compound as one word; nothing in its syllables says where the parts meet. So the word is cut between syllables,
 * each way that leaves one run per Latin part, and a cut is taken when every run reads as its part as a whole word
 * would ({@link TokenMatch}).
 */
final class HangulCompounds {

    /** How well each run must read as its part: a transliteration of three consonants or more, not a near reading. */
    static final double RUN_READ = 0.8;
    /** Longer words are sentences or unsplit lists, not a name's parts. */
    private static final int MAX_SYLLABLES = 10;

    private HangulCompounds() {
    }

    /** Whether {@code whole}, a Hangul word, writes the {@code width} Latin parts of {@code tokens} from {@code from}. */
    static boolean writtenAsOne(NameToken[] tokens, int from, int width, NameToken whole) {
        SoundReading sound = whole.sound();
        String hangul = sound == null ? null : sound.hangul();
        if (hangul == null || hangul.length() <= width || hangul.length() > MAX_SYLLABLES) {
            return false; // one run per part, of at least one syllable, and the whole longer than its parts' count
        }
        for (int k = 0; k < width; k++) {
            NameToken part = tokens[from + k];
            if (part.syllabic() || part.abjad() || part.sound() != null || part.numeric() || part.cyrillic()) {
                return false;
            }
        }
        return cut(hangul, 0, tokens, from, width);
    }

    private static boolean cut(String hangul, int at, NameToken[] tokens, int part, int parts) {
        if (parts == 1) {
            return reads(hangul.substring(at), tokens[part]);
        }
        for (int end = at + 1; end <= hangul.length() - (parts - 1); end++) {
            if (reads(hangul.substring(at, end), tokens[part]) && cut(hangul, end, tokens, part + 1, parts - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reads(String syllables, NameToken latin) {
        // the run as one word, as the parser reads a word of a name (a lone word it would cut as a Korean surname and
        // given name): interned and kept by the parser, since a list's Hangul words meet query after query
        NameToken run = PARSER.token(syllables);
        return run != null && TokenMatch.compare(run, latin).similarity() >= RUN_READ;
    }

    private static final NameParser PARSER = new NameParser();
}
