package org.passage.screening.internal;

/**
 * Names written together or apart: "Kimjongun" and "Kim Jong Un", "Jeanpierre" and "Jean-Pierre", "A.B.C." and
 * "ABC", "Xi Jin Ping" and 习近平. Two or three adjacent parts of one name whose spellings, put together, are a
 * spelling of one part of the other name are taken as that part. Lengths are checked before anything is
 * concatenated, so names without such a join cost a few comparisons.
 */
final class WordBreaks {

    private WordBreaks() {
    }

    /** {@code name} with adjacent parts joined where {@code other} writes them as one word; the same object if none. */
    static ParsedName join(ParsedName name, ParsedName other) {
        return join(name, other, null);
    }

    /**
     * The same, with the runs of adjacent parts kept in {@code memory} (the query's, or null): a query's name is joined
     * against each of its fifty candidates' names, and its runs are put together, read and spelt phonetically once.
     */
    static ParsedName join(ParsedName name, ParsedName other, @org.jspecify.annotations.Nullable QueryMemory memory) {
        if (name.size() < 2 || other.size() == 0) {
            return name;
        }
        name = PersianCompounds.join(name, other); // Rostam … Abadi, آباد شمس: a suffix word apart and out of order
        NameToken[] tokens = name.tokens();
        byte[] roles = name.roles();
        // an Arabic compound is looked for only when either name has a joint or a compound word (al, Abd…, …din)
        boolean compounds = name.hasArabicJoint() || other.hasArabicJoint();
        java.util.List<NameToken> outTokens = null;
        java.util.List<Byte> outRoles = null;
        Object[] kept = memory == null ? null : memory.windows(tokens, 2 * tokens.length); // slot 2i + width - 2
        int i = 0;
        while (i < tokens.length) {
            int joinedTo = -1;
            int span = 0;
            for (int width = Math.min(3, tokens.length - i); width >= 2 && joinedTo < 0; width--) {
                int length = 0;
                for (int k = 0; k < width; k++) {
                    length += tokens[i + k].text().length();
                }
                Joined joined;
                if (kept == null) {
                    joined = new Joined(tokens, i, width);
                } else {
                    joined = (Joined) kept[2 * i + width - 2];
                    if (joined == null) {
                        joined = new Joined(tokens, i, width);
                        kept[2 * i + width - 2] = joined;
                    }
                }
                for (int j = 0; j < other.size() && joinedTo < 0; j++) {
                    if (writtenAsOne(tokens, i, width, length, other.tokens()[j], compounds, joined)) {
                        joinedTo = j;
                        span = width;
                    }
                }
            }
            if (joinedTo >= 0) {
                if (outTokens == null) {
                    outTokens = new java.util.ArrayList<>();
                    outRoles = new java.util.ArrayList<>();
                    for (int k = 0; k < i; k++) {
                        outTokens.add(tokens[k]);
                        outRoles.add(roles[k]);
                    }
                }
                outTokens.add(other.tokens()[joinedTo]);
                byte role = other.roles()[joinedTo];
                outRoles.add(role == ParsedName.INITIAL ? ParsedName.OTHER : role);
                i += span;
            } else {
                if (outTokens != null) {
                    outTokens.add(tokens[i]);
                    outRoles.add(roles[i]);
                }
                i++;
            }
        }
        if (outTokens == null) {
            return name;
        }
        byte[] r = new byte[outRoles.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = outRoles.get(k);
        }
        return new ParsedName(outTokens.toArray(NameToken[]::new), r, name.legalForm(), name.acronym());
    }

