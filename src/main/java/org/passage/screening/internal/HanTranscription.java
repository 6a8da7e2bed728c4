package org.passage.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The characters Chinese uses to transcribe foreign names, each with the Latin sounds it stands for
 * ({@code han-transcription.txt}: Xinhua's Russian and English tables; 季 ti/di, 什 sh, 涅 ne), and the few
 * conventional forms that follow no table (亚历山大 Aleksandr). Each listed sound is widened to the spellings lists
 * use for it (ya ia ja, kh h, ts c tz, zh j, sh sch, ch tch, v w, f ph, k c). Read once; immutable.
 */
final class HanTranscription {

    private static final String FILE = "han-transcription.txt";
    /** Latin spellings of one sound as lists of several languages write it: each pair read both as written and swapped in. */
    private static final String[][] SPELLINGS = {{"kh", "h"}, {"ts", "c"}, {"ts", "tz"}, {"ts", "z"}, {"zh", "j"}, {"zh", "z"}, {"shch", "sch"},
            {"sh", "sch"}, {"ch", "tch"}, {"ch", "tsch"}, {"v", "w"}, {"f", "ph"}, {"k", "c"}, {"k", "ck"}, {"ya", "ia"}, {"ya", "ja"},
            {"yu", "iu"}, {"yu", "ju"}, {"yo", "io"}, {"yo", "jo"}, {"ye", "ie"}, {"ye", "je"}};

    private static final HanTranscription TABLE = load();

    private final Map<Integer, String[]> characters;
    /** Conventional forms of several characters, by their first character, longest first. */
    private final Map<Integer, List<Map.Entry<String, String[]>>> forms;

    private HanTranscription(Map<Integer, String[]> characters, Map<Integer, List<Map.Entry<String, String[]>>> forms) {
        this.characters = characters;
        this.forms = forms;
    }

    static HanTranscription table() {
        return TABLE;
    }

    /** The Latin spellings the character stands for in a transcribed name; empty if the table does not list it. */
    String[] sounds(int codePoint) {
        return characters.getOrDefault(codePoint, NONE);
    }

    /** The conventional form that starts at {@code at} in the word, longest first, or null. */
    Map.@org.jspecify.annotations.Nullable Entry<String, String[]> formAt(String word, int at) {
        List<Map.Entry<String, String[]>> candidates = forms.get(word.codePointAt(at));
        if (candidates == null) {
            return null;
        }
        for (Map.Entry<String, String[]> form : candidates) {
            if (word.startsWith(form.getKey(), at)) {
                return form;
            }
        }
        return null;
    }

    private static final String[] NONE = new String[0];

    /** The spellings of one listed sound: itself, then with each spelling pair applied both ways (one at a time, then two). */
    static String[] spellings(String sound) {
        Set<String> out = new LinkedHashSet<>();
        out.add(sound);
        for (int round = 0; round < 2; round++) {
            for (String s : List.copyOf(out)) {
                for (String[] pair : SPELLINGS) {
                    if (s.contains(pair[0])) {
                        out.add(s.replace(pair[0], pair[1]));
                    }
                }
            }
        }
        if (sound.length() > 1 && sound.endsWith("y") && "aeiou".indexOf(sound.charAt(sound.length() - 2)) < 0) {
            out.add(sound.substring(0, sound.length() - 1) + "i");
        }
        return out.toArray(String[]::new);
    }

    private static HanTranscription load() {
        Map<Integer, String[]> characters = new HashMap<>();
        Map<Integer, List<Map.Entry<String, String[]>>> forms = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(FILE)) {
            String[] parts = line.text().split("\\s+");
            if (parts.length < 2 || !ChineseNames.isHan(parts[0])) {
                throw line.error("a Han character and at least one Latin sound expected");
            }
            Set<String> sounds = new LinkedHashSet<>();
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].matches("[a-z]+")) {
                    throw line.error("sound '" + parts[i] + "' is not lower-case Latin");
                }
                sounds.addAll(List.of(spellings(parts[i])));
            }
            String[] options = sounds.toArray(String[]::new);
            if (parts[0].codePointCount(0, parts[0].length()) == 1) {
                characters.put(parts[0].codePointAt(0), options);
            } else {
                forms.computeIfAbsent(parts[0].codePointAt(0), k -> new java.util.ArrayList<>()).add(Map.entry(parts[0], options));
            }
        }
        forms.values().forEach(list -> list.sort((a, b) -> b.getKey().length() - a.getKey().length()));
        Map<Integer, List<Map.Entry<String, String[]>>> frozen = new HashMap<>();
        forms.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new HanTranscription(Map.copyOf(characters), Map.copyOf(frozen));
    }
}
