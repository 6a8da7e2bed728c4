package org.passage.screening.internal;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a person's or organization's name into {@link NameToken}s and decides each token's role. Any order
 * of the parts is accepted ("Щербаков Александр Юрьевич", "SHCHERBAKOV, Aleksandr", "Aleksandr Yurievich
 * Shcherbakov"); legal forms (ООО, OOO, LLC, АО, JSC, Товариство з обмеженою відповідальністю …), quotes and
 * titles are dropped. Bounded: at most {@value #MAX_TOKENS} tokens of at most {@value #MAX_TOKEN_LENGTH}
 * characters, so a 10,000-character "name" costs no more than a normal one. Thread-safe.
 */
final class NameParser {

    static final int MAX_TOKENS = 12;
    static final int MAX_TOKEN_LENGTH = 40;
    private static final int MAX_CACHE = 400_000;

    /**
     * The patronymic of a father whose name ends in -а or -я (Никитич, Ильич, Кузьмич, Лукич): only when that name is
     * known (Nikita, Ilya, Kuzma, Luka), since many surnames end in -ich.
     */
    private static final String SHORT_PATRONYMIC = "ich";

    private static final String[] PATRONYMIC_SUFFIXES = {"iiovych", "iyovych", "yovych", "ovych", "evych", "ievich", "yevich",
            "jevich", "ovich", "evich", "ovitch", "evitch", "owitsch", "ewitsch", "ovitsch", "evitsch", "ovitj", "evitj", "ovitsj",
            "evitsj", "ovytj", "avich", "avitj", "avna", "ieuna", "yeuna", "euna", "auna", "ewna", "awna", "ievna", "yevna", "jevna", "ovna", "evna", "ivna", "ichna", SHORT_PATRONYMIC};

    private final Map<String, NameToken> cache = new ConcurrentHashMap<>();

    /** Parses one name; returns null when nothing name-like is left (only punctuation, only a legal form). */
    @Nullable ParsedName parse(String raw) {
        return parse(raw, false, null);
    }

    /** A short name with a word that is both a legal form and a name has at most this many words left. */
    private static final int SHORT_NAME_WORDS = 3;

    /**
     * The readings of one name: the parse, and for a short name that lost a word which is both a legal form and a name
     * (Ao, Pat, Nao: {@link Vocabulary#isAlsoName}), the parse that keeps it: "Ao Wei" has a Chinese surname, not a
     * Russian joint-stock company's АО. For people's names only (a company's AO is its legal form); the comparison takes
     * the better reading. Empty when nothing name-like is left.
     */
    List<ParsedName> readings(String raw) {
        boolean[] droppedName = new boolean[1];
        ParsedName parsed = parse(raw, false, droppedName);
        ParsedName kept = droppedName[0] && (parsed == null || parsed.size() <= SHORT_NAME_WORDS) ? parse(raw, true, null) : null;
        if (parsed == null) {
            return kept == null ? List.of() : List.of(kept);
        }
        return kept == null ? List.of(parsed) : List.of(parsed, kept);
    }

    private @Nullable ParsedName parse(String raw, boolean keepNames, boolean @Nullable [] droppedName) {
        raw = LookalikeLetters.inOneScript(raw); // ГOBOP typed with Latin O and B is ГОВОР
        List<NameToken> tokens = new ArrayList<>();
        boolean legalForm = false;
        boolean company = false;
        String kind = "";
        int kindLetters = 0;
        List<String> words = NumberWords.joined(words(withoutEzafe(AbjadLegalForms.joined(Romanizer.fold(raw)))));
        Set<String> abbreviations = abbreviations(raw);
        Set<NameToken> abbreviated = new HashSet<>();
        NameToken leadingTitle = null;
        boolean afterDe = false;
        NameToken deBefore = null;
        for (String word : words) {
            if (tokens.size() == MAX_TOKENS) {
                break;
            }
            int joinedForm = joinedLegalForm(word);
            if (joinedForm != 0) {
                // LLCABSOLUTE, ABSOLUTLLC: a legal form written against the name's first or last word
                String form = joinedForm > 0 ? word.substring(0, joinedForm) : word.substring(word.length() + joinedForm);
                word = joinedForm > 0 ? word.substring(joinedForm) : word.substring(0, word.length() + joinedForm);
                NameToken legal = token(form);
                if (legal != null && kind.isEmpty()) {
                    kind = Vocabulary.legalFormKind(legal);
                }
                legalForm = true;
            }
            if (Vocabulary.isAbjadConnector(word)) {
                continue;
            }
            NameToken token = token(word);
            if (token != null && (Vocabulary.isConnector(token) && !persianSurnameEnding(token, raw) || ordinalEnding(token, tokens))) {
                continue;
            }
            if (token != null && Vocabulary.qualifiesName(tokens.isEmpty() ? "" : tokens.getLast().text(), token.text())) {
                // So-called ‘Luhansk Guard’, так называемая: the EU's word for a body it does not recognise, no word of its name
                if (Vocabulary.qualifierPair(token.text())) {
                    tokens.removeLast();
                }
                continue;
            }
            if (token != null) {
                if (abbreviations.contains(word)) {
                    abbreviated.add(token);
                }
                if (Vocabulary.isLegalFormOrTitle(token) && !(keepNames && Vocabulary.isAlsoName(token))) {
                    if (!tokens.isEmpty() && rankBefore(tokens) && Vocabulary.isTitleWord(token)) {
                        tokens.clear(); // Major General, Brigadier General, Lieutenant Colonel: the rank is one title
                    }
                    if (droppedName != null && Vocabulary.isAlsoName(token)) {
                        droppedName[0] = true;
                    }
                    if (tokens.isEmpty() && leadingTitle == null && Vocabulary.isTitleWord(token)) {
                        leadingTitle = token;
                    }
                    company |= Vocabulary.isCompanyForm(token);
                    String itsKind = Vocabulary.legalFormKind(token);
                    if (kind.isEmpty() || !itsKind.isEmpty() && kindLetters <= 2 && token.text().length() > 2
                            || itsKind.equals("LP") && kind.equals("LLC")
                            || kind.equals(Vocabulary.LIMITED) && !itsKind.isEmpty()) {
                        // a two-letter form (sa, ag) is also a word (Serbian sa "with") or initials: a longer one decides;
                        // in "limited liability partnership" the partnership is the form; "limited" alone is of either
                        // kind, and the word after it says which (Limited Liability Company, Limited Partnership)
                        kind = itsKind;
                        kindLetters = itsKind.isEmpty() ? 0 : token.text().length();
                    }
                    legalForm = true;
                    afterDe = token.text().equals("de") && !tokens.isEmpty();
                } else {
                    if (afterDe) {
                        deBefore = token; // the word the dropped de stood before (MURILLO DE ORTEGA: Ortega)
                        afterDe = false;
                    }
                    tokens.add(token);
                }
            }
        }
        if (company && leadingTitle != null) {
            // General Technology Group Co., Ltd, General Dynamics Corp.: a company's name that begins with a title word has
            // it as a word of the name (a descriptive one: General Bureau, General Corporation); inside the name it stays
            // dropped, as lists write it or leave it out (Korea Mining General Trading Company, 조선광업무역회사)
            tokens.add(0, leadingTitle);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // "S.A.", "N.V.", "L.L.C.": a legal form written as initials
            int j = i;
            StringBuilder letters = new StringBuilder();
            while (j < tokens.size() && tokens.get(j).isInitial() && j - i < 4) {
                letters.append(tokens.get(j++).text());
            }
            NameToken joined = j - i >= 2 ? token(letters.toString()) : null;
            if (joined != null && Vocabulary.isLegalFormOrTitle(joined)) {
                if (kind.isEmpty()) {
                    kind = Vocabulary.legalFormKind(joined);
                }
                tokens.subList(i, j).clear();
                legalForm = true;
            }
        }
        String stateForm = stateLegalForm(tokens);
        if (stateForm != null) {
            legalForm = true;
            kind = kind.isEmpty() ? stateForm : kind;
        }
        int self = OrgAcronyms.selfAcronym(tokens);
        if (self >= 0) {
            // "Научно-Технический Центр «Модуль» АО НТЦ «Модуль»": the name said twice, in words and in its acronym
            tokens.remove(self);
            for (int i = tokens.size() - 1; i > 0; i--) {
                if (tokens.subList(0, i).contains(tokens.get(i))) {
                    tokens.remove(i);
                }
            }
        }
        if (legalForm) {
            // in "Общество с ограниченной ответственностью" the single letters are prepositions, not initials; in
            // "A.B.C. Ltd" two or more in a row are the company's name in initials, kept as one word (abc); beside a
            // word such as Company or Compañía, which has no kind, only a run that begins the name: trailing initials
            // there are mostly a legal form abbreviated (S. de P.R. de R.L.)
            tokens = initialsJoined(tokens, !kind.isEmpty(), company, company && LEADING_LETTER.matcher(raw).lookingAt(), hyphenedLetters(raw));
        }
        if (tokens.isEmpty()) {
            return null;
        }
        int n = tokens.size();
        byte[] roles = new byte[n];
        int patronymic = patronymicPosition(tokens);
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            if (t.isInitial()) {
                roles[i] = ParsedName.INITIAL;
            } else if (n > 1 && Vocabulary.isParticle(t)) {
                roles[i] = ParsedName.PARTICLE;
            } else if (i == patronymic) {
                roles[i] = ParsedName.PATRONYMIC;
            } else if (t.isGivenName()) {
                roles[i] = ParsedName.GIVEN;
            } else if (Vocabulary.isGeneric(t)) {
                roles[i] = ParsedName.GENERIC;
            } else {
                roles[i] = ParsedName.OTHER;
            }
        }
        StringBuilder initials = new StringBuilder();
        for (NameToken t : tokens) {
            initials.append(t.text().charAt(0));
        }
        // with and without the legal form: KKBC for Korea Kwangson Banking Corporation, KKB for LLC Korea Kwangson Bank
        String acronym = acronym(words);
        if (initials.length() >= 3 && initials.length() <= 8 && !acronym.isEmpty() && !initials.toString().equals(acronym)) {
            acronym = acronym + "|" + initials;
        }
        byte[] organizationRoles = roles.clone();
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            if (abbreviated.contains(t) && roles[i] != ParsedName.PARTICLE) {
                organizationRoles[i] = ParsedName.INITIAL;
            } else {
                organizationRoles[i] = ParsedName.organizationRole(t, roles[i], n);
                if (i + 1 < n && ParsedName.assimilatedArticle(t, tokens.get(i + 1))) {
                    organizationRoles[i] = ParsedName.PARTICLE; // ed-Daawa, es-Salafia: the article al- said as the next word begins
                }
            }
        }
        ParsedName parsed = new ParsedName(tokens.toArray(NameToken[]::new), roles, kind, acronym,
                java.util.Arrays.equals(roles, organizationRoles) ? roles : organizationRoles);
        // a married Hispanic woman's surname is written after de, a word the legal forms drop (S.A. de C.V.): kept
        // for the name to say where her husband's surname stands (MarriedNames)
        parsed.traits().afterDe = company ? null : deBefore;
        return parsed;
    }

    /** Legal forms that a list writes joined to a word of the name (LLCABSOLUTE): never short ones (ao, sa), which begin words. */
    private static final String[] JOINABLE_FORMS = {"ojsc", "cjsc", "pjsc", "gmbh", "llc", "ltd", "jsc", "ooo", "plc", "llp"};
    private static final int JOINED_WORD_LETTERS = 4;

    /**
     * A legal form written against a word: the length of the form when it begins the word, minus it when it ends the
     * word, 0 when neither (the rest must be a word of four letters or more).
     */
    static int joinedLegalForm(String word) {
        if (word.length() < JOINED_WORD_LETTERS + 3) {
            return 0;
        }
        for (String form : JOINABLE_FORMS) {
            if (word.length() >= form.length() + JOINED_WORD_LETTERS && isLetters(word)) {
                if (word.startsWith(form)) {
                    return form.length();
                }
                if (word.endsWith(form)) {
                    return -form.length();
                }
            }
        }
        return 0;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** English words of the Russian state legal forms (ФГУП Federal State Unitary Enterprise, ФГБУ … Budgetary Institution). */
    private static final Set<String> STATE_FORM_WORDS = Set.of("federal", "state", "unitary", "budgetary", "autonomous", "treasury",
            "institution", "establishment");
    private static final Set<String> STATE_FORM_MARKS = Set.of("federal", "unitary", "budgetary", "autonomous", "treasury");

    /**
     * Removes the English words of a Russian state legal form (Federal State Unitary, State Budgetary Institution,
     * Federal Treasury): the Russian words (Федеральное Государственное Унитарное, учреждение) are a legal form, dropped,
     * so their translation must be too, or every translated state company would have three words its original lacks.
     * Only a run of two or more such words with one that only a legal form uses (unitary, budgetary …, or federal
     * state): "State Bank" and "Federal Security Service" keep their words. Returns the kind (STATE for unitary, else
     * empty), or null when there is no such run.
     */
    private static @Nullable String stateLegalForm(List<NameToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            boolean mark = false;
            boolean unitary = false;
            while (j < tokens.size() && STATE_FORM_WORDS.contains(tokens.get(j).text())) {
                mark |= STATE_FORM_MARKS.contains(tokens.get(j).text());
                unitary |= tokens.get(j).text().equals("unitary");
                j++;
            }
            boolean stateInstitution = j - i == 2 && tokens.get(i).text().equals("state")
                    && (tokens.get(i + 1).text().equals("institution") || tokens.get(i + 1).text().equals("establishment"));
            if (j - i >= 2 && (mark || stateInstitution) && j - i < tokens.size()) {
                tokens.subList(i, j).clear();
                return unitary ? "STATE" : "";
            }
        }
        return null;
    }

    /** A name that begins with one Latin letter written apart (M Star Trading Co.), not with a preposition of a legal form. */
    private static final java.util.regex.Pattern LEADING_LETTER = java.util.regex.Pattern.compile("\\s*[A-Za-z]\\s+\\p{L}");

    /** A letter alone joined by a hyphen to the word after it: М-Финанс, T-Platforms, S-Group. */
    private static final java.util.regex.Pattern HYPHENED_LETTER = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.])(\\p{L})-\\p{L}{2}");

    /**
     * The letters of {@code raw} that stand alone before a hyphen and a word (М-Финанс, T-Platforms), as the parser spells
     * them: a word of the company's name, not a preposition of its legal form (the с of "общество с ограниченной …").
     */
    private Set<String> hyphenedLetters(String raw) {
        if (raw.indexOf('-') < 0) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = HYPHENED_LETTER.matcher(raw);
        while (m.find()) {
            NameToken letter = token(Romanizer.fold(m.group(1)));
            if (letter != null) {
                out.add(letter.text());
            }
        }
        return out;
    }

    /**
     * Lone initials dropped, but the letter that begins a company's name if {@code leadingLetter}; a run of two or more
     * joined into one word if {@code anyRun}, or if it begins the name and {@code leadingRun}.
     */
    private List<NameToken> initialsJoined(List<NameToken> tokens, boolean anyRun, boolean leadingRun, boolean leadingLetter, Set<String> hyphened) {
        List<NameToken> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            StringBuilder letters = new StringBuilder();
            while (j < tokens.size() && tokens.get(j).isInitial() && !(j > i && hyphened.contains(tokens.get(j).text()))) {
                letters.append(tokens.get(j++).text());
            }
            if (j == i) {
                out.add(tokens.get(i++));
                continue;
            }
            NameToken joined = (anyRun || leadingRun && i == 0) && j - i >= 2 ? token(letters.toString()) : null;
            if (joined != null) {
                out.add(joined);
            } else if (leadingLetter && i == 0 && j == 1 && j < tokens.size()) {
                out.add(tokens.get(0)); // M Star Trading Co.: a letter that begins a company's name is a word of it
            } else if (j == i + 1 && j < tokens.size() && hyphened.contains(tokens.get(i).text())) {
                out.add(tokens.get(i)); // ООО «М-Финанс»: the letter is the name's, joined by its hyphen
            }
            i = j;
        }
        return out;
    }

    /**
     * The words written in capitals (two to six letters) in a name that is not all capitals: in an organisation's
     * name they are abbreviations of other words of it (ИЭМЗ «Купол», Parchin Chemical Industries PCI), which a
     * translation of the name rarely keeps. Folded to lower case. Empty for a name written all in capitals.
     */
    static Set<String> abbreviations(String raw) {
        if (raw.chars().noneMatch(Character::isLowerCase)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        int n = raw.length();
        int i = 0;
        while (i < n) { // the words: runs of letters, marks and digits (a pattern split cost a tenth of parsing a query)
            int j = i;
            boolean capitals = true;
            while (j < n && inWord(raw.codePointAt(j))) {
                int next = j + Character.charCount(raw.codePointAt(j));
                for (int k = j; k < next; k++) {
                    capitals &= Character.isUpperCase(raw.charAt(k)); // by UTF-16 unit, as the words were always read
                }
                j = next;
            }
            if (j - i >= 2 && j - i <= 6 && capitals) {
                out.add(Romanizer.fold(raw.substring(i, j)));
            }
            i = j == i ? i + Character.charCount(raw.codePointAt(i)) : j;
        }
        return out;
    }

    /** A letter, mark or number: what {@code [\\p{L}\\p{M}\\p{N}]} matches. */
    private static boolean inWord(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || Character.isDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static final java.util.Set<String> NOT_IN_ACRONYMS = java.util.Set.of("of", "the", "and", "for", "in", "de", "la", "du", "des",
            "et", "und", "der", "die", "das", "y", "e");

    /**
     * The initials of a Latin name of three to eight words, the small words (of, the, and) left out: what an
     * organization is also known by (Korea Kwangson Banking Corporation, KKBC). Empty for anything else.
     */
    static String acronym(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            char c = word.charAt(0);
            if (c > 'z' || !Character.isLetter(c)) {
                return "";
            }
            if (!NOT_IN_ACRONYMS.contains(word)) {
                sb.append(c);
            }
        }
        return sb.length() >= 3 && sb.length() <= 8 ? sb.toString() : "";
    }

    /**
     * Which token is the patronymic, if any: one shaped like a patronymic whose father's name is known, else one
     * that is not first in a name of three or more parts. Only one: in "Andrei Aliaksandravich Lahunovich" the
     * surname has the same ending.
     */
    private static int patronymicPosition(List<NameToken> tokens) {
        int n = tokens.size();
        if (n < 2) {
            return -1;
        }
        int fallback = -1;
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            if (t.patronymicShape() && !t.fatherGroups().isEmpty()) {
                return i;
            }
            if (t.patronymicShape() && n >= 3 && i > 0 && fallback < 0) {
                fallback = i;
            }
        }
        return fallback;
    }

    private static final java.util.regex.Pattern POUR_ENDS_SURNAME = java.util.regex.Pattern.compile("(?iu)\\p{L}\\s+pour\\s*(,|$)");
    /** "Pour" beginning a surname written before the given names (POUR FARZANEH, Ali: Pourfarzaneh written apart). */
    private static final java.util.regex.Pattern POUR_BEGINS_SURNAME = java.util.regex.Pattern.compile("(?iu)^\\s*pour\\s+\\p{L}+\\s*,");

    /**
     * "Pour" ending a surname (Malekouti Pour, Hamidreza; Reza Zare Pour) or beginning one written before a comma (Pour
     * Farzaneh, Ali) is the Persian pour- or -pour (son of) written apart,
     * not the French "for" of an organisation's name (Association pour la paix).
     */
    private static boolean persianSurnameEnding(NameToken token, String raw) {
        return token.text().equals("pour") && (POUR_ENDS_SURNAME.matcher(raw).find() || POUR_BEGINS_SURNAME.matcher(raw).find());
    }

    /** The Russian or Ukrainian ending of an ordinal written in digits (142-й, 3-я, 5-го), right after its number. */
    private static boolean ordinalEnding(NameToken token, List<NameToken> before) {
        return !before.isEmpty() && before.getLast().numeric() && ORDINAL_ENDINGS.contains(token.text());
    }

    private static final java.util.regex.Pattern ORDINAL_DIGITS = java.util.regex.Pattern.compile("\\d{1,6}(st|nd|rd|th|e|er|eme|re)");
    private static final Set<String> ORDINAL_ENDINGS = Set.of("y", "i", "j", "ya", "ja", "ia", "e", "ye", "go", "ogo", "yy", "iy", "oy", "ii");

    /** One word, interned. Null for words without letters or digits. */
    @Nullable NameToken token(String word) {
        if (word.length() > MAX_TOKEN_LENGTH) {
            word = word.substring(0, MAX_TOKEN_LENGTH);
        }
        NameToken cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        NameToken token = build(word);
        if (token != null) {
            if (cache.size() > MAX_CACHE) {
                cache.clear();
            }
            cache.put(word, token);
        }
        return token;
    }

    private static @Nullable NameToken build(String word) {
        String number = NumberWords.number(word);
        if (number == null && ORDINAL_DIGITS.matcher(word).matches()) {
            number = word.replaceAll("\\D", ""); // 142nd, 3rd, 21st, 5th, 2e, 1er: the number
        }
        List<String> latin = number != null ? List.of(number) : Romanizer.romanizeName(word);
        if (latin.isEmpty()) {
            return null;
        }
        String text = latin.getFirst();
        boolean numeric = text.chars().anyMatch(Character::isDigit);
        Set<String> forms = new java.util.LinkedHashSet<>();
        if (numeric) {
            forms.add(text);
        } else {
            for (String variant : latin) {
                forms.addAll(PhoneticForm.forms(variant));
            }
        }
        List<String> formList = List.copyOf(forms);
        Set<String> given = numeric ? Set.of() : GivenNames.table().groups(latin, formList);
        String suffix = numeric ? null : patronymicSuffix(latin);
        Set<String> fathers = Set.of();
        if (suffix != null) {
            Set<String> out = new HashSet<>();
            for (String variant : latin) {
                for (String s : PATRONYMIC_SUFFIXES) {
                    if (variant.endsWith(s) && variant.length() > s.length() + 1) {
                        out.addAll(fathers(variant.substring(0, variant.length() - s.length())));
                        break;
                    }
                }
            }
            fathers = Set.copyOf(out);
            given = Set.of();
        }
        boolean syllabic = ChineseNames.isHan(word) || KoreanNames.isHangul(word);
        String term = numeric ? "" : OrgTerms.unspaced(word) ? OrgTerms.nativeTerm(word) : OrgTerms.term(text);
        if (term.isEmpty() && !numeric && Scripts.isAbjad(word)) {
            term = OrgTerms.abjadTerm(word); // هوافضای, لخدمات: a descriptive word with its ezafe, plural or joined preposition
        } else if (term.isEmpty() && !numeric) {
            // 乳业, or ruye and lianhe in a name written in Pinyin: Chinese organisation words (HanOrgWords)
            term = OrgTerms.unspaced(word) ? HanOrgWords.term(word) : HanOrgWords.pinyinTerm(text);
        }
        return new NameToken(text, formList, given, fathers, suffix != null, numeric, Scripts.isAbjad(word), List.copyOf(latin), syllabic,
                Scripts.isAbjad(word) ? AbjadReading.of(word) : null, SoundReading.of(word), term, Scripts.hasCyrillic(word));
    }

    private static @Nullable String patronymicSuffix(List<String> latin) {
        for (String variant : latin) {
            for (String s : PATRONYMIC_SUFFIXES) {
                if (variant.endsWith(s) && variant.length() > s.length() + 1
                        && (!s.equals(SHORT_PATRONYMIC) || !GivenNames.table().groupsSpelled(List.of(variant.substring(0, variant.length() - s.length()) + "a")).isEmpty())) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * The father's given-name groups behind a patronymic's stem: the names spelled so first (alekse: Aleksey, never
     * Alex, which is short for Aleksandr too: Alekseyevich and Aleksandrovich are two fathers), the phonetic forms only
     * when no name is spelled so.
     */
    private static Set<String> fathers(String stem) {
        Set<String> spelled = GivenNames.table().groupsSpelled(List.of(stem, stem + "a", stem + "y", stem + "i", stem + "ii", stem + "iy", stem + "j"));
        if (!spelled.isEmpty()) {
            return spelled;
        }
        if (stem.length() > 3 && stem.endsWith("a")) {
            // Belarusian Сяргеевіч, written Siarhaevich: the father's -ей (Siarhei) before -евіч, its е said and written а
            String father = stem.substring(0, stem.length() - 1);
            spelled = GivenNames.table().groupsSpelled(List.of(father + "ei", father + "ey", father + "iej"));
            if (!spelled.isEmpty()) {
                return spelled;
            }
        }
        Set<String> out = new HashSet<>(GivenNames.table().groups(PhoneticForm.forms(stem)));
        out.addAll(GivenNames.table().groups(PhoneticForm.forms(stem + "a")));
        return out;
    }

    /**
     * The Persian ezafe and its Urdu form written in Latin letters as a word of their own, joined by a hyphen: Sepah-e
     * Qods, Bank-e Shahr, Gharargah-e Sazandegi-ye Khatam, Tehreek-e-Azadi-e-Kashmir, Lashkar e-Tayyiba, Falah-i-Insaniat
     * (BGN/PCGN and ALA-LC write the ezafe -e, -ye after a vowel; Urdu -i-). It says "of", which the English name of
     * the body leaves out; as a word it was one more unanswered word. Taken off only after a Latin word of three letters
     * or more and with a hyphen on at least one side (a Korean name's syllable i stands after a hyphen at the end).
     */
    static String withoutEzafe(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        return EZAFE.matcher(text).replaceAll(" ");
    }

    private static final java.util.regex.Pattern EZAFE = java.util.regex.Pattern.compile(
            "(?<=[a-z]{3})(?:-(?:e|ye)(?=[\\s-]|$)|\\s(?:e|ye)-(?=[a-z])|-i-(?=[a-z]))");

    /** Splits on anything that is not a letter, digit or mark; apostrophes inside a word are dropped (Sa'id → said). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int limit = Math.min(text.length(), MAX_TOKENS * (MAX_TOKEN_LENGTH + 1) * 2);
        boolean split = !severalSyllabicWords(text);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                sb.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '`' || cp == 'ʹ' || cp == '\u200c' || cp == '\u200d' || cp == AbjadReading.GERESH)
                    && !sb.isEmpty()) {
                char before = sb.charAt(sb.length() - 1);
                if (cp != '\u200c' && cp != '\u200d' && sb.length() == 1 && before == 'l' && i < limit && Character.isLetter(text.codePointAt(i))) {
                    addWord(out, "l", split); // the French and Italian article elided (l'Ouest, l'Unificazione): a word of its own
                    sb.setLength(0);
                    continue;
                }
                if (cp != '\u200c' && cp != '\u200d' && before >= 'א' && before <= 'ת') {
                    sb.append(AbjadReading.GERESH); // ג׳ and ג' are j: the mark is a letter's part in Hebrew
                }
                continue;
            } else if (!sb.isEmpty()) {
                addWord(out, sb.toString(), split);
                sb.setLength(0);
            }
        }
        if (!sb.isEmpty()) {
            addWord(out, sb.toString(), split);
        }
        return out;
    }

    /** Whether the text has two or more words in Han or Hangul: then each is already a surname or a given name (김 정은, 石井 太一). */
    private static boolean severalSyllabicWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean syllabic = (c >= 0xAC00 && c <= 0xD7A3) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (syllabic && !inWord) {
                words++;
            }
            inWord = syllabic;
        }
        return words >= 2;
    }

    /**
     * The words that make a general's or a colonel's rank of a title before it (Major General, Brigadier General,
     * Lieutenant General, Lieutenant Colonel, Staff Major General: the ranks of the Syrian and Iranian officers the EU
     * and UK list). Alone they stay words of the name: Major is also a surname.
     */
    private static final Set<String> RANK_WORDS = Set.of("major", "brigadier", "lieutenant", "staff");

    /** Every word kept so far is a word of a rank ({@link #RANK_WORDS}): the name has not begun. */
    private static boolean rankBefore(List<NameToken> tokens) {
        for (NameToken t : tokens) {
            if (!RANK_WORDS.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of two letters after the article, following another word of the name: the second half of a compound
     * (عبد الحق Abdul Haq, عبد الحی Abdul Hai, ضیاء الحق Zia ul Haq, العز al-Izz). Not الله, and not a word of he after
     * ال (الهه Elaheh, الهی Elahi: Persian names of their own, which begin with those letters).
     */
    private static boolean shortAfterArticle(List<String> out, String word) {
        return word.length() == 4 && !out.isEmpty() && word.startsWith("ال") && word.charAt(2) != 'ل' && word.charAt(2) != 'ه';
    }

    /**
     * Han and Hangul names come without a space between surname and given name (习近平, 김정은), organisations in
     * Han, Hangul and Thai without a space between any words (深圳市佰联升电子科技有限公司, {@link UnspacedNames}), and
     * Arabic joins its article to the name (الأسد): split so that each part meets its Latin counterpart.
     */
    private static void addWord(List<String> out, String word, boolean split) {
        String letters = LetterNames.spelled(word);
        if (letters != null) {
            out.add(letters); // এম for M, ทีเอบี for TAB: Latin letters written out by their names
            return;
        }
        List<String> syllables = MyanmarSpelling.cut(word);
        if (syllables != null) {
            out.addAll(syllables); // ထွန်းအောင်: Htun Aung, a Latin word for each Burmese syllable
            return;
        }
        List<String> cut = UnspacedNames.cut(word);
        if (cut != null) {
            out.addAll(cut);
        } else if (split && ChineseNames.isHan(word)) {
            out.addAll(ChineseNames.split(word));
        } else if (split && KoreanNames.isHangul(word)) {
            out.addAll(KoreanNames.split(word));
        } else if (word.length() >= 5 && word.startsWith("ال") && !word.startsWith("الله") || shortAfterArticle(out, word)) {
            // الله (Allah) begins a name of its own (اللهکرم Allahkaram, اللهیار Allahyar): its ال is no article
            out.add("ال");
            out.add(word.substring(2));
        } else if (word.length() >= 6 && word.charAt(word.length() - 1) > 'ؠ' && OrgTerms.persianMaking(word) instanceof String[] parts) {
            out.add(parts[0]); // هواپیماسازی: aircraft-making, two words of a translation
            out.add(parts[1]);
        } else if (word.length() >= 6 && word.startsWith("وال") || word.length() >= 5 && word.startsWith("لل")) {
            // والجهاد "and the jihad", للحماية "for the protection": the conjunction or preposition joined to the article
            out.add("ال");
            out.add(word.substring(word.startsWith("لل") ? 2 : 3));
        } else {
            out.add(word);
        }
    }
}