    private static boolean writtenAsOne(NameToken[] tokens, int from, int width, int length, NameToken whole, boolean compounds, Joined joined) {
        if (whole.numeric() || whole.text().length() < 3) {
            return false;
        }
        if ((whole.spellingLengths() & NameToken.lengthBit(length)) != 0) { // some spelling as long as the run: read them
            java.util.List<String> spellings = whole.spellings();
            for (int k = 0; k < spellings.size(); k++) { // by index: no iterator for each pair of words of two names
                String spelling = spellings.get(k);
                if (spelling.length() == length && concatenationIs(tokens, from, width, spelling)) {
                    return true;
                }
            }
        }
        if (whole.sound() != null && !tokens[from].syllabic() && whole.sound().readAsNativeName(joined.text())) {
            return true; // Young-chul, Young Chul: 영철
        }
        if (whole.syllabic() && HangulCompounds.writtenAsOne(tokens, from, width, whole)) {
            return true; // Annisette-George, 애니셋조지: Korean writes the parts of a foreign name as one word
        }
        boolean abjad = tokens[from].abjad();
        boolean readingDecides = false;
        if (abjad != whole.abjad()) {
            AbjadReading reading = abjad ? joined.reading() : whole.reading();
            if (reading != null && reading.strongLetters() >= 3) {
                readingDecides = true;
                if (abjad ? whole.spellings().stream().anyMatch(reading::readAs) : reading.readAs(joined.text())) {
                    return true;
                }
                if (!abjad && compounds && TokenMatch.readAsCompound(reading, joined.text())) {
                    return true; // Abdul Fattah and عبدفتاح: Abd and the name written as one word, without the article
                }
            }
        }
        if (compounds && !abjad && !whole.abjad() && ArabicNames.compound(tokens, from, width, whole)) {
            return true; // Abd al-Malik and Abdulmalek, Badr al-Din and Badreddine: the joints left out
        }
        if (whole.syllabic() || (!abjad && Math.abs(whole.text().length() - length) > 2)) {
            return false;
        }
        if (abjad != whole.abjad()) {
            // نصر الله and Nasrallah, محمدرضا and Mohammad-Reza: the parts read together as the whole. Where the letters
            // have a reading, it alone decides, as for one word (TokenMatch): the skeleton of عیسی زارعپور is that of
            // Zarepour (s and z one class, the ya of Issa a vowel), and the given name was taken into the surname
            if (readingDecides) {
                return false;
            }
            String wholeForm = whole.forms().getFirst();
            java.util.Set<String> abjadSide = abjad ? joined.abjadSkeletons() : TokenMatch.abjadSkeletons(wholeForm);
            String latin = abjad ? PhoneticForm.skeleton(wholeForm).replace('C', 'S') : joined.latinSkeleton();
            return latin.length() >= 4 && abjadSide.contains(latin);
        }
        long starts = 0;
        for (int k = 0; k < whole.forms().size(); k++) {
            String form = whole.forms().get(k);
            starts |= form.isEmpty() ? 0 : PhoneticForm.classBit(form.charAt(0));
        }
        if ((starts & joined.firstClasses()) == 0) {
            return false; // no form of the run starts as one of the word's: the forms need not be looked up
        }
        for (String form : joined.forms()) {
            if (whole.forms().contains(form) && !onePartSounds(tokens, from, width, form)) {
                return true;
            }
        }
        return false;
    }

    /** The Persian ezafe written apart (Bonyad-e, Falah-i): a part of the word before it, not a word of its own. */
    private static final java.util.Set<String> EZAFE = java.util.Set.of("e", "i");

