package org.passage.screening.internal;

/**
 * An organisation's acronym against the words it abbreviates, in the language of the acronym: Russian acronyms are
 * made of the Russian words (АО «НПО Орион» is Научно-Производственное Объединение, "Scientific Production
 * Association Orion" in English; ЦНИИ is Центральный Научно-Исследовательский Институт), so a word of a name may
 * stand for its own first letter or for the first letter of its term's Russian or Ukrainian words ({@link
 * OrgTerms#initials}: SCIENTIFIC n, CENTER ts, PLANT z). A Russian letter romanised in two (Ц ts, Ч ch, Ш sh, Х kh,
 * Ж zh) is one initial, and an English word's c may stand for a Russian к (Construction, Конструкторское).
 * <p>
 * Two uses, both for organisations only: an acronym that one name writes beside its own spelled-out words ("Научно-
 * Технический Центр «Модуль» НТЦ «Модуль»") says the name twice and is dropped ({@link #selfAcronym}); and an acronym
 * left unanswered on one side answers a run of at least two unanswered words of the other ({@link #cover}). A run is
 * whole and in order: no short string matches a long name unless every word of the run gives one of its letters.
 */
final class OrgAcronyms {

    /** Letters of an acronym: two (KB, IA) to seven (ЦНИИХМ tsniikhm counts its ts and kh as one each). */
    static final int MIN_LETTERS = 2;
    static final int MAX_LETTERS = 8;

    private OrgAcronyms() {
    }

    /** The letters a Russian letter romanised as two takes at the start of {@code form}: 2 for ts, ch, sh, kh, zh; else 1. */
    static int initialLength(String form) {
        if (form.length() >= 2 && form.charAt(1) == 'h' && "cskz".indexOf(form.charAt(0)) >= 0) {
            return 2;
        }
        return form.length() >= 2 && form.charAt(0) == 't' && form.charAt(1) == 's' ? 2 : 1;
    }

