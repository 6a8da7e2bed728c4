package org.passage.screening.internal;

/**
 * Thai names as they are said, before and after ICU's letter-by-letter Thai-Latin (ISO 11940), which writes every
 * letter, also the silent ones: a letter under the cancellation mark ์ (thanthakhat) is not said (ประยุทธ์ Prayut,
 * จันทร์ Chan, วงษ์ Wong), อ before a vowel only carries it (โอชา ocha, not xocha), ร after a final consonant is
 * silent (ชินวัตร Chinawat), รร is said an (สุวรรณ Suwan) and จ, written c, is ch. Added beside ICU's spelling, never instead of it.
 */
final class ThaiSpelling {

    private static final char THANTHAKHAT = '\u0E4C';

    /**
     * The Latin spellings of each Thai consonant, as an initial or a final ({@code thai-letters.txt}: the RTGS and the
     * spellings of Thai passports; aspirated and plain letters spelled both ways).
     */
    private static final java.util.Map<Character, String> CONSONANTS = letters("C");

    /** Vowel signs after or above/below a consonant (ั ะ า ำ ิ ี ึ ื ุ ู) and the letters written before it (เ แ โ ใ ไ). */
    private static final java.util.Map<Character, String> VOWELS = letters("V");
    private static final String SONORANTS = "งญนมยรลว";
    private static final String CLUSTER_FIRST = "กขคตปผพทศสบด";
    private static final String CLUSTER_SECOND = "รลว";

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

    /**
     * The Thai word as units of Latin spellings for {@link SoundReading}: each consonant with its spellings, each
     * vowel with its, and after a consonant that carries no vowel sign its inherent vowel, said a or o or not at all
     * (ชน chon, สมชาย Somchai, ชินวัตร Chinnawat and Shinawatra). The letters written before their consonant (เ แ
     * โ ใ ไ) are read after it, and after a cluster's second letter (เปรม Prem); a ห before a sonorant only marks the
     * tone (หนู nu), อ before a vowel only carries it, tone marks and the short-vowel mark are not spelled, and a
     * letter under the cancellation mark is silent. Null for a word with no Thai consonant.
     */
    static java.util.@org.jspecify.annotations.Nullable List<String[]> units(String word) {
        String w = withoutSilentLetters(mayBeSilent(word));
        StringBuilder letters = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= '\u0E48' && c <= '\u0E4B') || c == '\u0E47' || c == THANTHAKHAT || c == 'ๆ') {
                continue; // tone marks, maitaikhu, the repetition mark: not spelled
            }
            letters.append(c);
        }
        // a vowel written before its consonant is said after it (and after a cluster: เปรม Prem, เกลือ kluea)
        for (int i = 0; i + 1 < letters.length(); i++) {
            char c = letters.charAt(i);
            if ("เแโใไ".indexOf(c) >= 0 && CONSONANTS.containsKey(letters.charAt(i + 1))) {
                int after = i + 2;
                if (after + 1 < letters.length() && CLUSTER_FIRST.indexOf(letters.charAt(i + 1)) >= 0
                        && CLUSTER_SECOND.indexOf(letters.charAt(after)) >= 0 && !VOWELS.containsKey(letters.charAt(after + 1))) {
                    after++;
                }
                letters.deleteCharAt(i);
                letters.insert(after - 1, c);
                i = after - 1;
            }
        }
        java.util.List<String[]> units = new java.util.ArrayList<>();
        boolean consonant = false;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            char next = i + 1 < letters.length() ? letters.charAt(i + 1) : 0;
            String spellings = CONSONANTS.get(c);
            if (spellings != null && next == MAY_BE_SILENT) {
                units.add((" " + spellings).split(" ", -1));
                i++;
                consonant = true;
                continue;
            }
            if (spellings != null) {
                boolean vowelFollows = VOWELS.containsKey(next) && next != 'ฤ';
                if (c == 'อ' && (vowelFollows || i == 0)) {
                    spellings = ""; // อ only carries the vowel (อนุทิน Anutin, โอชา ocha)
                } else if (c == 'ห' && SONORANTS.indexOf(next) >= 0 && (i == 0 || !consonant)) {
                    spellings = " h"; // ห before a sonorant marks the tone (หนู nu)
                } else if (next == 0 && i > 0 && CONSONANTS.containsKey(letters.charAt(i - 1)) && c != 'อ') {
                    // of two consonants ending a word only the first is said: a final ร (ประวิตร Prawit), ษ (ลักษณ์ Yingluck)
                    spellings = " " + spellings;
                } else if (c == 'ว' && i > 0 && letters.charAt(i - 1) == 'ั') {
                    units.set(units.size() - 1, "ua ou uo u".split(" ")); // ัว is one vowel, ua
                    consonant = false;
                    continue;
                }
                units.add(spellings.split(" ", -1));
                if (!vowelFollows && (c != 'อ' || i == 0)) {
                    units.add(new String[] {"", "a", "o"}); // the inherent vowel, said or not
                }
                consonant = true;
                continue;
            }
            String vowel = VOWELS.get(c);
            if (vowel != null) {
                if (c == 'เ' && next == 'ี' && i + 2 < letters.length() && letters.charAt(i + 2) == 'ย') {
                    vowel = "ia ie ea ian";
                    i += 2;
                } else if (c == 'เ' && next == 'ื' && i + 2 < letters.length() && letters.charAt(i + 2) == 'อ') {
                    vowel = "uea ua eua uee";
                    i += 2;
                } else if (c == 'เ' && next == 'า') {
                    vowel = "ao au ow";
                    i++;
                } else if (c == 'เ' && next == 'อ') {
                    vowel = "oe er ur oe";
                    i++;
                } else if (c == 'เ' && next == 'ะ') {
                    vowel = "e eh";
                    i++;
                }
                units.add(vowel.split(" ", -1));
                consonant = false;
            }
        }
        return units.isEmpty() ? null : units;
    }

    private static final char MAY_BE_SILENT = '\uE000';

    /**
     * A consonant with no vowel of its own right before the one under the cancellation mark, after a final consonant,
     * is often silent with it (จันทร์ Chan, not Chanth): marked so that {@link #units} spells it or not.
     */
    private static String mayBeSilent(String word) {
        int k = word.indexOf(THANTHAKHAT);
        if (k < 3 || !CONSONANTS.containsKey(word.charAt(k - 1)) || !CONSONANTS.containsKey(word.charAt(k - 2))
                || !CONSONANTS.containsKey(word.charAt(k - 3))) {
            return word;
        }
        return word.substring(0, k - 1) + MAY_BE_SILENT + word.substring(k - 1);
    }

    private static boolean mark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    private static java.util.Map<Character, String> letters(String kind) {
        java.util.Map<Character, String> out = new java.util.HashMap<>();
        for (DataFile.Line line : DataFile.lines("thai-letters.txt")) {
            String[] f = line.text().split("\t");
            if (f.length != 3 || !f[0].equals("C") && !f[0].equals("V") || f[1].length() != 1 || !isThai(f[1]) || f[2].isBlank()) {
                throw line.error("expected 'C or V<tab>Thai letter<tab>spellings'");
            }
            if (f[0].equals(kind)) {
                out.put(f[1].charAt(0), f[2].equals("-") ? "" : f[2]);
            }
        }
        return java.util.Map.copyOf(out);
    }
}
