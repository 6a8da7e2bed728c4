package org.passage.screening.internal;

import com.ibm.icu.text.SpoofChecker;

/**
 * A word typed in two scripts is read in one: lists and forms put Latin letters into Cyrillic words and Cyrillic ones
 * into Latin words (ГOBOP with a Latin O and B, Ниĸолаевич with a Latin kra, Мyasishchev with a Cyrillic М), since the
 * keys look alike. By the mixed-script rule of Unicode's security mechanisms (UTS #39, section 5): a word whose letters of
 * one script all have a lookalike in the other script is a word of the other script, with those letters read as their
 * lookalikes; when the letters of both scripts all have lookalikes, the script of most letters wins; when neither, the
 * word is left as written. Two letters are lookalikes when UTS #39's confusables data (ICU4J's {@link SpoofChecker}
 * skeletons) gives them the same skeleton: В and B, к and ĸ, Р and P, but not в and b. Read before case folding, since
 * capitals and small letters have different lookalikes. The Latin letters read are those of Western and Central European
 * alphabets (to Latin Extended-A): Ʌ, a phonetic sign, is no Л typed by mistake.
 */
final class LookalikeLetters {

    /** Per UTF-16 unit: its lookalike in the other script (Latin for a Cyrillic letter, Cyrillic for a Latin one), or 0. */
    private static final char[] OTHER = new char[0x0530];

    static {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        java.util.Map<String, Character> cyrillic = new java.util.HashMap<>();
        java.util.Map<String, Character> latin = new java.util.HashMap<>();
        // the basic letters first, so that a skeleton keeps its everyday letter (I is the Ukrainian І, not the Palochka)
        for (char c : letters(0x0400, 0x0530)) {
            cyrillic.putIfAbsent(spoof.getSkeleton(String.valueOf(c)), c);
        }
        for (char c : letters('A', 'Z' + 1, 'a', 'z' + 1, 0x00C0, 0x0180)) {
            latin.putIfAbsent(spoof.getSkeleton(String.valueOf(c)), c);
        }
        for (char c : letters(0x0400, 0x0530)) {
            Character l = latin.get(spoof.getSkeleton(String.valueOf(c)));
            OTHER[c] = l == null ? 0 : l;
        }
        for (char l : letters('A', 'Z' + 1, 'a', 'z' + 1, 0x00C0, 0x0180)) {
            Character c = cyrillic.get(spoof.getSkeleton(String.valueOf(l)));
            OTHER[l] = c == null ? 0 : c;
        }
    }

    private LookalikeLetters() {
    }

    /** Every letter in the ranges given as pairs of bounds (from inclusive, to exclusive). */
    private static char[] letters(int... bounds) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < bounds.length; k += 2) {
            for (int c = bounds[k]; c < bounds[k + 1]; c++) {
                if (Character.isLetter(c)) {
                    sb.append((char) c);
                }
            }
        }
        return sb.toString().toCharArray();
    }

    /** The text with each word that mixes Latin and Cyrillic letters written in one of them; the same string when none does. */
    static String inOneScript(String text) {
        if (!mixes(text, 0, text.length())) {
            return text; // the common case: one pass, nothing allocated
        }
        char[] chars = text.toCharArray();
        boolean changed = false;
        int i = 0;
        while (i < chars.length) {
            int j = i;
            while (j < chars.length && Character.isLetter(chars[j])) {
                j++;
            }
            if (j > i && mixes(text, i, j)) {
                changed |= write(chars, i, j);
            }
            i = Math.max(j, i + 1);
        }
        return changed ? new String(chars) : text;
    }

    /** Whether the text between the bounds has both a Latin and a Cyrillic letter. */
    private static boolean mixes(String text, int from, int to) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            latin |= isLatin(c);
            cyrillic |= isCyrillic(c);
        }
        return latin && cyrillic;
    }

    /** Writes the word between the bounds in one script, if the rule says which; whether it did. */
    private static boolean write(char[] chars, int from, int to) {
        int latin = 0;
        int cyrillic = 0;
        boolean latinAllAlike = true;
        boolean cyrillicAllAlike = true;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (isLatin(c)) {
                latin++;
                latinAllAlike &= OTHER[c] != 0;
            } else if (isCyrillic(c)) {
                cyrillic++;
                cyrillicAllAlike &= OTHER[c] != 0;
            }
        }
        boolean toCyrillic;
        if (latinAllAlike && cyrillicAllAlike) {
            toCyrillic = cyrillic >= latin;
        } else if (latinAllAlike || cyrillicAllAlike) {
            toCyrillic = latinAllAlike;
        } else {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (toCyrillic ? isLatin(c) : isCyrillic(c)) {
                chars[i] = OTHER[c];
            }
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x00C0 && c < 0x0250 && c != 0x00D7 && c != 0x00F7;
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x0400 && c < 0x0530;
    }
}