    /** A word that may be an acronym: two to eight Latin letters, not a number, particle or a word of another script. */
    static boolean candidate(NameToken token, byte role) {
        String text = token.text();
        if (token.numeric() || token.syllabic() || token.abjad() || role == ParsedName.PARTICLE || role == ParsedName.GIVEN
                || text.length() < MIN_LETTERS || text.length() > MAX_LETTERS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** {@code tokens[from, to)} spell {@code acronym}, each word giving exactly one of its initials, in order. */
    static boolean spells(String acronym, NameToken[] tokens, int from, int to) {
        if (to - from < 2 && !(to - from == 1 && compoundPrefix(tokens[from].text()) > 0)) {
            return false;
        }
        // НПК, ВОК: the К of Компания, a word the parser drops as a legal form, ends many Russian acronyms; the C of
        // Company or Corporation ends their English ones (RPC, Research and Production Company)
        char last = acronym.charAt(acronym.length() - 1);
        return spells(acronym, 0, tokens, from, to)
                || acronym.length() >= 3 && (last == 'k' || last == 'c') && spells(acronym.substring(0, acronym.length() - 1), 0, tokens, from, to)
                || to - from == acronym.length() && acronym.length() >= MIN_REORDERED && inAnyOrder(acronym, tokens, from, to);
    }

    /** Letters an acronym needs before its words may give them in another order: two letters in either order say too little. */
    static final int MIN_REORDERED = 4;

    /**
     * Every word of {@code tokens[from, to)} gives one letter of {@code acronym} (its own first letter or an initial of its
     * term) and every letter is given once, in any order: a Russian acronym follows the Russian order of the words, which a
     * romanised or translated name may change (МПКФ or МПФК for многопрофильная производственная коммерческая фирма).
     */
    private static boolean inAnyOrder(String acronym, NameToken[] tokens, int from, int to) {
        return assign(acronym, new boolean[acronym.length()], tokens, from, to);
    }

    private static boolean assign(String acronym, boolean[] used, NameToken[] tokens, int k, int to) {
        if (k == to) {
            return true;
        }
        NameToken word = tokens[k];
        if (word.numeric() || word.syllabic() || word.abjad() || word.text().isEmpty()) {
            return false;
        }
        char first = word.text().charAt(0);
        String[] initials = OrgTerms.initials(word.term());
        for (int at = 0; at < acronym.length(); at++) {
            if (used[at]) {
                continue;
            }
            char letter = acronym.charAt(at);
            boolean gives = letter == first || letter == 'k' && first == 'c';
            for (int i = 0; !gives && i < initials.length; i++) {
                gives = initials[i].length() == 1 && initials[i].charAt(0) == letter;
            }
            if (gives) {
                used[at] = true;
                if (assign(acronym, used, tokens, k + 1, to)) {
                    return true;
                }
                used[at] = false;
            }
        }
        return false;
    }

    /** The English negating prefix written as a word of its own by a hyphen (non-state, non-profit). */
    private static boolean negated(String text) {
        return text.length() == 3 && text.equals("non");
    }

    /**
     * Russian words that begin compounds and give their own letter to an acronym: ЭнергоЦентр ЭЦ, АвиаСтроительный; and
     * petro-, the "oil" that Persian, Malay and English company names join to the next word (Petropars International,
     * PPI; Petrokimia): the Latin petro- as Wiktionary gives it, the lists' other spelling of нефте-.
     */
    private static final String[] COMPOUND_PREFIXES = {"energo", "elektro", "electro", "radio", "avia", "neft", "gaz", "prom", "mash",
            "agro", "avto", "auto", "geo", "gidro", "teplo", "stroy", "spets", "voen", "torg", "tekh", "telekom", "tele", "metall", "khim",
            "petro"};
    private static final String PETRO = "petro";

    /** The first two letters of the prefixes above, by {@code first << 7 | second} (all are ASCII), and the shortest word one begins. */
    private static final boolean[] PREFIX_STARTS = new boolean[128 * 128];
    private static final int SHORTEST_COMPOUND = java.util.Arrays.stream(COMPOUND_PREFIXES).mapToInt(String::length).min().orElseThrow() + 3;

    static {
        for (String prefix : COMPOUND_PREFIXES) {
            PREFIX_STARTS[prefix.charAt(0) << 7 | prefix.charAt(1)] = true;
        }
    }

    /** The letters of a compound's prefix, or 0 when {@code text} does not begin with one followed by three or more letters. */
    private static int compoundPrefix(String text) {
        // most words begin with none: two letters looked up decide that (this ran for every word of every candidate)
        if (text.length() < SHORTEST_COMPOUND || text.charAt(0) >= 128 || text.charAt(1) >= 128 || !PREFIX_STARTS[text.charAt(0) << 7 | text.charAt(1)]) {
            return 0;
        }
        for (String prefix : COMPOUND_PREFIXES) {
            if (text.length() >= prefix.length() + 3 && text.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    private static boolean spells(String acronym, int at, NameToken[] tokens, int k, int to) {
        if (k == to) {
            return at == acronym.length();
        }
        if (k + 1 < to && at < acronym.length() && acronym.charAt(at) == 'n' && negated(tokens[k].text())
                && spells(acronym, at + 1, tokens, k + 2, to)) {
            // NPF, НПФ: English writes the negation apart with a hyphen (non-state), Russian and its acronym as one
            // word (негосударственный пенсионный фонд), so "non" and its word give one letter (an English acronym
            // gives each its own: NGO, non-governmental organisation, is read as three words already)
            return true;
        }
        if (acronym.length() - at < to - k) {
            return false;
        }
        NameToken word = tokens[k];
        if (word.numeric() || word.syllabic() || word.abjad() || word.text().isEmpty()) {
            return false;
        }
        String text = word.text();
        char first = text.charAt(0);
        char letter = acronym.charAt(at);
        if ((letter == first || letter == 'k' && first == 'c') && spells(acronym, at + 1, tokens, k + 1, to)) {
            return true;
        }
        int digraph = initialLength(text);
        if (digraph == 2 && acronym.regionMatches(at, text, 0, 2) && spells(acronym, at + 2, tokens, k + 1, to)) {
            return true;
        }
        int prefix = compoundPrefix(text);
        if (prefix > 0 && letter == first && at + 1 < acronym.length() && !(text.startsWith(PETRO) && !word.term().isEmpty())) {
            // (petroleum and petrochemical are words of the lexicon, read whole: not petro- and a second word)
            // ЭнергоЦентр: the prefix's letter, then the second word's (ts, ch, sh, kh, zh as one)
            int second = text.length() - prefix >= 2 && text.charAt(prefix + 1) == 'h' && "cskz".indexOf(text.charAt(prefix)) >= 0
                    || text.charAt(prefix) == 't' && text.charAt(prefix + 1) == 's' ? 2 : 1;
            if (acronym.regionMatches(at + 1, text, prefix, second) && spells(acronym, at + 1 + second, tokens, k + 1, to)) {
                return true;
            }
        }
        for (String initial : OrgTerms.initials(word.term())) {
            if (initial.charAt(0) != first && acronym.startsWith(initial, at) && spells(acronym, at + initial.length(), tokens, k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of at least two words of {@code name} (or one compound), none answered yet ({@code match} below 0) and none at {@code skip},
     * that spells {@code acronym}: {@code from * 64 + to}, or -1 when there is none.
     */
    static int run(String acronym, NameToken[] name, int[] match, int skip) {
        for (int from = 0; from < name.length; from++) {
            if (match[from] >= 0 || from == skip) {
                continue;
            }
            // a compound (Энергоцентр) is a run of its own
            for (int to = from + 1; to <= name.length && to - from <= acronym.length() + 1; to++) {
                if (match[to - 1] >= 0 || to - 1 == skip) {
                    break;
                }
                if (to == from + 1) {
                    // Газпромбанк ГПБ, Внешторгбанк ВТБ: a compound of clipped stems, one letter a stem
                    if (spelledByCompound(acronym, name[from])) {
                        return from * 64 + to;
                    }
                    if (compoundPrefix(name[from].text()) == 0) {
                        continue;
                    }
                }
                if (spells(acronym, name, from, to)) {
                    return from * 64 + to;
                }
            }
        }
        return -1;
    }

    /** {@code word} is a compound of clipped stems whose first letters are the acronym (gazprombank gpb). */
    static boolean spelledByCompound(String acronym, NameToken word) {
        return acronym.length() >= 3 && SlavicCompounds.parts(word).length == acronym.length()
                && SlavicCompounds.initials(word.text()).equals(acronym);
    }

    /**
     * A run of two words or more of {@code name} that spells {@code acronym} while some of its words are answered
     * already, at least one not: the acronym written beside the words it abbreviates (NZP Poluprovodnikovykh Priborov
     * for Novosibirski Zavod Poluprovodnikovykh Priborov; EKT (Katrangi Bros) for Electronics Katrangi Trading). As
     * {@code from * 64 + to}, or -1.
     */
    static int runThroughAnswered(String acronym, NameToken[] name, int[] match) {
        for (int from = 0; from + 1 < name.length; from++) {
            for (int to = from + 2; to <= name.length && to - from <= acronym.length() + 1; to++) {
                boolean open = false;
                boolean answered = false;
                for (int k = from; k < to; k++) {
                    open |= match[k] < 0;
                    answered |= match[k] >= 0;
                }
                if (open && answered && spells(acronym, name, from, to)) {
                    return from * 64 + to;
                }
            }
        }
        return -1;
    }

    /**
     * A run of unanswered words that spells the acronym but for its first letter or two, those given by words the
     * parser dropped as a legal form: the written words' initials, legal forms included ({@link ParsedName#acronym}),
     * hold the whole acronym (LLC PSO for Private Security Organization: "private" goes with the legal form; Sberbank
     * PPF for Sberbank Private Pension Fund). As {@code from * 64 + to}, or -1.
     */
    static int runAfterLegalForm(String acronym, ParsedName name, int[] match) {
        if (acronym.length() < 3 || name.acronym().isEmpty()) {
            return -1;
        }
        boolean written = false;
        for (String initials : name.acronym().split("\\|")) {
            written |= initials.contains(acronym);
        }
        if (!written) {
            return -1;
        }
        for (int dropped = 1; dropped <= 2 && acronym.length() - dropped >= 2; dropped++) {
            String rest = acronym.substring(dropped);
            NameToken[] words = name.tokens();
            for (int from = 0; from + 1 < words.length; from++) {
                for (int to = from + 1; to < words.length && to - from < rest.length() && match[to - 1] < 0; to++) {
                    if (match[to] < 0 && spells(rest, 0, words, from, to + 1)) {
                        return from * 64 + to + 1;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The position of a word of {@code tokens} that abbreviates a run of the name's other words (НТЦ beside Научно-
     * Технический Центр), or -1. Only names of three words or more, and only a word after its run or before it.
     */
    static int selfAcronym(java.util.List<NameToken> tokens) {
        int n = tokens.size();
        if (n < 3) {
            return -1;
        }
        NameToken[] words = null;
        int[] none = null;
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            if (!candidate(t, ParsedName.OTHER) || !t.term().isEmpty() || Vocabulary.isParticle(t) || t.isGivenName()) {
                continue;
            }
            if (words == null) {
                words = tokens.toArray(NameToken[]::new);
                none = new int[n];
                java.util.Arrays.fill(none, -1);
            }
            if (run(t.text(), words, none, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A word of {@code name} that says the acronym's letters aloud, as a run {@code from * 64 + to} of one word; or -1. */
    private static int said(String acronym, ParsedName name, int[] match) {
        int j = saidAloud(acronym, name, match);
        return j < 0 ? -1 : j * 64 + j + 1;
    }

    /** Some word of the name other than {@code at} is answered: the acronym is not all the evidence. */
    private static boolean answeredBesides(int[] match, int at) {
        for (int k = 0; k < match.length; k++) {
            if (k != at && match[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names Russian gives the Latin letters when it reads an abbreviation aloud, as romanised from the Cyrillic
     * (ЭсЭфДжи for SFG, ЭйБиСи for ABC): the English names as Russian hears them (эй, би, си, ди, и, эф, джи, эйч, ай,
     * джей, кей, эл, эм, эн, оу, пи, кью, ар, эс, ти, ю, ви, дабл-ю, экс, уай, зед) and the Latin names taught at school
     * (а, бэ, цэ, дэ, е, эф, гэ, ха, и, йот, ка, эль, эм, эн, о, пэ, ку, эр, эс, тэ, у, вэ, икс, игрек, зэт). Source:
     * Russian Wiktionary, the entries for the letters of the Latin alphabet (произношение, the Russian name of each).
     */
    private static final String[][] LETTER_NAMES = {
            {"ey", "ei", "ej", "a"}, {"bi", "be"}, {"si", "tse", "ce"}, {"di", "de"}, {"i", "e", "ye"}, {"ef"},
            {"dzhi", "dzi", "dji", "ji", "ge", "zhe"}, {"eych", "eich", "eyc", "ha", "kha", "ash"}, {"ay", "ai", "aj", "i"},
            {"dzhey", "dzhei", "dzhej", "jey", "jei", "yot", "iot", "jot"}, {"key", "kei", "kej", "ka"}, {"el", "el'"},
            {"em"}, {"en"}, {"ou", "o"}, {"pi", "pe"}, {"kyu", "kiu", "kju", "ku"}, {"ar", "er"}, {"es"}, {"ti", "te"},
            {"yu", "iu", "ju", "u"}, {"vi", "ve"}, {"dablyu", "dabliu", "dablju"}, {"eks", "iks"},
            {"uay", "uai", "uaj", "igrek"}, {"zed", "zet", "zi", "ze"}};

    /** Letters a word must have to be read as letters said aloud: two letter names at the least. */
    static final int MIN_SAID_LETTERS = 4;

    /**
     * {@code word} (a romanised spelling) is the letters of {@code acronym} said one after another by their Russian
     * names (esefdzhi: эс-эф-джи, SFG), every letter of the word used.
     */
    static boolean saysLetters(String word, String acronym) {
        if (word.length() < MIN_SAID_LETTERS || word.length() < 2 * acronym.length() - 2 || word.length() > 6 * acronym.length()) {
            return false;
        }
        return says(word, 0, acronym, 0);
    }

    private static boolean says(String word, int at, String acronym, int k) {
        if (k == acronym.length()) {
            return at == word.length();
        }
        char letter = acronym.charAt(k);
        if (letter < 'a' || letter > 'z') {
            return false;
        }
        for (String name : LETTER_NAMES[letter - 'a']) {
            if (word.startsWith(name, at) && says(word, at + name.length(), acronym, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Some spelling of {@code token} says the letters of {@code acronym} ({@link #saysLetters}). */
    private static boolean saysLetters(NameToken token, String acronym) {
        if (token.numeric() || token.abjad() || token.syllabic()) {
            return false;
        }
        java.util.List<String> spellings = token.spellings();
        for (int k = 0; k < spellings.size(); k++) {
            if (saysLetters(spellings.get(k), acronym)) {
                return true;
            }
        }
        return false;
    }

    /** The first unanswered word of {@code name} that says the letters of {@code acronym}, or -1. */
    private static int saidAloud(String acronym, ParsedName name, int[] match) {
        for (int j = 0; j < name.size(); j++) {
            if (match[j] < 0 && name.roles()[j] != ParsedName.PARTICLE && saysLetters(name.tokens()[j], acronym)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * For two organisations' names once their words are paired: each acronym left unanswered in {@code a} takes a run
     * of unanswered words of {@code b} that it spells, and the other way round; the pairing arrays, similarities and
     * kinds are updated in place (every word of the run answers the acronym; the acronym answers the run's first word).
     * An acronym is never all the evidence: another word of its name must be answered too ("NPO" alone is no answer
     * to "Scientific Production Association Veltor"; a one-word name is an acronym of the whole other name or nothing).
     */
    static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds) {
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] < 0 && candidate(a.tokens()[i], a.roles()[i]) && answeredBesides(matchA, i)) {
                int run = run(a.tokens()[i].text(), b, matchB);
                if (run >= 0) {
                    int first = -1;
                    for (int j = run / 64; j < run % 64; j++) {
                        if (matchB[j] < 0) {
                            // a word of the run answered already keeps its answer (the acronym beside its own words)
                            matchB[j] = i;
                            sim[i][j] = TokenMatch.ACRONYM.similarity;
                            kinds[i][j] = TokenMatch.ACRONYM;
                            first = first < 0 ? j : first;
                        }
                    }
                    matchA[i] = first;
                }
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (matchB[j] < 0 && candidate(b.tokens()[j], b.roles()[j]) && answeredBesides(matchB, j)) {
                int run = run(b.tokens()[j].text(), a, matchA);
                if (run >= 0) {
                    int first = -1;
                    for (int i = run / 64; i < run % 64; i++) {
                        if (matchA[i] < 0) {
                            matchA[i] = j;
                            sim[i][j] = TokenMatch.ACRONYM.similarity;
                            kinds[i][j] = TokenMatch.ACRONYM;
                            first = first < 0 ? i : first;
                        }
                    }
                    matchB[j] = first;
                }
            }
        }
    }

    /**
     * The run of {@code name}'s words an unanswered acronym answers, as {@code from * 64 + to}, or -1: unanswered words
     * that spell it, or a word that says its letters aloud; then, only when neither, a run through words answered already
     * and a run after a dropped legal form.
     */
    private static int run(String acronym, ParsedName name, int[] match) {
        int run = run(acronym, name.tokens(), match, -1);
        if (run < 0) {
            run = said(acronym, name, match);
        }
        if (run < 0) {
            run = runThroughAnswered(acronym, name.tokens(), match);
        }
        if (run < 0) {
            run = runAfterLegalForm(acronym, name, match);
        }
        return run;
    }
}
