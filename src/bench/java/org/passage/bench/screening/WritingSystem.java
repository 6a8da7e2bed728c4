package org.passage.bench.screening;

import java.util.Locale;

/**
 * The writing system a name is reported under in evaluations: the majority Unicode script of its letters, with
 * kana-bearing names counted as Japanese and Han-only names as Chinese. Finer than the engine's own
 * Latin/Cyrillic/other view, so recall and false alerts can be read per script.
 */
public final class WritingSystem {

    private WritingSystem() {
    }

    public static String of(String name) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        boolean kana = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
            counts.merge(s, 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "none";
        }
        if (kana) {
            return "japanese";
        }
        Character.UnicodeScript top = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return top == Character.UnicodeScript.HAN ? "chinese" : top.name().toLowerCase(Locale.ROOT);
    }
}
