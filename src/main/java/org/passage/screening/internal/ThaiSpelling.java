package org.passage.screening.internal;

/**
 * Thai names as they are said, before and after ICU's letter-by-letter Thai-Latin (ISO 11940), which writes every
 * letter, also the silent ones: a letter under the cancellation mark ์ (thanthakhat) is not said (ประยุทธ์ Prayut,
 * จันทร์ Chan, วงษ์ Wong), อ before a vowel only carries it (โอชา ocha, not xocha), ร after a final consonant is
 * silent (ชินวัตร Chinawat), รร is said an (สุวรรณ Suwan) and จ, written c, is ch. Added beside ICU's spelling, never instead of it.
 */
final class ThaiSpelling {

    private static final char THANTHAKHAT = '\u0E4C';

    private ThaiSpelling() {
    }

    static boolean isThai(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0E01 && c <= 0x0E5B) {
                return true;
            }
        }
        return false;
    }

    /** The word without the letters that a thanthakhat silences (the consonant under it and its vowel marks). */
    static String withoutSilentLetters(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == THANTHAKHAT) {
                // drop back to the consonant the mark sits on, with any vowel mark above or below it
                while (!sb.isEmpty() && mark(sb.charAt(sb.length() - 1))) {
                    sb.setLength(sb.length() - 1);
                }
                if (!sb.isEmpty()) {
                    sb.setLength(sb.length() - 1);
                }
                continue;
            }
            if (c == 'ร' && i + 1 < word.length() && word.charAt(i + 1) == 'ร') {
                sb.append("ัน"); // รร is the vowel a with a final n
                i++;
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** ICU's ASCII spelling of a Thai word with the silent อ (x) before a vowel and a silent final r after a consonant dropped. */
    static String spoken(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            if (c == 'x' && "aeiou".indexOf(next) >= 0) {
                continue;
            }
            if (c == 'c' && next != 'h') {
                sb.append("ch"); // จ, which ISO 11940 writes c, is said ch (จันทร์ Chan is spelled Chan, Jan)
                continue;
            }
            if (c == 'r' && next == 0 && i > 0 && "aeiouy".indexOf(latin.charAt(i - 1)) < 0) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean mark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }
}
