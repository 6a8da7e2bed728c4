package org.passage.screening.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptive words of organisation names in the languages sanctions lists write them in, each mapped to one
 * term: завод, fabrika, usine, کارخانه and plant are all PLANT; научно-исследовательский is RESEARCH; شرکت and société
 * are COMPANY. A list writes a Russian or Iranian company under its own name and under a translation, and the
 * translation keeps the proper name (Ametist, Qods) but not the descriptive words: matched as terms, "Конструкторское
 * бюро Аметист" and "Design Bureau Ametist" agree on every part. The idea is rigour's organisation symbols
 * ({@code rigour.names.symbols}); the word lists are Passage's own, in {@code org-terms.txt} beside this class's
 * package in the resources, with their sources. Han, Hangul, kana and Thai words are kept as written (科技, 무역)
 * and looked up by {@link #nativeTerm}, since their romanisations (bu, si, chang) are also Latin names. A word given with a trailing {@code -} is a
 * stem: a Russian or Ukrainian case or gender ending may follow it (исследовательск- covers -ий, -ая, -ое, -ого).
 * Terms are descriptive, never distinctive: a name whose matched parts are all terms is not a match
 * ({@link NameComparison}). Looked up once per word when the word is first parsed.
 */
final class OrgTerms {

    /** The lexicon: one term per line, then the places (see the file's own comments for its sources and reasoning). */
    static final String LEXICON = "org-terms.txt";

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> STEMS = new HashMap<>();
    static final int MIN_STEM = 3;
    /**
     * The endings a stem takes, as the romanisations write them: every Russian, Ukrainian and Belarusian noun and
     * adjective ending of {@link #CYRILLIC_ENDINGS} put through every table of {@link Romanizer} (BGN/PCGN gives
     * proizvodstvennoye, GOST and the lists' own habit proizvodstvennoe, ICAO proizvodstvennoe, scholarly
     * proizvodstvennoje), so that a Latin list's spelling of a Cyrillic stem is read whatever its case, gender and
     * system; also after the н that a stem written with one н (производствен-) doubles. The few endings of Latin
     * habit no table writes (-ich, -s) are added by hand.
     */
    private static final java.util.Set<String> ENDINGS = new java.util.HashSet<>(java.util.Set.of("", "ich", "s", "oi", "nyi", "nij"));
    /** The longest ending in letters: the stems looked for are at most this much shorter than the word. */
    private static int longestEnding;

    /**
     * The case and gender endings of Russian, Ukrainian and Belarusian nouns and adjectives (nominative to
     * prepositional, singular and plural; the soft and hard declensions), as any grammar of the three languages
     * lists them.
     */
    private static final String[] CYRILLIC_ENDINGS = {"", "а", "я", "о", "е", "ы", "и", "у", "ю", "й", "ь", "ый", "ий", "ой", "ая",
            "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ам",
            "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ей", "ия", "ии", "ию", "ией", "ье", "ья", "ьи", "ью", "ьем", "ою", "єю", "ій",
            "ої", "і", "ї", "ів", "іх", "ага", "ымі", "ай", "ае", "ыя", "яе"};

    /**
     * The relational adjective of a noun, as Russian, Ukrainian and Belarusian grammar forms it from the noun's stem with
     * a suffix and an adjective ending (Русская грамматика, 1980, §§ 563–600 on the suffixes -ов-/-ев-, -н-, -ян-, -ск-,
     * -ическ-): лизинг, лизинговая компания (a leasing company); нефть, нефтяная (oil); газ, газовая (gas); технология,
     * технологический. A Latin translation says the noun (Leasing Company, Oil Company), so the adjective is the noun's
     * term. Only the long adjective endings, never a bare noun's: Банкова, Газов are surnames, банковый, газовая are not.
     */
    private static final String[] ADJECTIVE_SUFFIXES = {"ов", "ев", "н", "ян", "ск", "ическ"};
    private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
            "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "ій", "ої", "ы", "ыя", "ае", "ага", "ымі"};
    /** The romanised suffix-and-ending tails of {@link #ADJECTIVE_SUFFIXES}, and the longest of them in letters. */
    private static final java.util.Set<String> ADJECTIVE_TAILS = new java.util.HashSet<>();
    private static int longestAdjectiveTail;
    /** The last letters of every tail: a word ending otherwise is no such adjective, asked before any look-up. */
    private static final java.util.Set<String> ADJECTIVE_LAST = new java.util.HashSet<>();

    private static void adjectiveTails() {
        for (String suffix : ADJECTIVE_SUFFIXES) {
            for (String ending : ADJECTIVE_ENDINGS) {
                for (String form : Romanizer.romanize(Romanizer.fold("б" + suffix + ending))) {
                    if (form.startsWith("b") && form.length() >= 4) {
                        String tail = form.substring(1);
                        ADJECTIVE_TAILS.add(tail);
                        ADJECTIVE_LAST.add(tail.substring(tail.length() - 2));
                        longestAdjectiveTail = Math.max(longestAdjectiveTail, tail.length());
                    }
                }
            }
        }
    }

    private static void endings() {
        for (String ending : CYRILLIC_ENDINGS) {
            for (String stemEnd : new String[] {"б", "бн"}) {
                // after a consonant, as inside a word (a table writes е at a word's start as ye)
                for (String form : Romanizer.romanize(Romanizer.fold(stemEnd + ending))) {
                    if (form.startsWith("b")) {
                        String tail = form.substring(1);
                        ENDINGS.add(tail);
                        longestEnding = Math.max(longestEnding, tail.length());
                    }
                }
            }
        }
    }

    /** Han, Hangul, kana and Thai words, by their own writing: their romanisations (bu, si, chang) are also Latin names. */
    private static final Map<String, String> NATIVE = new HashMap<>();
    /** A place written in Han, Hangul or Thai and the Latin word lists write it as (香港 hongkong). */
    private static final Map<String, String> PLACES = new HashMap<>();
    private static int longestNative;
    /**
     * The letters a term's word may stand for in an acronym: the English term's own and those of its Russian and
     * Ukrainian words as romanised (SCIENTIFIC s and n for научн-, CENTER c and ts for центр-): Russian acronyms (НПО,
     * ЦНИИ) are made of the original words, which a translation replaces.
     */
    private static final Map<String, String[]> INITIALS = new HashMap<>();
    private static final String[] NO_INITIALS = {};

    /**
     * Two terms that lists give for one word (научно-производственное is "scientific and production" in one list,
     * "research and production" in another): lines {@code ~ TERM TERM} of the lexicon, kept both ways.
     */
    private static final Map<String, java.util.Set<String>> KINDRED = new HashMap<>();

    /** Whether two different terms translate one word in lists' habit (SCIENTIFIC and RESEARCH); see {@link #KINDRED}. */
    static boolean kindred(String a, String b) {
        java.util.Set<String> kin = KINDRED.get(a);
        return kin != null && kin.contains(b);
    }

    /**
     * What one word of a term says that another language says in several words: a refinery is an oil refining plant
     * (нефтеперерабатывающий завод, "Oil Refinery"), a shipyard a shipbuilding plant. Lines {@code + TERM TERM …} of the
     * lexicon: a word of the first term, once paired, also answers a word of the other terms its translation left alone.
     */
    private static final Map<String, java.util.Set<String>> IMPLIED = new HashMap<>();

    /** Whether a word of {@code term} also says {@code other} (a refinery says oil and plant); see {@link #IMPLIED}. */
    static boolean implies(String term, String other) {
        if (term.isEmpty() || other.isEmpty()) {
            return false;
        }
        java.util.Set<String> said = IMPLIED.get(term);
        return said != null && said.contains(other);
    }

    /** Whether a word of {@code term} says other words too (REFINERY, AGROCHEMICAL); see {@link #IMPLIED}. */
    static boolean impliesAny(String term) {
        return !term.isEmpty() && IMPLIED.containsKey(term);
    }

    /** Whether any term implies others: when none does, {@link ImpliedWords} has nothing to look for. */
    static boolean anyImplied() {
        return !IMPLIED.isEmpty();
    }

    /**
     * Terms marked {@code ?} in the lexicon: everyday words an organisation is named with (Солнце, Sol, Sun; Звезда,
     * Star; Октябрь, October), translated between organisations' names only, since they are also people's names
     * (Sun and Sol are Chinese and Korean surnames). Distinctive, as {@code !} terms are.
     */
    private static final java.util.Set<String> ORGANISATIONS_ONLY = new java.util.HashSet<>();

    /** Whether two words of this term meet only in organisations' names (see {@link #ORGANISATIONS_ONLY}). */
    static boolean organisationsOnly(String term) {
        return ORGANISATIONS_ONLY.contains(term);
    }

    /** Terms marked {@code !} in the lexicon: translated like the others, but a distinctive word of a name (West, Tawhid). */
    private static final java.util.Set<String> DISTINCTIVE = new java.util.HashSet<>();

    /**
     * The words of military units' names (отдельный separate, гвардейский guards, мотострелковый motor rifle, полк
     * regiment, радиоэлектронной борьбы electronic warfare): a table of their own, read as the lexicon is, after it.
     */
    static final String UNIT_WORDS = "military-unit-words.txt";

    /** Persian and Arabic words of organisations' names that the lexicon lacked: a table of their own, read after it. */
    static final String ABJAD_WORDS = "abjad-org-words.txt";

    static {
        endings();
        adjectiveTails();
        read(LEXICON);
        read(UNIT_WORDS);
        read(ABJAD_WORDS);
        countries();
        // an English acronym of a kindred translation (RPC, Research and Production Company, for научно-производственная
        // компания) stands for the word as well as the Russian one does
        for (Map.Entry<String, java.util.Set<String>> kin : KINDRED.entrySet()) {
            for (String other : kin.getValue()) {
                INITIALS.merge(kin.getKey(), INITIALS.getOrDefault(other, NO_INITIALS), (x, y) -> {
                    java.util.Set<String> both = new java.util.LinkedHashSet<>(List.of(x));
                    both.addAll(List.of(y));
                    return both.toArray(String[]::new);
                });
            }
        }
    }

    /**
     * The countries' names in the lists' languages ({@link CountryNames}, from CLDR), after the files: a word the files
     * give a term already keeps it, and a country whose English name is such a word joins that term when it is translated
     * between organisations only (Belarus, Japan); one the files translate in people's names as well (Jordan, China, and
     * RUSSIAN for Russia) keeps the files' words alone, since Jordan is a given name and Иордания no answer to it.
     */
    private static void countries() {
        for (Map.Entry<String, List<String>> country : CountryNames.names().entrySet()) {
            String term = null;
            for (String word : country.getValue()) {
                String known = word.endsWith("-") ? null : WORDS.get(Romanizer.fold(word));
                if (known != null && !known.startsWith("PLACE ")) {
                    term = known;
                    break;
                }
            }
            if (term == null) {
                term = INITIALS.containsKey(country.getKey()) ? country.getKey() : "?" + country.getKey();
            }
            if (!term.startsWith("?") && !ORGANISATIONS_ONLY.contains(term)) {
                continue; // a country the files translate in people's names too (Jordan, China): the files' words alone
            }
            term(term, country.getValue().toArray(String[]::new));
        }
    }

    private static void read(String file) {
        boolean places = false;
        for (DataFile.Line line : DataFile.lines(file)) {
            String text = line.text();
            if (text.equals("PLACES")) {
                places = true;
            } else if (text.startsWith("~")) {
                String[] pair = text.substring(1).strip().split("\\s+");
                if (pair.length != 2) {
                    throw line.error("expected '~ TERM TERM'");
                }
                KINDRED.computeIfAbsent(pair[0], k -> new java.util.HashSet<>()).add(pair[1]);
                KINDRED.computeIfAbsent(pair[1], k -> new java.util.HashSet<>()).add(pair[0]);
            } else if (text.startsWith("+")) {
                String[] terms = text.substring(1).strip().split("\\s+");
                if (terms.length < 2) {
                    throw line.error("expected '+ TERM TERM …'");
                }
                IMPLIED.computeIfAbsent(terms[0], k -> new java.util.HashSet<>()).addAll(List.of(terms).subList(1, terms.length));
            } else if (places) {
                place(text.split("\\s+"));
            } else {
                int colon = text.indexOf(':');
                if (colon <= 0 || colon == text.length() - 1) {
                    throw line.error("expected 'term: word word …'");
                }
                term(text.substring(0, colon).strip(), text.substring(colon + 1).strip().split("\\s+"));
            }
        }
    }

    /**
     * Whether a word of this term is descriptive (a generic word of an organisation's name) rather than distinctive:
     * North Star Shipping and South Star Shipping are two companies, though north and south are translated as terms.
     */
    static boolean descriptive(String term) {
        return !term.isEmpty() && !DISTINCTIVE.contains(term);
    }

    private static void term(String term, String[] words) {
        if (term.startsWith("?")) {
            term = term.substring(1);
            DISTINCTIVE.add(term);
            ORGANISATIONS_ONLY.add(term);
        } else if (term.startsWith("!")) {
            term = term.substring(1);
            DISTINCTIVE.add(term);
        }
        java.util.Set<String> initials = new java.util.LinkedHashSet<>();
        initials.add(term.substring(0, 1).toLowerCase(java.util.Locale.ROOT));
        for (String word : words) {
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
                if (word.indexOf('+') > 0) {
                    initials.addAll(compoundInitials(word.replace("-", "").split("\\+")));
                    continue;
                }
                for (String form : Romanizer.romanize(Romanizer.fold(word.replace("-", "")))) {
                    if (!form.isEmpty()) {
                        initials.add(form.substring(0, OrgAcronyms.initialLength(form)));
                    }
                }
            }
        }
        INITIALS.merge(term, initials.toArray(String[]::new), (x, y) -> {
            java.util.Set<String> both = new java.util.LinkedHashSet<>(List.of(x));
            both.addAll(List.of(y));
            return both.toArray(String[]::new);
        });
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (unspaced(word)) {
                for (String spelling : KoreanNames.bothOrthographies(word)) { // 노동 is the North's 로동
                    NATIVE.putIfAbsent(spelling, term);
                }
                longestNative = Math.max(longestNative, word.codePointCount(0, word.length()));
                continue;
            }
            boolean stem = word.endsWith("-");
            String w = (stem ? word.substring(0, word.length() - 1) : word).replace("+", "");
            for (String form : Romanizer.romanize(Romanizer.fold(w))) {
                if (!form.isEmpty()) {
                    (stem ? STEMS : WORDS).putIfAbsent(form, term);
                }
            }
        }
    }

    /**
     * The initials of a Russian word written as the parts it joins (радио+электронн-): one letter a part, as the acronym
     * of the words it is said in takes them (РЭБ, радиоэлектронная борьба: р and э from the one word), in each
     * romanisation.
     */
    private static java.util.Set<String> compoundInitials(String[] parts) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        List<String> firstForms = Romanizer.romanize(Romanizer.fold(parts[0]));
        for (String first : firstForms) {
            StringBuilder letters = new StringBuilder(first.substring(0, OrgAcronyms.initialLength(first)));
            for (int k = 1; k < parts.length; k++) {
                String form = Romanizer.romanize(Romanizer.fold(parts[k])).getFirst();
                letters.append(form, 0, OrgAcronyms.initialLength(form));
            }
            out.add(letters.toString());
        }
        return out;
    }

    /** One line of places: the native spellings, then the Latin ones (the first is what the native is read as). */
    private static void place(String[] words) {
        String latin = null;
        for (String word : words) {
            if (!unspaced(word)) {
                latin = latin == null ? word : latin;
                WORDS.putIfAbsent(word, "PLACE " + latin);
            }
        }
        if (latin == null) {
            throw new IllegalStateException(LEXICON + ": a place without its Latin spelling: " + String.join(" ", words));
        }
        for (String word : words) {
            if (unspaced(word)) {
                PLACES.putIfAbsent(word, latin);
                longestNative = Math.max(longestNative, word.codePointCount(0, word.length()));
            }
        }
    }

    /** The letters a word of this term may stand for in an acronym (see {@link #INITIALS}); empty for no term. */
    static String[] initials(String term) {
        return term.isEmpty() ? NO_INITIALS : INITIALS.getOrDefault(term, NO_INITIALS);
    }

    /** Written in a script that puts no space between words: Han, Hangul, kana, Thai. */
    static boolean unspaced(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return true;
            }
        }
        return false;
    }

    /** The term of a Han, Hangul, kana or Thai word as written (科技 TECHNOLOGY), or "". */
    static String nativeTerm(String word) {
        return NATIVE.getOrDefault(word, "");
    }

    /** The Latin word a place written in Han, Hangul or Thai is listed as (深圳 shenzhen, 香港 hongkong), or null. */
    static @org.jspecify.annotations.Nullable String place(String word) {
        return PLACES.get(word);
    }

    /** Characters in the longest native word or place: the window {@link UnspacedNames} looks through. */
    static int longestNative() {
        return longestNative;
    }

    private OrgTerms() {
    }

    /** The term a word of a name stands for (PLANT, BANK …), or "" when it is none; {@code text} is the word's primary spelling. */
    static String term(String text) {
        String term = WORDS.get(text);
        if (term != null) {
            return term;
        }
        for (int k = text.length(); k >= Math.max(MIN_STEM, text.length() - longestEnding); k--) {
            term = STEMS.get(text.substring(0, k));
            if (term != null && ENDINGS.contains(text.substring(k))) {
                return term;
            }
        }
        String adjective = relationalAdjective(text);
        return adjective.isEmpty() ? plural(text) : adjective;
    }

    /**
     * The term of the noun a relational adjective is formed from (lizingovaya: лизинг-, neftyanaya: нефт-), when the
     * lexicon has the noun as a stem or a word of {@link #MIN_STEM} letters or more; "" for any other word. See
     * {@link #ADJECTIVE_SUFFIXES}.
     */
    private static String relationalAdjective(String text) {
        int n = text.length();
        if (n < MIN_STEM + 4 || !ADJECTIVE_LAST.contains(text.substring(n - 2))) {
            return "";
        }
        for (int k = Math.max(MIN_STEM, n - longestAdjectiveTail); k <= n - 3; k++) {
            if (ADJECTIVE_TAILS.contains(text.substring(k))) {
                String noun = text.substring(0, k);
                String term = STEMS.get(noun);
                if (term == null) {
                    term = WORDS.get(noun);
                }
                if (term != null && !term.startsWith("PLACE ")) {
                    return term;
                }
            }
        }
        return "";
    }

    /** Whether {@code text} is a case or gender ending a stem may take, as romanised (see {@link #ENDINGS}). */
    static boolean ending(String text) {
        return ENDINGS.contains(text);
    }

    /** Letters a word keeps once a plural ending is off: shorter stems (bus, gas) are words of their own. */
    static final int MIN_PLURAL_STEM = 4;

    /**
     * The term of a Latin word in the plural whose singular the lexicon has: English, Spanish, French, Portuguese
     * and Italian -s, -es, -ies (factories, laboratorios, soles), German -en, -e (Werke); "" when none. Only for
     * words of the lexicon itself, so a name ending in s is never cut.
     */
    private static String plural(String text) {
        int n = text.length();
        if (n < MIN_PLURAL_STEM + 1 || !isLatin(text)) {
            return "";
        }
        if (text.endsWith("ies")) {
            String term = WORDS.get(text.substring(0, n - 3) + "y");
            if (term != null) {
                return term;
            }
        }
        for (int cut = 1; cut <= 2 && n - cut >= MIN_PLURAL_STEM; cut++) {
            String ending = text.substring(n - cut);
            if (ending.equals("s") || ending.equals("es") || ending.equals("en") || ending.equals("e")) {
                String term = WORDS.get(text.substring(0, n - cut));
                if (term != null) {
                    return term;
                }
            }
        }
        return "";
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Arabic and Persian endings that a descriptive word takes in a name and the lexicon writes without: the Persian
     * ezafe (نیروی هوافضای سپاه: -ی, -ای, -ه‌ی written -هی), the Persian plurals -ها, -های, -ان, -ات, and the Arabic
     * plural and adjective endings -ات, -ين, -ون, -ية, -ي. Longest first.
     */
    private static final String[] ABJAD_ENDINGS = {"های", "ای", "اى", "ها", "ات", "ان", "ين", "ون", "ية", "ی", "ي", "ى", "ه"};

    /** Arabic prefixes joined to the next word: the conjunction و, the prepositions ل and ب, and both (ول, وب). */
    private static final String[] ABJAD_PREFIXES = {"ول", "وب", "و", "ل", "ب"};

    /**
     * The term of a word in Arabic letters that the lexicon has only without an ending or a joined prefix (هوافضای,
     * the ezafe of هوافضا; لخدمات, for services; والجهاد is cut apart by the parser): "" when none. A stem of three
     * letters or more only, so that short words are not read into terms.
     */
    static String abjadTerm(String word) {
        String term = abjadEnding(word);
        if (!term.isEmpty()) {
            return term;
        }
        for (String prefix : ABJAD_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
                String rest = word.substring(prefix.length());
                term = lookUp(rest);
                if (term.isEmpty()) {
                    term = abjadEnding(rest);
                }
                if (!term.isEmpty()) {
                    return term;
                }
            }
        }
        return "";
    }

    /** Persian "-making" (سازی, ساز): the second word of a compound such as هواپیماسازی, aircraft-making. */
    private static final String[] PERSIAN_MAKING = {"سازی", "سازى", "سازي", "ساز"};

    /**
     * A Persian compound of a descriptive word and "-making" (هواپیماسازی aircraft manufacturing, کشتی‌سازی
     * shipbuilding, موتورسازی engine-making), cut into the word and the suffix when the first part is a term of the
     * lexicon: a translation writes them as two words (Aircraft Manufacturing). Null for any other word; a word
     * that does not end in ساز is rejected at the first comparison.
     */
    static String @org.jspecify.annotations.Nullable [] persianMaking(String word) {
        for (String suffix : PERSIAN_MAKING) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String first = word.substring(0, word.length() - suffix.length()).replace("\u200c", "");
                if (!lookUp(first).isEmpty() || !abjadEnding(first).isEmpty()) {
                    return new String[] {first, "سازی"};
                }
                return null;
            }
        }
        return null;
    }

    private static String abjadEnding(String word) {
        for (String ending : ABJAD_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                String term = lookUp(word.substring(0, word.length() - ending.length()).replace("\u200c", ""));
                if (!term.isEmpty()) {
                    return term;
                }
            }
        }
        return "";
    }

    private static String lookUp(String abjad) {
        List<String> spellings = Romanizer.romanize(abjad);
        return spellings.isEmpty() ? "" : WORDS.getOrDefault(spellings.getFirst(), "");
    }
}
