package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A second name written inside one name, in any script: lists give an organisation's short name or acronym in
 * parentheses after its full name (Министерство Обороны Российской Федерации (Минобороны России), Акционерное Общество
 * «Воткинский Завод» (АО «Воткинский Завод»), Islamic Republic of Iran Broadcasting (IRIB)) and join two names with a
 * slash (ВТБ/Внешторгбанк, Belteleradio Company / National State Television and Radio Company of the Republic of
 * Belarus). Read as one name, the two halves are one long name that neither half of the other list's name answers; read
 * apart, each is a name of the entity. The name as written is kept beside them.
 * <p>
 * A parenthesis that holds a place is a qualifier, not a name: the country of a branch (GAZPROMBANK (SWITZERLAND) LTD),
 * a city (VTB BANK (KIEV)), the region a Chinese company's name gives in brackets after its trade name (the Provisions on
 * the Administration of Enterprise Name Registration allow the administrative division there: 企贝领通（芜湖）供应链…).
 * Such a name keeps its parenthesis (the branch is not its parent). One word in brackets is a second name only when it
 * shows itself to be one: an acronym the words before it spell (INDUSTRIAL FACTORIES OF PRECISION (IFP)), or a word in
 * capitals in a name written in small letters (Naftiran Intertrade Company (NICO)); a person's one word in brackets is
 * another spelling of the word before it (Vasiliev (Vasyliev) Oleksandr), put in its place.
 * <p>
 * Worked out once per name when an entity is prepared ({@link EntityProfile}), never per comparison; a name without a
 * bracket or a slash costs one scan of its characters.
 */
final class SecondNames {

    /** Brackets read in depth at most: a name in a name in a name. */
    private static final int MAX_DEPTH = 3;
    /** Names one name may give at most (a bracket's list of aliases). */
    private static final int MAX_NAMES = 8;

    /** Labels that open a bracket's list of names (Aliases: KOGEN, GENCO; a.k.a. …). */
    private static final Set<String> LABELS = Set.of("aka", "a.k.a.", "a.k.a", "fka", "f.k.a.", "f.k.a", "formerly", "also", "alias", "aliases");

    /** The one-word names of the world's countries in the lists' languages ({@link CountryNames}), stems ending in "-". */
    private static final Set<String> COUNTRIES = new HashSet<>();
    private static final List<String> COUNTRY_STEMS = new ArrayList<>();

    static {
        for (Map.Entry<String, List<String>> country : CountryNames.names().entrySet()) {
            COUNTRIES.add(country.getKey().toLowerCase(Locale.ROOT));
            for (String word : country.getValue()) {
                if (word.endsWith("-")) {
                    COUNTRY_STEMS.add(word.substring(0, word.length() - 1));
                } else {
                    COUNTRIES.add(word);
                }
            }
        }
    }

    private SecondNames() {
    }

    /** The names written inside {@code raw} besides {@code raw} itself: empty for a name without a bracket or a slash. */
    static List<String> of(String raw, boolean person, NameParser parser) {
        if (raw.indexOf('(') < 0 && raw.indexOf('（') < 0 && raw.indexOf('/') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<String> halves = slashed(raw);
        for (String half : halves) {
            if (halves.size() > 1) {
                add(out, half);
            }
            bracketed(half, person, parser, out, 0);
        }
        out.remove(raw.strip());
        return out.size() > MAX_NAMES ? List.copyOf(out.subList(0, MAX_NAMES)) : out;
    }

    private static void add(List<String> out, String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        if (!s.isEmpty() && !out.contains(s)) {
            out.add(s);
        }
    }

    /**
     * The names a slash joins: ВТБ/Внешторгбанк, X LLC/Y LLC company, A / B. A slash between one-letter words is no
     * such join (в/ч, s/o, c/o); one word against several ("… of Syria/the Levant") is another word in the same place.
     */
    static List<String> slashed(String raw) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = raw.indexOf('/'); i >= 0; i = raw.indexOf('/', i + 1)) {
            if (letters(raw, i, -1) >= 2 && letters(raw, i, +1) >= 2 && depth(raw, i) == 0) {
                parts.add(raw.substring(from, i));
                from = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of(raw);
        }
        parts.add(raw.substring(from));
        if (parts.size() == 2) {
            String left = parts.get(0);
            String right = parts.get(1);
            int l = words(left);
            int r = words(right);
            boolean spaced = left.endsWith(" ") || right.startsWith(" ");
            if (!spaced && l >= 3 && r <= 2) {
                // one word said two ways at the end: "Front for the Conquest of Syria/the Levant"
                String kept = left.strip();
                return List.of(left, kept.substring(0, kept.lastIndexOf(' ') + 1) + right);
            }
        }
        return parts;
    }

    /** Letters in the word beside position {@code at}, before it ({@code step} -1) or after it (+1). */
    private static int letters(String s, int at, int step) {
        int n = 0;
        int i = at + step;
        while (i >= 0 && i < s.length() && s.charAt(i) == ' ') {
            i += step;
        }
        for (; i >= 0 && i < s.length() && Character.isLetterOrDigit(s.charAt(i)); i += step) {
            n++;
        }
        return n;
    }

    private static int depth(String s, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            d += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return Math.max(d, 0);
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }

