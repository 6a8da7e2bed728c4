package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two parsed names in any order of their parts: tokens are paired greedily by similarity, weighted by
 * role (a surname counts more than a given name, an initial or a generic word little), and the score blends the
 * share of each name that was matched. A patronymic on one side only is neutral (lists often omit it); two
 * different patronymics count against. Rules that keep weak evidence below the threshold: a match that rests
 * on given names and patronymics alone while a surname stays unmatched, and a one-word name against a longer one.
 */
final class NameComparison {

    static final double ONLY_GIVEN_NAMES_CAP = 0.5;
    static final double SINGLE_WORD_CAP = 0.65;
    static final double MONONYM_CAP = 0.75;
    /** Letters a one-word name needs to reach a match against a one-word listed name (Ali and Omar do not). */
    static final int MONONYM_LETTERS = 5;
    /** A short name said word for word as listed: a match to review, not a certainty. */
    static final double SAME_SHORT_NAME = 0.75;
    static final double INITIAL_CAP = 0.75;
    static final int THIN_EVIDENCE_LETTERS = 8;
    static final double THIN_EVIDENCE_CAP = 0.65;

    private NameComparison() {
    }

    /** The outcome: a score in [0, 1] and, for the explanation, which parts matched and how. */
    record Outcome(double score, List<Part> parts, String rule) {
        @Override
        public String toString() {
            return "Outcome[" + score + ", " + parts.size() + " parts]";
        }
    }

    /** One matched pair of parts: the query's token text, the candidate's, and how they matched. */
    record Part(String query, String candidate, TokenMatch kind, double similarity, byte role) {
        @Override
        public String toString() {
            return "Part[" + kind + ", " + similarity + ", redacted]";
        }
    }

    /**
     * @param organizations both sides are organizations: a distinctive word left unmatched on either side counts
     *                      more (people often drop a middle name, companies rarely drop their distinctive word),
     *                      and generic words (bank, plant, trading) alone never make a match
     */
    static final double ACRONYM = 0.8;

    static Outcome compare(ParsedName a, ParsedName b, boolean organizations) {
        return compare(a, b, organizations, null);
    }

    /** The same, remembering what the query worked out in {@code memory} (one query's, see {@link QueryMemory}; null for none). */
    static Outcome compare(ParsedName a, ParsedName b, boolean organizations, @org.jspecify.annotations.Nullable QueryMemory memory) {
        if (organizations) {
            a = a.asOrganization();
            b = b.asOrganization();
            boolean branchA = OrgBranches.hasBranch(a);
            if (branchA != OrgBranches.hasBranch(b)) {
                // "Veltor Foundation, Kenya Branch" is Veltor Foundation: the best of the name with and without its branch
                ParsedName branch = branchA ? a : b;
                ParsedName other = branchA ? b : a;
                Outcome best = compareOrganizations(a, b, memory);
                for (boolean before : new boolean[] {true, false}) {
                    ParsedName without = OrgBranches.withoutBranch(branch, before);
                    if (without != null) {
                        Outcome o = branchA ? compareOrganizations(without, other, memory) : compareOrganizations(other, without, memory);
                        if (o.score() > best.score()) {
                            best = new Outcome(o.score(), o.parts(), o.rule().isEmpty() ? "a branch of the organisation" : o.rule());
                        }
                    }
                }
                return best;
            }
            return compareOrganizations(a, b, memory);
        }
        return compareNames(a, b, false, memory);
    }

    private static Outcome compareOrganizations(ParsedName a, ParsedName b, @org.jspecify.annotations.Nullable QueryMemory memory) {
        Outcome acronym = acronym(a, b);
        if (acronym == null) {
            acronym = acronym(b, a);
        }
        return acronym != null ? acronym : compareNames(a, b, true, memory);
    }

