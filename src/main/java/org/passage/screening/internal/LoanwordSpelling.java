package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Latin name as it is said, for the scripts that write foreign names by ear (Hangul, kana, Chinese characters):
 * Poilievre is said pwalievr, and 푸알리브르, ポワリエーヴル and 普瓦列弗尔 write that, not its letters. Each language whose
 * spelling a name may follow (French, English, Italian, Spanish, German, Russian in Latin letters) gives one
 * respelling by its rules ({@code loanword-spellings.txt}, with their sources). A reading is tried on these only
 * after it failed on the letters, and each respelling is computed once per distinct word.
 */
final class LoanwordSpelling {

    private static final String FILE = "loanword-spellings.txt";
    private static final String VOWEL = "[aeiou]";
    private static final String CONSONANT = "[b-df-hj-np-tv-z]";
    /** Words whose respellings are kept: the names of a list and its queries, not every string a fuzzer can send. */
    private static final int MAX_CACHED = 50_000;
    private static final int MAX_LETTERS = 40;

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final Map<String, List<Rule>> LANGUAGES = load();
    private static final Map<String, String[]> CACHE = new ConcurrentHashMap<>();

    private LoanwordSpelling() {
    }

    /** The respellings of a lower-case ASCII word, one per language whose rules change it; empty when none does. */
    static String[] said(String latin) {
        String[] known = CACHE.get(latin);
        if (known != null) {
            return known;
        }
        String[] out = respell(latin);
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear(); // kept for the words coming back now, not for the first fifty thousand ever asked for
        }
        CACHE.put(latin, out);
        return out;
    }

    private static String[] respell(String latin) {
        if (latin.length() < 2 || latin.length() > MAX_LETTERS) {
            return new String[0];
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<Rule> rules : LANGUAGES.values()) {
            String s = latin;
            for (Rule rule : rules) {
                s = rule.pattern().matcher(s).replaceAll(rule.replacement());
            }
            if (!s.equals(latin) && !s.isEmpty()) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }

    private static Map<String, List<Rule>> load() {
        Map<String, List<Rule>> languages = new LinkedHashMap<>();
        for (DataFile.Line line : DataFile.lines(FILE)) {
            String[] parts = line.text().split("\\s+");
            if (parts.length != 3 || !parts[0].matches("[a-z]+")) {
                throw line.error("a language, a pattern and what it is said as expected");
            }
            String replacement = parts[2].equals("-") ? "" : parts[2];
            if (!replacement.matches("[a-z]*(\\$1)?[a-z]*")) {
                throw line.error("'" + parts[2] + "' is not lower-case Latin");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(parts[1].replace("V", VOWEL).replace("C", CONSONANT));
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern: " + e.getDescription());
            }
            languages.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Rule(pattern, replacement));
        }
        Map<String, List<Rule>> frozen = new LinkedHashMap<>();
        languages.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }
}
