package org.passage.screening.internal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers written as words ({@code number-words.txt}): one word to its digits (third → 3), and a run of words to one
 * number (Forty-Four → 44, сорок четвёртая → 44), because lists write a brigade or a bank's number either way and a
 * number that differs is a contradiction: "Brigade Forty-Four" must meet "Brigade 44", not differ from it.
 */
final class NumberWords {

    /** The nominative endings an ordinal is listed with above (пятый, пятая, пятое; Ukrainian пʼятий). */
    private static final String[] ORDINAL_ENDINGS = {"ого", "ый", "ий", "ой", "ая", "ое", "ій"};
    /** The endings an ordinal takes in a name: every case and gender of an adjective (Пятого Элемента, пятым). */
    private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым",
            "им", "ом", "ую", "ые", "ие", "ых", "их", "ыми", "ими", "ій"};

    private static final Map<String, Integer> VALUES = load();
    /** Words allowed between the parts of one number (one hundred and twelve, сто и два). */
    private static final Set<String> AND = Set.of("and", "и", "і");

    private NumberWords() {
    }

    /** Digits for one case-folded word that is a number (first, третий, iv), or null. */
    static @Nullable String number(String foldedWord) {
        Integer value = VALUES.get(foldedWord);
        return value == null ? null : Integer.toString(value);
    }

    /**
     * The words with every run of two or more number words that make one number replaced by its digits, and every run
     * of groups of digits joined; the same list when there is none. Runs that are no number together (two three) stay
     * word by word.
     */
    static List<String> joined(List<String> words) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            int digits = digitsEnd(words, i);
            int end = digits > i + 1 ? digits : runEnd(words, i);
            if (end > i + 1) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                out.add(digits > i + 1 ? String.join("", words.subList(i, end)) : Long.toString(value(words, i, end)));
                i = end - 1;
            } else if (out != null) {
                out.add(words.get(i));
            }
        }
        return out == null ? words : out;
    }

    /**
     * The end (exclusive) of the run of groups of digits from {@code start}: "11,420.2-1" and "1142021" are one number
     * written with and without separators (the words arrive split at every separator).
     */
    private static int digitsEnd(List<String> words, int start) {
        int end = start;
        while (end < words.size() && allDigits(words.get(end))) {
            end++;
        }
        return Math.max(end, start + 1);
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The end (exclusive) of the longest run from {@code start} that reads as one number; {@code start + 1} if none. */
    private static int runEnd(List<String> words, int start) {
        Integer first = VALUES.get(words.get(start));
        if (first == null) {
            return start + 1;
        }
        int end = start + 1;
        int previous = first;
        for (int j = start + 1; j < words.size(); j++) {
            String word = words.get(j);
            boolean and = AND.contains(word) && previous >= 100 && j + 1 < words.size();
            Integer next = VALUES.get(and ? words.get(j + 1) : word);
            if (next == null || !follows(previous, next, and)) {
                break;
            }
            if (and) {
                j++;
            }
            end = j + 1;
            previous = next;
        }
        return end;
    }

    /** Whether {@code next} can follow {@code previous} inside one number: forty four, two hundred, hundred (and) two. */
    private static boolean follows(int previous, int next, boolean and) {
        if (next == 100 || next == 1000) {
            return !and && previous < next && previous != 100 && previous != 1000 || previous == 100 && next == 1000 && !and;
        }
        if (previous == 100 || previous == 1000) {
            return next < 100;
        }
        return !and && previous >= 20 && previous < 100 && previous % 10 == 0 && next < 10;
    }

    private static long value(List<String> words, int start, int end) {
        long total = 0;
        long current = 0;
        for (int i = start; i < end; i++) {
            Integer v = VALUES.get(words.get(i));
            if (v == null) {
                continue; // "and"
            }
            if (v == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (v == 100) {
                current = Math.max(current, 1) * 100;
            } else {
                current += v;
            }
        }
        return total + current;
    }

    /**
     * A Russian or Ukrainian ordinal in every case and gender (пятый: пятого, пятым, пятую …), so that its romanisations
     * in any system are read too (Pyatyi Element, Pyatogo); none for a word that is no ordinal of five letters or more.
     */
    private static List<String> ordinalForms(String folded) {
        if (folded.length() < 5) {
            return List.of();
        }
        for (String ending : ORDINAL_ENDINGS) {
            if (folded.endsWith(ending)) {
                String stem = folded.substring(0, folded.length() - ending.length());
                List<String> forms = new ArrayList<>();
                for (String e : ADJECTIVE_ENDINGS) {
                    forms.add(stem + e);
                }
                return forms;
            }
        }
        return List.of();
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        for (DataFile.Line line : DataFile.lines("number-words.txt")) {
            int eq = line.text().indexOf('=');
            if (eq < 0) {
                throw line.error("no '='");
            }
            int value = Integer.parseInt(line.text().substring(0, eq).strip());
            for (String word : line.text().substring(eq + 1).strip().split("\\s+")) {
                // folded as names are, apostrophes dropped (пʼять → пять)
                String folded = Romanizer.fold(word).replaceAll("['’ʼ]", "");
                out.put(folded, value);
                // пятый is also written pyatyy, pyatyi, pjatyj in lists that romanise it; not три, семь: tri and
                // sem are also names
                for (String form : folded.length() >= 5 ? Romanizer.romanize(folded) : List.<String>of()) {
                    out.putIfAbsent(form, value);
                }
                for (String inflected : ordinalForms(folded)) {
                    out.putIfAbsent(inflected, value);
                    for (String form : Romanizer.romanize(inflected)) {
                        out.putIfAbsent(form, value);
                        if (form.endsWith("y") && form.length() >= 5 && "yio".indexOf(form.charAt(form.length() - 2)) >= 0) {
                            // BGN/PCGN but with й as i, the lists' own habit (Pyatyi, Vtoroi)
                            out.putIfAbsent(form.substring(0, form.length() - 1) + "i", value);
                        }
                    }
                }
            }
        }
        return Map.copyOf(out);
    }
}
