package org.passage.screening.internal;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reduces one Latin-script name token to a phonetic form in which the romanisation conventions found in
 * lists and passports meet: English (Shcherbakov), French (Chtcherbakov), German (Schtscherbakow), Polish
 * (Szczerbaków), Czech/scholarly (Ščerbakov) and loose spellings (Scherbakow) all give {@code XIrbAkAv}.
 *
 * <p>Consonants are mapped to classes (the hushing sounds ш/щ/ч/ж to {@code X}, г/х/h/kh to {@code H}, ц
 * to {@code C}, s/z to {@code S}, v/w to {@code v}, c/k/q to {@code k}); each vowel run becomes {@code U}
 * (any u), {@code A} (any a or o) or {@code I} (e, i, y, j only), since the conventions differ mostly in how
 * they write я/ю/е/й. A trailing {@code I} is dropped (Sergei/Sergey/Sergej/Serguei) and repeats collapse.
 * The German and Czech "ch" (х) and the English "ch" (ч) cannot be told apart, so such tokens get two forms.
 * Input must already be lower case ASCII letters (see {@link Romanizer}).
 */
final class PhoneticForm {

    /** Digraphs, longest first; each maps to one or more alternative class strings. */
    private static final String[][] RULES = {
            {"schtsch", "X"}, {"shtch", "X"}, {"chtch", "X"}, {"shch", "X"}, {"szcz", "X"}, {"tsch", "X"},
            {"sch", "X"}, {"shh", "X"}, {"tch", "X"}, {"tsh", "X"}, {"tsj", "X"}, {"zh", "X"}, {"sh", "X"},
            {"sz", "X"}, {"cz", "X"}, {"sj", "X"}, {"tj", "X"}, {"ch", "X", "H"}, {"kh", "H"}, {"gh", "H"},
            {"ph", "f"}, {"ts", "C"}, {"tz", "C"}, {"ck", "k"}, {"gu", "H"}, {"qu", "k"},
    };

    private static final int MAX_FORMS = 4;

    private PhoneticForm() {
    }