    /**
     * Whether one part of the run alone has this form while every other part is a word of its own: Wang Yi sounds as
     * Wang (a final vowel is dropped), yet is two words. The Persian ezafe written apart (Bonyad-e, -i) is no word of its
     * own: Bonyad-e is still Bonyad. An initial is a word of its own (measured: joining it away lost pairs).
     */
    private static boolean onePartSounds(NameToken[] tokens, int from, int width, String form) {
        for (int k = from; k < from + width; k++) {
            if (tokens[k].forms().contains(form)) {
                for (int other = from; other < from + width; other++) {
                    if (other != k && EZAFE.contains(tokens[other].text()) && !tokens[other].syllabic()) { // 이 (i) is a syllable
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Phonetic forms of parts put together, remembered (a pure function of the parts' texts): a query's parts are joined
     * the same way against each of its fifty candidates, and popular names come back from query to query. Told by the
     * parts themselves, not by their text: the parser hands out one object per word, and putting the text together and
     * reading its hash, to find forms already known, cost more than half of all the joins. Bounded: emptied when it grows
     * past {@link #JOINED_KEPT} runs.
     */
    private static java.util.List<String> formsOfJoined(NameToken[] tokens, int from, int width, Joined joined) {
        Parts parts = new Parts(tokens[from], tokens[from + 1], width > 2 ? tokens[from + 2] : null);
        java.util.List<String> forms = JOINED_FORMS.get(parts);
        if (forms == null) {
            if (JOINED_FORMS.size() >= JOINED_KEPT) {
                JOINED_FORMS.clear();
            }
            forms = java.util.List.copyOf(PhoneticForm.forms(joined.text()));
            JOINED_FORMS.put(parts, forms);
        }
        return forms;
    }

    private static final int JOINED_KEPT = 100_000;
    private static final java.util.Map<Parts, java.util.List<String>> JOINED_FORMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Two or three words told apart by identity (a record would compare every field of each word). */
    private record Parts(NameToken first, NameToken second, @org.jspecify.annotations.Nullable NameToken third) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Parts p && p.first == first && p.second == second && p.third == third;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(first) * 31 + System.identityHashCode(second)) * 31 + System.identityHashCode(third);
        }
    }

    /**
     * Adjacent parts put together, and their phonetic forms, made when first asked for and then kept while they are
     * compared with each part of the other name (they were made again, and the forms looked up again, for each), and
     * for a query's name while it meets its candidates ({@link QueryMemory}). Each is a pure function of the parts.
     */
    private static final class Joined {
        private final NameToken[] tokens;
        private final int from;
        private final int width;
        private @org.jspecify.annotations.Nullable String text;
        private long firstClasses = -1;
        private java.util.@org.jspecify.annotations.Nullable List<String> forms;
        private boolean read;
        private @org.jspecify.annotations.Nullable AbjadReading reading;
        private java.util.@org.jspecify.annotations.Nullable Set<String> abjadSkeletons;
        private @org.jspecify.annotations.Nullable String latinSkeleton;

        Joined(NameToken[] tokens, int from, int width) {
            this.tokens = tokens;
            this.from = from;
            this.width = width;
        }

        /** {@link PhoneticForm#firstClasses} of the parts put together, read from the parts. */
        long firstClasses() {
            if (firstClasses == -1) {
                // the first word alone decides, in most runs: worked out once per word, not read again for each run
                long lead = tokens[from].leadClasses();
                firstClasses = lead != PhoneticForm.UNDECIDED ? lead : PhoneticForm.firstClasses(new Start());
            }
            return firstClasses;
        }

        /** The parts put together as a sequence of letters, without writing them out. */
        private final class Start implements CharSequence {

            @Override
            public int length() {
                int n = 0;
                for (int k = 0; k < width; k++) {
                    n += tokens[from + k].text().length();
                }
                return n;
            }

            @Override
            public char charAt(int index) {
                int at = index;
                for (int k = 0; k < width; k++) {
                    String part = tokens[from + k].text();
                    if (at < part.length()) {
                        return part.charAt(at);
                    }
                    at -= part.length();
                }
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return text().subSequence(start, end);
            }

            @Override
            public String toString() {
                return text();
            }
        }

        String text() {
            if (text == null) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < width; k++) {
                    sb.append(tokens[from + k].text());
                }
                text = sb.toString();
            }
            return text;
        }

        java.util.List<String> forms() {
            if (forms == null) {
                forms = formsOfJoined(tokens, from, width, this);
            }
            return forms;
        }

        /** The parts' readings as one abjad word ({@link AbjadReading#join}), or null if one has none. */
        @org.jspecify.annotations.Nullable AbjadReading reading() {
            if (!read) {
                reading = AbjadReading.join(tokens, from, width);
                read = true;
            }
            return reading;
        }

        /** The consonant skeletons of the parts put together, as {@link TokenMatch#abjadSkeletons} reads an abjad word. */
        java.util.Set<String> abjadSkeletons() {
            if (abjadSkeletons == null) {
                abjadSkeletons = TokenMatch.abjadSkeletons(forms().getFirst());
            }
            return abjadSkeletons;
        }

        /** The consonant skeleton of the parts put together in Latin letters, C read as S. */
        String latinSkeleton() {
            if (latinSkeleton == null) {
                latinSkeleton = PhoneticForm.skeleton(forms().getFirst()).replace('C', 'S');
            }
            return latinSkeleton;
        }
    }

    private static boolean concatenationIs(NameToken[] tokens, int from, int width, String spelling) {
        int at = 0;
        for (int k = 0; k < width; k++) {
            String part = tokens[from + k].text();
            if (!spelling.startsWith(part, at)) {
                return false;
            }
            at += part.length();
        }
        return true;
    }
}