    private static Outcome compareNames(ParsedName a, ParsedName b, boolean organizations, @org.jspecify.annotations.Nullable QueryMemory memory) {
        if (organizations) {
            // "Water Conservancy" is 水利, "Dairy" 乳业: a Chinese organisation word and its English words as one part
            a = HanOrgWords.join(a, b);
            b = HanOrgWords.join(b, a);
            // Global Link is 世联, M Star 美星: a Chinese brand translated word by word
            a = HanBrands.translated(a, b);
            b = HanBrands.translated(b, a);
        }
        a = WordBreaks.join(a, b, memory);
        b = WordBreaks.join(b, a, memory);
        int n = a.size();
        int m = b.size();
        // two Arabic or Persian names: a part that is another spelling of the same Arabic letters is that part;
        // two Korean names in Latin letters, the same way (both asked once per name, see ParsedName.Traits)
        boolean arabic = a.arabicMarked() && b.arabicMarked();
        boolean korean = !organizations && a.koreanMarked() && b.koreanMarked();
        double[][] sim = new double[n][m];
        TokenMatch[][] kinds = new TokenMatch[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                boolean bothOther = organizations && a.roles()[i] == ParsedName.OTHER && b.roles()[j] == ParsedName.OTHER;
                TokenMatch.Result r = words(a.tokens()[i], b.tokens()[j], arabic, korean, organizations, bothOther, memory);
                double s = r.similarity();
                if (a.roles()[i] == ParsedName.PATRONYMIC ^ b.roles()[j] == ParsedName.PATRONYMIC) {
                    s *= 0.5; // a patronymic answering a surname is weak evidence
                }
                if (!organizations && r.kind() == TokenMatch.FUZZY && (TokenMatch.anotherName(a.tokens()[i], b.tokens()[j])
                        || a.roles()[i] == ParsedName.OTHER && b.roles()[j] == ParsedName.OTHER && SlavicSurnames.twoFamilies(a.tokens()[i], b.tokens()[j]))) {
                    s = 0; // Schulze is not Scholz, Merkur not Merkel, Pronin not Boronin: another family, which the contradiction rules then weigh
                }
                if (r.kind() == TokenMatch.FUZZY && a.roles()[i] == ParsedName.GIVEN && b.roles()[j] == ParsedName.GIVEN) {
                    s *= 0.8; // Devis is not Dennis: given names differ by a letter far more often than they are misspelt
                }
                if (a.roles()[i] == ParsedName.PARTICLE ^ b.roles()[j] == ParsedName.PARTICLE) {
                    s = 0; // "al" is no answer to "Ali"
                }
                sim[i][j] = s;
                kinds[i][j] = r.kind();
            }
        }
        int[] matchA = new int[n];
        int[] matchB = new int[m];
        java.util.Arrays.fill(matchA, -1);
        java.util.Arrays.fill(matchB, -1);
        while (true) {
            double best = 0.49;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                if (matchA[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (matchB[j] < 0 && sim[i][j] > best) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            matchA[bi] = bj;
            matchB[bj] = bi;
        }
        if (!organizations) {
            // MURILLO ZAMBRANA and MURILLO DE ORTEGA: a woman's mother's surname and her husband's in one place
            MarriedNames.cover(a, matchA, b, matchB, sim, kinds);
        }
        if (organizations) {
            // НПО against Scientific Production Association: an acronym answers the run of words it abbreviates
            OrgAcronyms.cover(a, matchA, b, matchB, sim, kinds);
            // Метзавод against Metallurgical Plant: a compound answers the run of words that say its parts
            SlavicCompounds.cover(a, matchA, b, matchB, sim, kinds);
            // "Oil Refinery" against нефтеперерабатывающий завод: a word that says two of the other name's words
            ImpliedWords.cover(a, matchA, b, matchB, sim, kinds);
        }
        boolean substantive = false;
        boolean unmatchedSurname = false;
        for (int i = 0; i < n; i++) {
            byte role = a.roles()[i];
            if (matchA[i] >= 0 && (substantiveRole(role, organizations) || abbreviationMatch(a.tokens()[i], role, kinds[i][matchA[i]], organizations))
                    && kinds[i][matchA[i]] != TokenMatch.INITIAL) {
                substantive = true;
            }
            unmatchedSurname |= matchA[i] < 0 && role == ParsedName.OTHER;
        }
        for (int j = 0; j < m; j++) {
            byte role = b.roles()[j];
            if (matchB[j] >= 0 && (substantiveRole(role, organizations) || abbreviationMatch(b.tokens()[j], role, kinds[matchB[j]][j], organizations))
                    && kinds[matchB[j]][j] != TokenMatch.INITIAL) {
                substantive = true;
            }
            unmatchedSurname |= matchB[j] < 0 && role == ParsedName.OTHER;
        }
        boolean patronymicConflict = hasUnmatched(a, matchA, ParsedName.PATRONYMIC) && hasUnmatched(b, matchB, ParsedName.PATRONYMIC);
        double covA = coverage(a, matchA, sim, true, patronymicConflict);
        double covB = coverage(b, matchB, sim, false, patronymicConflict);
        double larger = organizations ? 0.65 : 0.65;
        double score = larger * Math.max(covA, covB) + (1 - larger) * Math.min(covA, covB);
        String rule = "";
        int shorter = Math.min(core(a), core(b));
        // "V. Petrenko" has two parts when the initial agrees with a given name of the other: not a one-word name
        int shorterWithInitials = Math.min(core(a) + matchedInitials(a, matchA), core(b) + matchedInitials(b, matchB));
        Contradictions contradictions = Contradictions.of(a, matchA, b, matchB, organizations);
        score *= contradictions.factor();
        if (!contradictions.reason().isEmpty()) {
            rule = contradictions.reason();
        }
        if (!organizations && (anotherEastAsianGivenName(a, matchA, matchB) || anotherEastAsianGivenName(b, matchB, matchA))) {
            // 선영 영철 김 against Kim Yong Chol: a Chinese or Korean name has one given name; a second one that the
            // other side does not answer names another person, as a differing given name would
            score *= ANOTHER_GIVEN_NAME;
            rule = "another given name in Han or Hangul";
        }
        int evidence = evidenceLetters(a, matchA, b);
        boolean mononyms = core(a) == 1 && core(b) == 1 && a.size() == 1 && b.size() == 1;
        boolean allMatched = allMatched(matchA) && allMatched(matchB);
        if (!organizations && !mononyms && evidence < THIN_EVIDENCE_LETTERS) {
            // Zhang Yu, Li Yi, Kim Min: a short name matched in full is shared by thousands; it needs a date or an id. Said
            // word for word as listed (Wang Wei for WANG Wei, 李明 for Li Ming) it is still that name: a match to review
            double cap = allMatched && a.size() >= 2 && a.size() == b.size() && saidAsListed(a, matchA, b, kinds, sim) ? SAME_SHORT_NAME : THIN_EVIDENCE_CAP;
            if (score > cap) {
                score = cap;
                rule = "a short name (" + evidence + " letters) matches";
            }
        }
        if (!organizations && mononyms) {
            // the listed name is this one word and the query says it (Nikolaos, דוד for David): all there is to compare,
            // so a long enough word may reach a match whatever its role; a short one (Ali, Omar) may not
            double cap = evidence >= MONONYM_LETTERS ? MONONYM_CAP : SINGLE_WORD_CAP;
            if (score > cap) {
                score = cap;
                rule = "a one-word name of a person";
            }
        } else if (!substantive && (unmatchedSurname || shorter <= 1 || organizations)
                && !(organizations && allMatchedButParticles(a, matchA) && allMatchedButParticles(b, matchB)) && score > ONLY_GIVEN_NAMES_CAP) {
            // a company named by descriptive words only (Bank of Communications) is still itself when every word agrees;
            // an article or preposition a translation leaves out (the al of Gama'a al-Islamiyya, Islamic Group) is no word
            score = ONLY_GIVEN_NAMES_CAP;
            rule = organizations ? "only generic words match" : "only given names or patronymics match";
        } else if (!organizations && shorterWithInitials == 1 && score > singleWordCap(a, b, matchA, sim)) {
            score = singleWordCap(a, b, matchA, sim);
            rule = "a one-word name of a person";
        } else if (!organizations && restsOnInitial(a, matchA, kinds) && score > INITIAL_CAP) {
            // V. Petrenko is Viktor Petrenko or Vasyl Petrenko: an initial agrees, it does not identify
            score = INITIAL_CAP;
            rule = "a given name answered by an initial";
        }
        if (organizations && score > 0) {
            // a distinctive word left out is a name inside a longer one (Integral, Integral-Zapad): not lifted
            boolean whole = !hasUnmatched(a, matchA, ParsedName.OTHER) && !hasUnmatched(b, matchB, ParsedName.OTHER);
            // nor two names that each have a word the other lacks (شرکت ملی نفت ایران, National Iranian Gas Company):
            // with the descriptive words read, that is another organisation, not a weak reading
            whole &= contradictions.factor() == 1;
            double calibrated = Calibration.organization(score, whole && readAcrossScripts(a, matchA, b));
            if (calibrated != score && rule.isEmpty()) {
                rule = "an organisation's name read across scripts (calibrated)";
            }
            score = calibrated;
        }
        // which parts matched is read for the explanation of the best pairing of names only: put in words when read
        ParsedName left = a;
        ParsedName right = b;
        return new Outcome(score, new ListOnDemand<>(() -> parts(left, matchA, right, kinds, sim)), rule);
    }

    private static List<Part> parts(ParsedName a, int[] matchA, ParsedName b, TokenMatch[][] kinds, double[][] sim) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0) {
                int j = matchA[i];
                parts.add(new Part(a.tokens()[i].text(), b.tokens()[j].text(), kinds[i][j], sim[i][j],
                        a.roles()[i] == ParsedName.PATRONYMIC || b.roles()[j] == ParsedName.PATRONYMIC ? ParsedName.PATRONYMIC : a.roles()[i]));
            }
        }
        return parts;
    }

    /**
     * How two words of two names compare, with what the names are written as: remembered in {@code memory} (the query's
     * comparisons so far, or null) since the same two words meet again among a query's candidates and their aliases.
     */
    private static TokenMatch.Result words(NameToken x, NameToken y, boolean arabic, boolean korean, boolean organizations, boolean bothOther,
                                           @org.jspecify.annotations.Nullable QueryMemory memory) {
        if (memory == null || x == y) {
            return words(x, y, arabic, korean, organizations, bothOther);
        }
        byte key = QueryMemory.key(arabic, korean, organizations, bothOther);
        TokenMatch.Result r = memory.get(x, y, key);
        if (r == null) {
            r = words(x, y, arabic, korean, organizations, bothOther);
            memory.put(x, y, key, r);
        }
        return r;
    }

    private static TokenMatch.Result words(NameToken x, NameToken y, boolean arabic, boolean korean, boolean organizations, boolean bothOther) {
        TokenMatch.Result r = TokenMatch.compare(x, y);
        if ((r.kind() == TokenMatch.NONE || r.kind() == TokenMatch.FUZZY) && arabic && TokenMatch.arabicSpelling(x, y)) {
            r = new TokenMatch.Result(TokenMatch.TRANSLITERATION, TokenMatch.ARABIC_SPELLING);
        }
        if (!arabic && r.similarity() < TokenMatch.CONSONANTS.similarity && x.abjad() != y.abjad()
                && TokenMatch.saidInAbjad(x, y) instanceof TokenMatch.Result said && said.similarity() > r.similarity()) {
            r = said; // خاویر Javier, فاسكيز Vázquez: a European name in Arabic or Hebrew letters, written as it is said
        }
        if ((r.kind() == TokenMatch.NONE || r.kind() == TokenMatch.FUZZY) && korean && KoreanSpelling.sameName(x.text(), y.text())) {
            r = new TokenMatch.Result(TokenMatch.TRANSLITERATION, TokenMatch.TRANSLITERATION.similarity);
        }
        if ((r.kind() == TokenMatch.NONE || r.kind() == TokenMatch.FUZZY) && ArabicNames.theophoric(x, y, arabic)) {
            // Ghodrat for Ghodratollah: the name without its "of God" (the gate above is not needed for the word itself)
            r = new TokenMatch.Result(TokenMatch.TRANSLITERATION, TokenMatch.THEOPHORIC_SHORT);
        }
        if (organizations && r.similarity() < TokenMatch.TRANSLATED.similarity && !x.term().isEmpty() && x.term().equals(y.term())) {
            // Sol and Sun, Звезда and Star: everyday words translated between organisations' names only (OrgTerms)
            r = new TokenMatch.Result(TokenMatch.TRANSLATED, TokenMatch.TRANSLATED.similarity);
        } else if (organizations && r.similarity() < TokenMatch.PLACE_ADJECTIVE.similarity && TokenMatch.placeAdjective(x, y)) {
            r = new TokenMatch.Result(TokenMatch.PLACE_ADJECTIVE, TokenMatch.PLACE_ADJECTIVE.similarity);
        } else if (organizations && r.kind() == TokenMatch.NONE && TruncatedWords.abbreviates(x, y)) {
            // CONSTR for Construction, ELECTR. for Electronics: a trade word cut short (ISO 4's truncation)
            r = new TokenMatch.Result(TokenMatch.TRANSLATED, TruncatedWords.SIMILARITY);
        } else if (organizations && r.kind() == TokenMatch.NONE && TokenMatch.cognates(x, y)) {
            r = new TokenMatch.Result(TokenMatch.COGNATE, TokenMatch.COGNATE.similarity);
        } else if (organizations && r.similarity() < TokenMatch.COGNATE.similarity && EnglishInCyrillic.sameWord(x, y)) {
            // Эдвансд, Advanced: an English word written in Cyrillic as it sounds
            r = new TokenMatch.Result(TokenMatch.COGNATE, TokenMatch.COGNATE.similarity);
        } else if (organizations && r.similarity() < HanBrands.SURE && x.syllabic() != y.syllabic() && bothOther) {
            // 思凯沃克 Skywalker: a Chinese brand that says a foreign word by its sound
            TokenMatch.Result said = HanBrands.said(x, y);
            r = said.similarity() > r.similarity() ? said : r;
        } else if (organizations && r.kind() == TokenMatch.NONE && bothOther) {
            // Jiaruide, Jarred: the same brand said in Pinyin syllables
            r = HanBrands.saidInPinyin(x, y);
        }
        return r;
    }

    /** Some distinctive matched part is an abjad or syllabic word read against a Latin one. */
    private static boolean readAcrossScripts(ParsedName a, int[] matchA, ParsedName b) {
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0) {
                NameToken x = a.tokens()[i];
                NameToken y = b.tokens()[matchA[i]];
                if (x.abjad() != y.abjad() || x.syllabic() != y.syllabic() || (x.sound() == null) != (y.sound() == null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A matched part in this role identifies: a surname or any distinctive word; a given name of a company; a generic word of a person's name. */
    private static boolean substantiveRole(byte role, boolean organizations) {
        return role == ParsedName.OTHER || (role == ParsedName.GENERIC ? !organizations : organizations && role == ParsedName.GIVEN);
    }

    /** An abbreviation of a company's name (VTB, PCI) met by the same letters identifies it as well as a word does. */
    private static boolean abbreviationMatch(NameToken token, byte role, TokenMatch kind, boolean organizations) {
        return organizations && role == ParsedName.INITIAL && token.text().length() >= 2 && kind == TokenMatch.EXACT;
    }

    /** {@code shortName} is one word that spells the initials of {@code longName} (KKBC, Korea Kwangson Banking Corporation), or null. */
    private static @org.jspecify.annotations.Nullable Outcome acronym(ParsedName shortName, ParsedName longName) {
        boolean initials = shortName.size() >= 2 && java.util.Arrays.stream(shortName.tokens()).allMatch(NameToken::isInitial);
        if ((shortName.size() != 1 && !initials) || longName.size() < 1) {
            return null;
        }
        if (longName.size() == 1) {
            // ВТБ, Внешторгбанк: a compound of clipped stems abbreviated one letter a stem
            return !initials && OrgAcronyms.candidate(shortName.tokens()[0], ParsedName.OTHER)
                    && OrgAcronyms.spelledByCompound(shortName.tokens()[0].text(), longName.tokens()[0])
                    ? new Outcome(ACRONYM, List.of(new Part(shortName.tokens()[0].text(), longName.tokens()[0].text(), TokenMatch.EXACT, ACRONYM,
                    ParsedName.OTHER)), "an acronym of the other name") : null;
        }
        // "A.B.C." is written in initials: its letters are the acronym
        String word = initials ? java.util.Arrays.stream(shortName.tokens()).map(NameToken::text).collect(java.util.stream.Collectors.joining())
                : shortName.tokens()[0].text();
        if (!java.util.Arrays.asList(longName.acronym().split("\\|")).contains(word)
                && (word.length() < 3 || !OrgAcronyms.candidate(shortName.tokens()[0], ParsedName.OTHER)
                    || !OrgAcronyms.spells(word, longName.tokens(), 0, longName.size()))) {
            return null;
        }
        return new Outcome(ACRONYM, List.of(new Part(word, word, TokenMatch.EXACT, ACRONYM, ParsedName.OTHER)),
                "an acronym of the other name");
    }

    /**
     * A one-word person's name is weak evidence, except when the listed name itself is that one word (with a particle
     * or an initial: al-Zawahiri, Zawahiri) and the query says the same word in full: then a long one may reach a match.
     */
    private static double singleWordCap(ParsedName query, ParsedName listed, int[] matchA, double[][] sim) {
        if (core(query) != 1 || core(listed) != 1) {
            return SINGLE_WORD_CAP;
        }
        for (int i = 0; i < query.size(); i++) {
            if (matchA[i] >= 0 && sim[i][matchA[i]] >= 0.95 && query.tokens()[i].text().length() >= 6) {
                return MONONYM_CAP;
            }
        }
        return SINGLE_WORD_CAP;
    }

    /**
     * Every part of {@code a} is spelt the same as its match, or is a Hangul or Han word that the other side spells in a
     * romanisation of it (윤철 as YUN Chol in McCune-Reischauer, not only Yun Cheol): the name said word for word.
     */
    private static boolean saidAsListed(ParsedName a, int[] matchA, ParsedName b, TokenMatch[][] kinds, double[][] sim) {
        for (int i = 0; i < matchA.length; i++) {
            int j = matchA[i];
            if (j < 0 || kinds[i][j] != TokenMatch.EXACT && !(kinds[i][j] == TokenMatch.TRANSLITERATION
                    && sim[i][j] >= TokenMatch.TRANSLITERATION.similarity && a.tokens()[i].syllabic() != b.tokens()[j].syllabic())) {
                return false;
            }
        }
        return true;
    }

    /** Letters of the matched name parts (the shorter spelling of each pair), particles and initials left out. */
    private static int evidenceLetters(ParsedName a, int[] matchA, ParsedName b) {
        int letters = 0;
        int syllables = 0;
        for (int i = 0; i < a.size(); i++) {
            byte role = a.roles()[i];
            if (matchA[i] >= 0 && role != ParsedName.PARTICLE && role != ParsedName.INITIAL && !a.tokens()[i].numeric()) {
                NameToken x = a.tokens()[i];
                NameToken y = b.tokens()[matchA[i]];
                // an abjad word is read without its vowels: its Latin counterpart says how long the name is
                letters += x.abjad() != y.abjad() ? (x.abjad() ? y : x).text().length() : saidInKana(x, y) ? letters(x, y) : saidInKana(y, x) ? letters(y, x)
                        : Math.min(x.text().length(), y.text().length());
                syllables += syllables(x.syllabic() ? x : y);
            }
        }
        // a Chinese or Korean name is a surname and a given name of one or two syllables, which Latin spells in as
        // few as five letters (Wu Haibo, Jon Il Ho): written in Han or Hangul, three syllables are a full name,
        // while two (Zhang Yu, Chen Zhi) stay a short one, counted by their Latin letters
        return syllables >= FULL_NAME_SYLLABLES ? Math.max(letters, THIN_EVIDENCE_LETTERS) : letters;
    }

    static final int FULL_NAME_SYLLABLES = 3;

    /**
     * The letters of a Japanese name in kana against a Latin word, as the evidence counts them: its Hepburn spelling
     * with its long vowels (オオノ oono, タロウ tarou: the Latin Ono Taro leaves them unwritten, the kana say them), at
     * most one more than the Latin word's letters.
     */
    private static int letters(NameToken kana, NameToken other) {
        return Math.min(kana.sound().hepburn().length(), other.text().length() + 1);
    }

    private static boolean saidInKana(NameToken word, NameToken other) {
        return word.sound() != null && word.sound().hepburn() != null && other.sound() == null && !other.syllabic();
    }

    static final double ANOTHER_GIVEN_NAME = 0.78;

    /**
     * {@code name} is written as Chinese and Korean names are (every word Han or Hangul of one or two syllables), has a
     * word of two syllables that the other name leaves unanswered, and every word of the other name is answered.
     */
    private static boolean anotherEastAsianGivenName(ParsedName name, int[] match, int[] otherMatch) {
        if (name.size() < 3 || !allMatched(otherMatch)) {
            return false;
        }
        boolean unanswered = false;
        for (int i = 0; i < name.size(); i++) {
            NameToken t = name.tokens()[i];
            int syllables = syllables(t);
            if (!t.syllabic() || syllables > 2) {
                return false;
            }
            unanswered |= match[i] < 0 && syllables == 2;
        }
        return unanswered;
    }

    /** The syllables of a Han or Hangul token (one for a one-character surname); 0 for a token in any other script. */
    private static int syllables(NameToken t) {
        if (!t.syllabic()) {
            return 0;
        }
        return t.sound() != null ? t.sound().syllables() : 1;
    }

    /** Every word of {@code name} but its particles (al, de, fi) has its answer in the other name. */
    private static boolean allMatchedButParticles(ParsedName name, int[] match) {
        for (int i = 0; i < match.length; i++) {
            if (match[i] < 0 && name.roles()[i] != ParsedName.PARTICLE) {
                return false;
            }
        }
        return true;
    }

    private static boolean allMatched(int[] match) {
        for (int m : match) {
            if (m < 0) {
                return false;
            }
        }
        return true;
    }

    private static int matchedInitials(ParsedName name, int[] match) {
        int count = 0;
        for (int i = 0; i < name.size(); i++) {
            if (match[i] >= 0 && name.roles()[i] == ParsedName.INITIAL) {
                count++;
            }
        }
        return count;
    }

    /** Some given name of one side is answered only by an initial of the other. */
    private static boolean restsOnInitial(ParsedName a, int[] matchA, TokenMatch[][] kinds) {
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0 && kinds[i][matchA[i]] == TokenMatch.INITIAL) {
                return true;
            }
        }
        return false;
    }

    /** Name parts that identify: everything but patronymics, initials and particles. */
    static int core(ParsedName name) {
        int count = 0;
        for (byte role : name.roles()) {
            if (role != ParsedName.PATRONYMIC && role != ParsedName.INITIAL && role != ParsedName.PARTICLE) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasUnmatched(ParsedName name, int[] match, byte role) {
        for (int i = 0; i < name.size(); i++) {
            if (match[i] < 0 && name.roles()[i] == role) {
                return true;
            }
        }
        return false;
    }

    private static double coverage(ParsedName name, int[] match, double[][] sim, boolean rows, boolean patronymicConflict) {
        double total = 0;
        double matched = 0;
        for (int i = 0; i < name.size(); i++) {
            byte role = name.roles()[i];
            if (role == ParsedName.PATRONYMIC && match[i] < 0 && !patronymicConflict) {
                continue;
            }
            double w = weight(role);
            total += w;
            if (match[i] >= 0) {
                matched += w * (rows ? sim[i][match[i]] : sim[match[i]][i]);
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    static double weight(byte role) {
        return switch (role) {
            case ParsedName.GIVEN -> 0.8;
            case ParsedName.PATRONYMIC -> 0.4;
            case ParsedName.INITIAL -> 0.3;
            case ParsedName.GENERIC -> 0.35;
            case ParsedName.PARTICLE -> 0.1;
            default -> 1.0;
        };
    }
}