    /** All forms of a token (usually one; two or four when "ch" is ambiguous). */
    static List<String> forms(String ascii) {
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder());
        int i = 0;
        int n = ascii.length();
        while (i < n) {
            char c = ascii.charAt(i);
            if (isVowel(c)) {
                int j = i;
                while (j < n && isVowel(ascii.charAt(j))) {
                    j++;
                }
                String run = ascii.substring(i, j);
                appendAll(out, run.indexOf('u') >= 0 ? "U" : run.indexOf('a') >= 0 || run.indexOf('o') >= 0 ? "A" : "I");
                i = j;
                continue;
            }
            String @Nullable [] rule = match(ascii, i);
            if (rule != null) {
                // "gu" is a French spelling of г only before e/i (Serguei); elsewhere it is g + u
                if (rule[0].equals("gu") && !(i + 2 < n && (ascii.charAt(i + 2) == 'e' || ascii.charAt(i + 2) == 'i'))) {
                    appendAll(out, "H");
                    i++;
                    continue;
                }
                // a final "que" is k in the English spellings of South Asia (Haque, Rafique, Maleque for Haq, Rafiq,
                // Malek), as in French and Spanish; elsewhere qu is q + u (Quran, Qutb), and inside a word it is left
                // as it was (Vazquez meets Васкес by its sound, not by this form)
                if (rule[0].equals("qu") && !(i + 3 == n && ascii.charAt(i + 2) == 'e')) {
                    appendAll(out, "k");
                    i++;
                    continue;
                }
                if (rule.length == 2 || out.size() * (rule.length - 1) > MAX_FORMS) {
                    appendAll(out, rule[1]);
                } else {
                    List<StringBuilder> next = new ArrayList<>();
                    for (StringBuilder sb : out) {
                        for (int k = 1; k < rule.length; k++) {
                            next.add(new StringBuilder(sb).append(rule[k]));
                        }
                    }
                    out = next;
                }
                i += rule[0].length();
                continue;
            }
            appendAll(out, consonant(ascii, i));
            i++;
        }
        Set<String> forms = new LinkedHashSet<>();
        for (StringBuilder sb : out) {
            forms.add(finish(sb));
        }
        return List.copyOf(forms);
    }

    /**
     * The first letters of {@link #forms} of a text, as bits ({@link #classBit}), read without writing the forms: two or
     * three words of a name put together are compared with a word of the other name by their forms, which cost a look-up
     * in a large shared table each, and most such runs already start otherwise. The first unit of the text is read as
     * {@link #forms} reads it: a vowel run, a digraph (each of its readings) or one consonant.
     */
    static long firstClasses(CharSequence ascii) {
        int n = ascii.length();
        if (n == 0) {
            return 0;
        }
        char first = ascii.charAt(0);
        if (isVowel(first)) {
            boolean u = false;
            boolean ao = false;
            for (int j = 0; j < n && isVowel(ascii.charAt(j)); j++) {
                char v = ascii.charAt(j);
                u |= v == 'u';
                ao |= v == 'a' || v == 'o';
            }
            return classBit(u ? 'U' : ao ? 'A' : 'I');
        }
        // most letters start no digraph: those are one consonant without trying the rules
        String @Nullable [] rule = DIGRAPH_STARTS.indexOf(first) < 0 ? null : match(ascii, 0);
        if (rule == null) {
            return classBit(consonantClass(first, 1 < n ? ascii.charAt(1) : 0));
        }
        if (rule[0].equals("gu") && !(2 < n && (ascii.charAt(2) == 'e' || ascii.charAt(2) == 'i'))) {
            return classBit('H');
        }
        long bits = 0;
        for (int k = 1; k < rule.length; k++) {
            bits |= classBit(rule[k].charAt(0));
        }
        return bits;
    }

    /** What {@link #leadClasses} gives for a word whose followers may change the first unit. */
    static final long UNDECIDED = -1; // firstClasses is one or two bits, never all of them

    /**
     * {@link #firstClasses} of any text that starts with this word, or {@link #UNDECIDED} when the words after it could
     * change the text's first unit. Worked out once per word ({@link NameToken#leadClasses}): {@link WordBreaks} asks it
     * of each run of two or three words of every candidate's name, and reading the run through a view of its words, word
     * by word, was a twentieth of a query's time. Decided by the word alone when the first unit ends inside it: a vowel
     * run followed by a non-vowel in the word; a consonant that starts no digraph (read alone); or a word of three
     * letters or more that is no proper start of a longer digraph (the "tj", "gu" and "c" look-aheads read the second or
     * third letter, and a rule longer than the word can match the run only if the word is its start).
     */
    static long leadClasses(String word) {
        int n = word.length();
        if (n == 0) {
            return UNDECIDED;
        }
        char first = word.charAt(0);
        if (isVowel(first)) {
            for (int j = 1; j < n; j++) {
                if (!isVowel(word.charAt(j))) {
                    return firstClasses(word);
                }
            }
            return UNDECIDED; // the vowel run may go on into the next word
        }
        if (DIGRAPH_STARTS.indexOf(first) < 0) {
            return firstClasses(word); // one consonant, whatever follows
        }
        if (n < 3) {
            return UNDECIDED; // "tj", "gu" and "c" look at the letter after
        }
        for (String[] rule : RULES) {
            if (rule[0].length() > n && rule[0].startsWith(word)) {
                return UNDECIDED; // "sch" may be the start of "schtsch"
            }
        }
        return firstClasses(word);
    }

    /** The first letters of the digraphs of {@link #RULES}. */
    private static final String DIGRAPH_STARTS = digraphStarts();

    private static String digraphStarts() {
        StringBuilder out = new StringBuilder();
        for (String[] rule : RULES) {
            if (out.indexOf(rule[0].substring(0, 1)) < 0) {
                out.append(rule[0].charAt(0));
            }
        }
        return out.toString();
    }

    /** The bit of a letter of a form among {@link #firstClasses}. */
    static long classBit(char c) {
        return 1L << ((c - 'A') & 63);
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (text.length() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The consonant skeleton of a form: vowel classes removed. Used to retrieve candidates with vowel typos. */
    static String skeleton(String form) {
        StringBuilder sb = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c != 'A' && c != 'I' && c != 'U' && (sb.isEmpty() || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c); // repeats collapse: Muammar's mm is the abjad's one m with a shadda
            }
        }
        return sb.toString();
    }

    /** Repeated letters as one. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != s.charAt(i)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String finish(StringBuilder sb) {
        StringBuilder collapsed = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        int len = collapsed.length();
        if (len > 1 && collapsed.charAt(len - 1) == 'I') {
            collapsed.setLength(len - 1);
        }
        return collapsed.toString();
    }

    private static String consonant(String s, int i) {
        char c = s.charAt(i);
        return c == 'x' ? "kS" : String.valueOf(consonantClass(c, i + 1 < s.length() ? s.charAt(i + 1) : 0));
    }

    /** The class of a consonant followed by {@code next} (0 at the end); x, which is two (kS), gives its first. */
    private static char consonantClass(char c, char next) {
        return switch (c) {
            case 'w' -> 'v';
            case 'g', 'h' -> 'H';
            case 'z', 's' -> 'S';
            case 'q', 'x' -> 'k';
            case 'c' -> next != 0 && "eiy".indexOf(next) >= 0 ? 'C' : 'k';
            default -> c;
        };
    }

    /** The digraph rule that applies at {@code i}, or null: read alike by {@link #forms} and {@link #firstClasses}. */
    private static String @Nullable [] match(CharSequence s, int i) {
        for (String[] rule : RULES) {
            if (startsWith(s, i, rule[0])) {
                // Scandinavian "tj" is ч (Levitjev, Vladimirovitj) but German "tj" before a vowel is т + я/ю (Katja)
                boolean germanTj = rule[0].equals("tj") && i + 2 < s.length() && "aou".indexOf(s.charAt(i + 2)) >= 0;
                return germanTj ? null : rule;
            }
        }
        return null;
    }

    private static void appendAll(List<StringBuilder> out, String part) {
        for (StringBuilder sb : out) {
            sb.append(part);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
    }
}