    /** The names a bracket in {@code name} gives: the name without it and the names inside it, when they are names. */
    private static void bracketed(String name, boolean person, NameParser parser, List<String> out, int depth) {
        int open = -1;
        for (int i = 0; i < name.length() && open < 0; i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '（') {
                open = i;
            }
        }
        if (open < 0 || depth == MAX_DEPTH) {
            return;
        }
        int close = open + 1;
        for (int d = 1; close < name.length(); close++) {
            char c = name.charAt(close);
            d += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (d == 0) {
                break;
            }
        }
        String inside = name.substring(open + 1, Math.min(close, name.length()));
        String before = name.substring(0, open);
        String after = close < name.length() ? name.substring(close + 1) : "";
        String outside = before.strip() + " " + after.strip();
        if (hanOnly(inside) || place(inside)) {
            return; // a place: the branch's or the Chinese company's region, kept in the name
        }
        List<String> names = names(inside);
        if (names.isEmpty() || !person && qualifier(inside, parser)) {
            return;
        }
        if (person) {
            if (names.size() == 1 && words(names.getFirst()) == 1) {
                int cut = before.stripTrailing().lastIndexOf(' ');
                String swapped = before.substring(0, cut + 1) + " " + names.getFirst() + " " + after;
                add(out, outside);
                add(out, swapped);
                bracketed(outside, true, parser, out, depth + 1);
                return;
            }
        } else if (names.size() == 1 && parsedSize(names.getFirst(), parser) == 1) {
            int acronym = acronym(names.getFirst(), before, name, parser);
            if (acronym == NONE) {
                return;
            }
            // an acronym stands for the words before it: IRGC Aerospace Force for Islamic Revolutionary Guard Corps (IRGC)
            // Aerospace Force. One its words spell that ends the name is left inside it, where it says the name twice
            // (OrgAcronyms.selfAcronym): alone it would answer every name whose initials it happens to give.
            add(out, outside);
            if (acronym == IN_CAPITALS || !after.isBlank()) {
                add(out, names.getFirst() + " " + after);
            }
            bracketed(outside, false, parser, out, depth + 1);
            return;
        }
        add(out, outside);
        for (String n : names) {
            add(out, n);
        }
        bracketed(outside, person, parser, out, depth + 1);
    }

    /** The names a bracket holds: one, or a list after a label (Aliases: KOGEN, GENCO). */
    private static List<String> names(String inside) {
        String s = inside.strip();
        int colon = s.indexOf(':');
        if (colon >= 0 && colon < 20) {
            s = s.substring(colon + 1);
        } else {
            String first = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (LABELS.contains(first)) {
                s = s.substring(first.length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,;]")) {
            if (part.codePoints().anyMatch(Character::isLetter)) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static int parsedSize(String s, NameParser parser) {
        ParsedName p = parser.parse(s);
        return p == null ? 0 : p.size();
    }

    /**
     * A bracket of an organisation's name that says where or what part of it: a branch (AFGHANISTAN BRANCH), or words
     * that are all descriptive or places (Hong Kong, Head Office), or a legal form alone (PUBLICHNOE AKTSIONERNOE
     * OBSHCHESTVO).
     */
    private static boolean qualifier(String inside, NameParser parser) {
        ParsedName in = parser.parse(inside);
        if (in == null || OrgBranches.hasBranch(in)) {
            return true;
        }
        if (in.size() == 1) {
            return false; // an acronym or one word: decided by acronym()
        }
        for (byte role : in.roles()) {
            if (role == ParsedName.OTHER) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one word in the brackets of an organisation's name is its acronym, and of which kind: the words before it spell it from the
     * name's start (INDUSTRIAL FACTORIES OF PRECISION (IFP)), or it is written in capitals in a name written in small
     * letters and spells none of its words (Naftiran Intertrade Company (NICO), an acronym of the Persian name). An
     * acronym of the last words only abbreviates them, not the name (… Korejské lidově demokratické republiky (KLDR)).
     */
    private static int acronym(String inside, String before, String whole, NameParser parser) {
        ParsedName in = parser.parse(inside);
        ParsedName out = parser.parse(before);
        if (in == null || out == null) {
            return NONE;
        }
        String acronym = in.tokens()[0].text();
        NameToken[] words = out.tokens();
        if (acronym.length() >= OrgAcronyms.MIN_LETTERS && acronym.length() <= OrgAcronyms.MAX_LETTERS
                && acronym.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            for (int from = 0; from < words.length; from++) {
                for (int to = from + 2; to <= words.length; to++) {
                    if (OrgAcronyms.spells(acronym, words, from, to)) {
                        return from <= 1 ? SPELLED : NONE;
                    }
                }
            }
        }
        return capitals(inside) && whole.codePoints().anyMatch(Character::isLowerCase) ? IN_CAPITALS : NONE;
    }

    /** What one word in brackets is: no acronym, one the words before it spell, one in capitals they do not spell. */
    private static final int NONE = 0;
    private static final int SPELLED = 1;
    private static final int IN_CAPITALS = 2;

    private static boolean capitals(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= 2;
    }

    private static boolean hanOnly(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Every word of {@code s} the one-word name of a country in one of the lists' languages (Switzerland, Schweiz, Украины) or a place of the lexicon's. */
    private static boolean place(String s) {
        String joined = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
        if (!joined.isEmpty() && OrgTerms.term(joined).startsWith("PLACE ")) {
            return true; // Hong Kong, Inner Mongolia: the places of the lexicon, read joined
        }
        boolean any = false;
        for (String word : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!COUNTRIES.contains(word) && COUNTRY_STEMS.stream().noneMatch(word::startsWith) && !OrgTerms.term(word).startsWith("PLACE ")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
