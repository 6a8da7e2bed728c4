package org.passage.screening.internal;

import java.util.List;
import java.util.Set;

/**
 * How two tokens of two names relate, strongest first: the same spelling, the same phonetic form under some
 * romanisation (transliteration), the same given name through the table (a diminutive or a national form),
 * the same surname up to its gendered ending, the same descriptive word of an organisation name in two languages
 * (завод, plant: {@link OrgTerms}), a place and its Russian adjective (Murom, Муромский), an initial, or a spelling
 * within an edit budget that grows with the length and counts a confusable letter (r/l, b/p, d/t …) as half an edit.
 */
enum TokenMatch {
    EXACT(1.0), TRANSLITERATION(0.95), GIVEN_NAME_VARIANT(0.9), TRANSLATED(0.9), GENDERED_FORM(0.85), INFLECTED(0.85), PLACE_ADJECTIVE(0.85), CONSONANTS(0.85),
    COGNATE(0.8), ACRONYM(0.85), FUZZY(0.0), INITIAL(0.5), MARRIED_NAME(0.5), NONE(0.0);

    final double similarity;

    /** Two kindred terms ({@link OrgTerms#kindred}): below the same term, so that a word's own translation is paired first. */
    static final double KINDRED_TERMS = 0.8;

    TokenMatch(double similarity) {
        this.similarity = similarity;
    }

    /** The similarity of two tokens in [0, 1] with the kind of match; see {@link Result}. */
    static Result compare(NameToken a, NameToken b) {
        if (a == b || a.text().equals(b.text())) {
            return Result.SAME;
        }
        if (a.numeric() || b.numeric()) {
            return Result.NONE;
        }
        if (!a.term().isEmpty() && a.term().equals(b.term()) && !OrgTerms.organisationsOnly(a.term())) {
            return new Result(TRANSLATED, TRANSLATED.similarity);
        }
        if (!a.term().isEmpty() && !b.term().isEmpty() && OrgTerms.kindred(a.term(), b.term())) {
            return new Result(TRANSLATED, KINDRED_TERMS); // научно: scientific in one list, research in another
        }
        if (a.isInitial() || b.isInitial()) {
            NameToken full = a.isInitial() ? b : a;
            NameToken initial = a.isInitial() ? a : b;
            return full.text().charAt(0) == initial.text().charAt(0) ? new Result(INITIAL, INITIAL.similarity) : Result.NONE;
        }
        if ((a.sound() != null) != (b.sound() != null) && !a.syllabic() && !b.syllabic()) {
            SoundReading kana = a.sound() != null ? a.sound() : b.sound();
            NameToken latin = a.sound() != null ? b : a;
            if (!latin.abjad() && latin.spellings().stream().allMatch(kana::anotherJapaneseVowel)) {
                return Result.NONE; // サトウ ヨウイチ and Sato Yuichi: one vowel apart is another name in kana, which writes each
            }
        }
        if (a.syllabic() || b.syllabic()) {
            return spelledAlike(a, b) || spelledAsNativeName(a, b) ? new Result(TRANSLITERATION, TRANSLITERATION.similarity) : soundedAlike(a, b);
        }
        if (a.abjad() != b.abjad()) {
            NameToken abjad = a.abjad() ? a : b;
            NameToken latin = a.abjad() ? b : a;
            AbjadReading reading = abjad.reading();
            if (reading != null) {
                // the reading alone decides: the consonant-only romanisation of an abjad word shares phonetic forms
                // and fuzzy spellings with half the Latin names of its length (Kian, Cano; Jahani, Jhonny)
                for (String spelling : latin.spellings()) {
                    if (reading.readAs(spelling) || readAsCompound(reading, spelling)) {
                        int strong = reading.strongLetters();
                        return new Result(CONSONANTS, strong >= 3 ? 0.9 : strong == 2 ? 0.75 : 0.5);
                    }
                }
                if (reading.readsAbd() && ArabicNames.ABD_JOINTS.contains(latin.text())) {
                    // עבד אלמג׳יד, Abdul Majeed: Hebrew joins the article to the next word, Latin to Abd
                    return new Result(CONSONANTS, 0.75);
                }
                if (reading.abdCompound() && ABD_SHORT_FORMS.contains(latin.text())) {
                    // عبدالرحيم and Abdo: the short form of any Abd compound, a given name's variant
                    return new Result(GIVEN_NAME_VARIANT, 0.75);
                }
                AbjadReading rest = reading.afterTitle();
                if (rest != null) {
                    // سیدرضا against Reza: the title written joined, which the Latin list dropped
                    for (String spelling : latin.spellings()) {
                        if (rest.readAs(spelling)) {
                            int strong = rest.strongLetters();
                            return new Result(CONSONANTS, strong >= 3 ? 0.9 : strong == 2 ? 0.75 : 0.5);
                        }
                    }
                }
            }
            int consonants = consonantsAgree(a.abjad() ? a : b, a.abjad() ? b : a);
            if (reading != null && !reading.foreign()) {
                // the letters do not read as that spelling: only many consonants in common still say something
                return consonants >= 4 ? new Result(CONSONANTS, 0.55) : Result.NONE;
            }
            if (consonants >= 3) {
                return new Result(CONSONANTS, CONSONANTS.similarity);
            }
            if (consonants > 0 && (a.abjad() ? b : a).text().length() <= 5) {
                return new Result(CONSONANTS, 0.6); // Ali, Omar: two consonants say little
            }
        }
        if (intersects(a.forms(), b.forms())) {
            if (twoKnownNames(a.givenGroups(), b.givenGroups()) || twoKnownNames(a.fatherGroups(), b.fatherGroups())) {
                return Result.NONE; // Егор and Игорь, Yegor and Igor: one phonetic form, two names the table tells apart
            }
            // the phonetic form merges vowels and soft consonants so that romanisations meet; two spellings that
            // meet only there and differ in most letters (Cheyenne and Shein, Quinn and Kuajien) are another name
            if (spellingsClose(a, b)) {
                return new Result(TRANSLITERATION, TRANSLITERATION.similarity);
            }
            if (!intersects(a.givenGroups(), b.givenGroups()) && !intersects(a.fatherGroups(), b.fatherGroups())) {
                return new Result(FUZZY, 0.6);
            }
            // Oleksii and Alexei: spelled apart, but the table says one name (the Ukrainian and the Russian form)
        }
        if (intersects(a.givenGroups(), b.givenGroups()) || intersects(a.fatherGroups(), b.fatherGroups())) {
            return new Result(GIVEN_NAME_VARIANT, GIVEN_NAME_VARIANT.similarity);
        }
        if (!a.isGivenName() && !b.isGivenName()) {
            // each word's forms without a feminine ending are kept with it: they were cut again for every pair of words
            List<String> formsA = a.neutralForms();
            List<String> formsB = b.neutralForms();
            for (int i = 0; i < formsA.size(); i++) { // by index: an iterator per pair of tokens was a tenth of a query's garbage
                String na = formsA.get(i);
                for (int j = 0; j < formsB.size(); j++) {
                    if (na.equals(formsB.get(j))) {
                        return new Result(GENDERED_FORM, GENDERED_FORM.similarity);
                    }
                }
            }
        }
        if (nickname(a, b)) {
            return new Result(GIVEN_NAME_VARIANT, NICKNAME);
        }
        if (twoKnownNames(a.givenGroups(), b.givenGroups())) {
            return Result.NONE; // Aleksandr and Aleksandra, Ivan and Yan: a letter apart, two names the table tells apart
        }
        if (twoKnownNames(a.fatherGroups(), b.fatherGroups())) {
            // Nikolayevich and Mikhaylovich, Vasilyevich and Valeryevich: an East Slavic patronymic is the father's given
            // name with -ovich/-evich (-ovna/-evna) added, so two patronymics of two names the table tells apart name two
            // fathers, however many letters their shared ending gives them in common (a contradiction, not a typo)
            return Result.NONE;
        }
        if (!a.abjad() && !b.abjad() && !a.syllabic() && !b.syllabic() && (balticForm(a, b) || balticForm(b, a))) {
            return new Result(INFLECTED, INFLECTED.similarity);
        }
        Result sounded = soundedAlike(a, b);
        if (sounded.kind() != NONE) {
            return sounded;
        }
        if (saidInCyrillic(a, b) || saidInCyrillic(b, a)) {
            return new Result(TRANSLITERATION, SAID_IN_CYRILLIC);
        }
        double best = fuzzy(a.text(), b.text());
        if (best == 0 && !a.abjad() && !b.abjad()) {
            best = confusable(a.text(), b.text());
        }
        if (best == 0 && !a.abjad() && !b.abjad()) {
            best = romanisation(a.text(), b.text(), a.digraphs(), b.digraphs());
        }
        if (best == 0 && !romanized(a) && !romanized(b) && !spellingsWithin(a, b, 1)) {
            // phonetic forms are shorter than spellings: one edit there may be three here (Camilo, Cabello); a word
            // romanised from Cyrillic keeps the looser test, since a name that went Latin → Cyrillic → Latin drifts
            // that far (Murphy, Мёрфи, Merfi)
            return Result.NONE;
        }
        for (int i = 0; i < Math.min(3, a.forms().size()); i++) {
            for (int j = 0; j < Math.min(3, b.forms().size()); j++) {
                best = Math.max(best, fuzzy(a.forms().get(i), b.forms().get(j)));
            }
        }
        if (best > 0) {
            return new Result(FUZZY, best * 0.9);
        }
        return Result.NONE;
    }

    /** Both words are names of the given-name table, and of no group in common. */
    private static boolean twoKnownNames(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !intersects(a, b);
    }

    static final double NICKNAME = 0.85;
    static final double ARABIC_SPELLING = 0.9;
    /** A theophoric name and its first part alone (Ghodratollah, Ghodrat): {@link ArabicNames#theophoric}. */
    static final double THEOPHORIC_SHORT = 0.85;

    /**
     * Two Latin words that the Arabic letters could write both (Qubaysi, Kobeissi; Natheer, Nazir): {@link ArabicNames}.
     * Not for two given names the table knows apart (Mahmud, Muhammad), nor for words read from other scripts. Asked by
     * {@link NameComparison} only when both names are Arabic or Persian ({@link ArabicNames#marked}).
     */
    static boolean arabicSpelling(NameToken a, NameToken b) {
        return !a.abjad() && !b.abjad() && !a.syllabic() && !b.syllabic() && !a.numeric() && !b.numeric() && a.sound() == null && b.sound() == null
                && !(a.isGivenName() && b.isGivenName()) && (ArabicNames.sameName(a.text(), b.text())
                || ArabicNames.honorificJoined(a.text(), b.text()) || ArabicNames.honorificJoined(b.text(), a.text()));
    }
    static final int SHORT_FORM_LETTERS = 3;

    /**
     * A nickname or short form of a given name in the {@link Nicknames} table (Bill, William; Pepe, José), or the first
     * three letters or more of a given name the table knows in full (Ben, Benjamin; Alex, Alexandra): a short form
     * is cut from the front. Only for a full name the table knows, so that Petr and Petrov stay two names.
     */
    static boolean nickname(NameToken a, NameToken b) {
        if (a.numeric() || b.numeric() || a.abjad() || b.abjad() || a.syllabic() || b.syllabic()) {
            return false;
        }
        Nicknames table = Nicknames.table();
        if (table.related(a.text(), b.text())) {
            return true;
        }
        NameToken shorter = a.text().length() < b.text().length() ? a : b;
        NameToken longer = shorter == a ? b : a;
        return shorter.text().length() >= SHORT_FORM_LETTERS && longer.text().length() >= shorter.text().length() + 2
                && longer.text().startsWith(shorter.text()) && table.isFullName(longer.text());
    }

    /** Latvian and Lithuanian nominative endings put on a name of another language (Sergejs, Lavrovs; Putinas, Sergejus). */
    private static final String[] BALTIC_ENDINGS = {"as", "is", "us", "ys", "s"};

    /**
     * {@code inflected} is {@code plain} with a Latvian or Lithuanian nominative ending (Lavrovs, Lavrov; Sergejus,
     * Sergey): the stem, of three letters or more, is the other word or one of its romanisations.
     */
    static boolean balticForm(NameToken inflected, NameToken plain) {
        String x = inflected.text();
        String y = plain.text();
        if (inflected.numeric() || plain.numeric() || x.length() <= y.length() || x.charAt(x.length() - 1) != 's' || y.endsWith("s")
                || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        for (String ending : BALTIC_ENDINGS) {
            if (x.endsWith(ending) && x.length() - ending.length() >= 3) {
                String stem = x.substring(0, x.length() - ending.length());
                if (stem.equals(y) || intersects(PhoneticForm.forms(stem), plain.forms())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two Latin spellings of a person's name part too far apart for a typo or another romanisation (Merkel, Merkur;
     * Rost, Troost; Moser, Mohler): another name. A typo is one edit; a romanisation moves vowels, h, w, j and y
     * and swaps letters that write one sound in another language (gh/q: Araghi, Araqi; kh/x; ch/ts/c; zh/j; v/w/u;
     * s/z), each at half an edit ({@link Levenshtein#spellingHalves}); beyond two half edits to six letters, three to
     * eight, four beyond, the two are two names. Words read from Cyrillic, Arabic or syllables have their own tests.
     */
    static boolean anotherName(NameToken a, NameToken b) {
        if (a.abjad() || b.abjad() || a.syllabic() || b.syllabic() || romanized(a) || romanized(b) || a.numeric() || b.numeric()) {
            return false;
        }
        String x = a.text();
        String y = b.text();
        if (Levenshtein.distance(x, y, 1) <= 1) {
            return false;
        }
        int longest = Math.max(x.length(), y.length());
        int budget = longest <= 6 ? 2 : longest <= 8 ? 3 : 4;
        return Levenshtein.spellingHalves(a.digraphs(), b.digraphs(), budget) > budget;
    }

    /**
     * 1 - distance/length when two spellings differ only as romanisations of one name do, within two half edits of
     * {@link Levenshtein#spellingHalves} to eight letters and three beyond (Husayn, Hussein; Qadhafi, Ghathafi), the
     * first letters writing one sound; else 0. Stricter than {@link #anotherName}'s budget, which only says when two
     * spellings are surely two names: Hassan and Hussein are neither one nor surely two.
     */
    static double romanisation(String a, String b) {
        return Math.min(a.length(), b.length()) < 4 ? 0 : romanisation(a, b, Levenshtein.digraphs(a), Levenshtein.digraphs(b));
    }

    /** The same, given both spellings with their digraphs written as one letter ({@link NameToken#digraphs}). */
    private static double romanisation(String a, String b, String x, String y) {
        int longest = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 4) {
            return 0;
        }
        if (!Levenshtein.sameSoundLetters(x.charAt(0), y.charAt(0))) {
            return 0;
        }
        int budget = longest <= 8 ? 2 : 3;
        int d = Levenshtein.spellingHalves(x, y, budget);
        return d <= budget ? 1.0 - d / 2.0 / longest : 0;
    }

    static final int COGNATE_LETTERS = 7;
    static final int COGNATE_PREFIX = 6;

    /**
     * Two long words of two languages with the same root and another ending (elektromekhanicheskiy, electromechanical;
     * kompozitsionnykh, composite): both of seven letters or more and their phonetic forms alike in their first six
     * symbols and at least two thirds of the shorter. Used for organisations only: two surnames with the same root
     * (Aleksandrov, Aleksandrenko) are two families.
     */
    static boolean cognates(NameToken a, NameToken b) {
        if (a.text().length() < COGNATE_LETTERS || b.text().length() < COGNATE_LETTERS || a.numeric() || b.numeric() || a.syllabic() || b.syllabic()) {
            return false;
        }
        for (String x : a.forms()) {
            for (String y : b.forms()) {
                int common = 0;
                int limit = Math.min(x.length(), y.length());
                while (common < limit && x.charAt(common) == y.charAt(common)) {
                    common++;
                }
                if (common >= COGNATE_PREFIX && common * 3 >= 2 * limit) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] ADJECTIVE_ENDINGS = {"skiy", "skii", "skij", "sky", "ski", "skaya", "skaja", "skoye", "skoe", "skogo", "skiye",
            "skyi", "skyy", "ska", "ske"};

    /**
     * {@code adjective} is the Russian, Ukrainian or Polish adjective of the place {@code place} (Muromskiy, Murom;
     * Tulskiy, Tula; Novosibirskiy, Novosibirsk): companies are named after their town both ways. For organisations
     * only: Petrovskiy and Petrov are two families.
     */
    static boolean placeAdjective(NameToken a, NameToken b) {
        if (a.abjad() != b.abjad()) {
            AbjadReading reading = (a.abjad() ? a : b).reading();
            NameToken latin = a.abjad() ? b : a;
            if (reading == null || latin.text().length() < 4) {
                return false;
            }
            if (latin.spellings().stream().anyMatch(reading::readAsStem)) {
                return true;
            }
            // ایران against Iranian: the place written in Arabic letters, its people's adjective in English
            String stem = englishPlaceStem(latin.text());
            return stem != null && reading.readAs(stem);
        }
        return placeAdjective(a.text(), b.text()) || placeAdjective(b.text(), a.text());
    }

    /** The place a Latin word names with an English ending of a people or an adjective (Iranian iran, Baltic balt), or null. */
    static @org.jspecify.annotations.Nullable String englishPlaceStem(String word) {
        for (String ending : ENGLISH_PLACE_ENDINGS) {
            int stem = word.length() - ending.length();
            if (word.endsWith(ending) && stem >= 4 && !(ending.equals("n") && word.charAt(stem - 1) != 'a')) {
                return word.substring(0, stem);
            }
        }
        return null;
    }

    static boolean placeAdjective(String adjective, String place) {
        if (place.length() < 3 || adjective.length() <= place.length()) {
            return false;
        }
        if (place.length() == 3) {
            return linkedStem(adjective, place); // Улан-Удэнский of Ulan-Ude
        }
        if (englishPlaceForm(adjective, place)) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (adjective.endsWith(ending)) {
                String stem = adjective.substring(0, adjective.length() - ending.length());
                if (placeStem(stem, place) || placeStem(RussianPlaces.unalternated(stem), place) || RussianPlaces.linked(stem, place)) {
                    return true;
                }
                // Марийский of Mari, Балтийский of the Baltic: the adjective puts -iy- after the place or its stem
                int glide = stem.length() - 1;
                if (glide >= 4 && "iyj".indexOf(stem.charAt(glide)) >= 0) {
                    if (place.equals(stem.substring(0, glide)) && "aeiou".indexOf(place.charAt(place.length() - 1)) >= 0
                            || RussianPlaces.endsInIya(place, stem, glide)) {
                        return true;
                    }
                    String bare = stem.substring(0, "iyj".indexOf(stem.charAt(glide - 1)) >= 0 ? glide - 1 : glide);
                    if (bare.length() >= 4 && bare.equals(englishPlaceStem(place))) {
                        return true;
                    }
                }
            }
        }
        // Прибалтийский, Приамурский, Прикамский: the land by the Baltic, the Amur, the Kama, which lists translate as
        // the place's own adjective (Pribaltiysky Shipbuilding Plant, Baltic Shipbuilding Plant)
        return adjective.startsWith(NEAR) && adjective.length() - NEAR.length() > place.length() && !place.startsWith(NEAR)
                && placeAdjective(adjective.substring(NEAR.length()), place);
    }

    /** {@code stem} (an adjective without -ский) is the place, the place without its last vowel, or the place in -ск. */
    private static boolean placeStem(String stem, String place) {
        boolean finalVowel = place.length() == stem.length() + 1 && place.startsWith(stem) && "aeiouy".indexOf(place.charAt(stem.length())) >= 0;
        return stem.length() >= 3 && (place.equals(stem) || place.equals(stem + "sk") || finalVowel);
    }

    private static boolean linkedStem(String adjective, String place) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (adjective.endsWith(ending) && RussianPlaces.linked(adjective.substring(0, adjective.length() - ending.length()), place)) {
                return true;
            }
        }
        return false;
    }

    /** The Russian, Ukrainian and Belarusian prefix при- (by, near) of a region's adjective, romanised. */
    private static final String NEAR = "pri";

    /** English endings that make a place's adjective or land (Iranian, Korean, Chinese, Iraqi, Coastal, Balochistan). */
    private static final String[] ENGLISH_PLACE_ENDINGS = {"istan", "stan", "ian", "ese", "ish", "an", "al", "ic", "i", "n"};

    /**
     * {@code longer} is {@code place} with an English ending of a people, a land or an adjective (Iran, Iranian; Baloch,
     * Balochistan; Coast, Coastal; China, Chinese with the final vowel dropped); n only after a final a (Korea, Korean).
     */
    private static boolean englishPlaceForm(String longer, String place) {
        for (String ending : ENGLISH_PLACE_ENDINGS) {
            int stem = longer.length() - ending.length();
            if (!longer.endsWith(ending) || stem < 4 || ending.equals("n") && longer.charAt(stem - 1) != 'a') {
                continue;
            }
            if (stem == place.length() && longer.startsWith(place)) {
                return true;
            }
            boolean vowelDropped = stem == place.length() - 1 && place.regionMatches(0, longer, 0, stem)
                    && "aeiouy".indexOf(place.charAt(stem)) >= 0 && "aeiou".indexOf(ending.charAt(0)) >= 0;
            if (vowelDropped) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word in syllables that transcribes the sound of the other's Latin spelling (빅토르 Viktor, マクシム Maksim,
     * 维克托 Viktor): as sure as a transliteration when four consonants or more agree, weaker with fewer, since a
     * reading that may add or drop vowels fits many short names.
     */
    private static Result soundedAlike(NameToken a, NameToken b) {
        NameToken syllables = a.sound() != null ? a : b;
        NameToken latin = syllables == a ? b : a;
        SoundReading sound = syllables.sound();
        if (sound == null || latin.sound() != null || latin.abjad() || latin.syllabic()) {
            return Result.NONE;
        }
        for (String spelling : latin.spellings()) {
            if (sound.readAsJapaneseName(spelling)) {
                // kana write every vowel: a spelling that says each mora as Hepburn or Kunrei does is the name itself
                return new Result(TRANSLITERATION, TRANSLITERATION.similarity);
            }
        }
        for (String spelling : latin.spellings()) {
            if (sound.readAsTranscription(spelling)) {
                // each character said as Chinese transcribes foreign names: a short name is as sure as a longer one
                // read more loosely (伊万 Ivan, 阿米尔 Amir)
                int strong = SoundReading.consonants(spelling);
                return new Result(TRANSLITERATION, strong >= 3 ? 0.9 : strong == 2 ? 0.85 : 0.6);
            }
        }
        for (String spelling : latin.spellings()) {
            if (sound.readAs(spelling) && !sound.chineseNameAgainstChineseSpelling(spelling)) {
                if (sound.spellsLetters()) {
                    // Thai and Khmer write every consonant, said or not: two accounted for are a name (Hun, Sen)
                    int letters = sound.strongUnits();
                    return new Result(TRANSLITERATION, letters >= 3 ? TRANSLITERATION.similarity : letters == 2 ? 0.9 : 0.6);
                }
                return readBy(SoundReading.consonants(spelling));
            }
        }
        if (!sound.spellsLetters()) {
            Result said = saidAlike(sound, latin);
            if (said.kind() == NONE) {
                said = asTheGivenNameIsSaid(sound, latin);
            }
            return said.kind() != NONE ? said : readNearly(sound, latin);
        }
        return Result.NONE;
    }

    /**
     * A given name in one language's form and a transcription of its Russian form (Mykhailo, ミハイル Mikhail; Dmytro,
     * 德米特里 Dmitriy): the syllables read as the table's name for the group the Latin word belongs to.
     */
    private static Result asTheGivenNameIsSaid(SoundReading sound, NameToken latin) {
        for (String group : latin.givenGroups()) {
            if (sound.readAs(group)) {
                return new Result(GIVEN_NAME_VARIANT, Math.min(GIVEN_NAME_VARIANT.similarity, readBy(SoundReading.consonants(group)).similarity()));
            }
        }
        return Result.NONE;
    }

    /** A long name written by ear with one sound heard otherwise ({@link SoundReading#readNearly}): a part that agrees, weakly. */
    static final double READ_NEARLY = 0.7;

    private static Result readNearly(SoundReading sound, NameToken latin) {
        for (String spelling : latin.spellings()) {
            if (sound.readNearly(spelling)) {
                return new Result(TRANSLITERATION, READ_NEARLY);
            }
        }
        return Result.NONE;
    }

    /** A reading of a syllabic script that met a Latin spelling, as sure as the consonants it accounted for. */
    private static Result readBy(int strongConsonants) {
        return new Result(TRANSLITERATION, strongConsonants >= 4 ? 0.9 : strongConsonants == 3 ? 0.8 : strongConsonants == 2 ? 0.6 : 0.4);
    }

    /** The reading of a foreign name by ear tried on how the Latin name is said ({@link LoanwordSpelling}: Poilievre, 푸알리브르). */
    private static Result saidAlike(SoundReading sound, NameToken latin) {
        for (String spelling : latin.spellings()) {
            for (String said : LoanwordSpelling.said(spelling)) {
                // whether the Latin word is a romanised Chinese name is asked of its letters: a respelling may look like
                // Pinyin where the name does not (Mathias, French matia: ma-ti-a)
                if (sound.readAs(said) && !sound.chineseNameAgainstChineseSpelling(spelling)) {
                    return readBy(Math.min(SoundReading.consonants(said), SoundReading.consonants(spelling)));
                }
            }
        }
        return Result.NONE;
    }

    /** A Cyrillic word that writes how a Latin name is said: a little below a transliteration of its letters. */
    static final double SAID_IN_CYRILLIC = 0.9;

    /**
     * Russian writes a French, English or Spanish name as it is said, not letter by letter (Ермолович's practical
     * transcription): Olivier is Оливье, Yves Ив, Vázquez Васкес. One romanisation of the Cyrillic word is a
     * respelling of the Latin word by one language's rules ({@link LoanwordSpelling}). Exact, since a respelling
     * already drops what the ear does not hear.
     */
    private static boolean saidInCyrillic(NameToken cyrillic, NameToken latin) {
        if (!cyrillic.cyrillic() || latin.cyrillic() || latin.abjad() || latin.syllabic() || latin.sound() != null || cyrillic.abjad() || cyrillic.syllabic()
                || cyrillic.numeric() || latin.numeric()) {
            return false;
        }
        // cheap tests first, asked of most pairs of words that met nowhere else: a respelling is shorter than the letters
        // or as long (Olivier olivie, Yves iv), and keeps the first consonant's class (Vázquez, Васкес)
        int letters = latin.text().length();
        int written = cyrillic.text().length();
        if (written > letters + 1 || 2 * written < letters || !sameFirstConsonant(latin.text(), cyrillic.text())) {
            return false;
        }
        List<String> spellings = latin.spellings();
        for (int i = 0; i < spellings.size(); i++) {
            for (String said : LoanwordSpelling.said(spellings.get(i))) {
                if (said.length() >= 2 && (cyrillic.spellings().contains(said) || cyrillic.spellings().contains(withoutMuteE(said)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameFirstConsonant(String a, String b) {
        return SoundReading.firstKey(a) == SoundReading.firstKey(b);
    }

    /** A word without its final e after a consonant, which French and English spelling write and do not say (Blaise, Блез). */
    private static String withoutMuteE(String said) {
        int n = said.length();
        return n > 3 && said.charAt(n - 1) == 'e' && "aeiouy".indexOf(said.charAt(n - 2)) < 0 ? said.substring(0, n - 1) : said;
    }

    /** A Hangul word and a Latin word that spells it syllable by syllable as Korean names are spelled (영철, Young-chul). */
    private static boolean spelledAsNativeName(NameToken a, NameToken b) {
        NameToken hangul = a.sound() != null ? a : b;
        NameToken latin = hangul == a ? b : a;
        SoundReading sound = hangul.sound();
        if (sound == null || latin.syllabic() || latin.abjad() || latin.sound() != null) {
            return false;
        }
        for (String spelling : latin.spellings()) {
            if (sound.readAsNativeName(spelling)) {
                return true;
            }
        }
        return false;
    }

    /** Read from Cyrillic: one spelling per romanisation system, where a Latin word has one or two. */
    private static boolean romanized(NameToken t) {
        return t.spellings().size() > 2;
    }

    /** Some spelling of one within about two letters in five of some spelling of the other. */
    static boolean spellingsClose(NameToken a, NameToken b) {
        if (a.abjad() || b.abjad() || a.syllabic() || b.syllabic()) {
            return true;
        }
        for (String x : a.spellings()) {
            for (String y : b.spellings()) {
                int allowed = (int) Math.ceil(0.4 * Math.max(x.length(), y.length()));
                if (Levenshtein.distance(x, y, allowed) <= allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Some spelling of one within the edit budget of its length, plus {@code extra}, of some spelling of the other. */
    private static boolean spellingsWithin(NameToken a, NameToken b, int extra) {
        List<String> spellingsA = a.spellings();
        List<String> spellingsB = b.spellings();
        for (int i = 0; i < spellingsA.size(); i++) {
            String x = spellingsA.get(i);
            for (int j = 0; j < spellingsB.size(); j++) {
                String y = spellingsB.get(j);
                int longest = Math.max(x.length(), y.length());
                int allowed = (longest < 4 ? 0 : longest < 9 ? 1 : longest < 14 ? 2 : 3) + extra;
                if (Levenshtein.distance(x, y, allowed) <= allowed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 1 - distance/length when the distance is small for the length (none under 4 letters, 1, 2 from 9, 3 from 14), else 0. */
    static double fuzzy(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        int allowed = longest < 4 ? 0 : longest < 9 ? 1 : longest < 14 ? 2 : 3;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return 0;
        }
        int d = Levenshtein.distance(a, b, allowed);
        return d <= allowed ? 1.0 - (double) d / longest : 0;
    }

    /**
     * 1 - distance/length when the distance in half edits ({@link Levenshtein#halves}: vowels, h and confusable
     * consonants count half) is within the budget of the length, else 0: the budget of {@link #fuzzy}, in half edits,
     * but only half an edit for words of four or five letters (Lisa is not Luis).
     */
    static double confusable(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 3 || a.charAt(0) != b.charAt(0) && Levenshtein.substitution(a.charAt(0), b.charAt(0)) > 1) {
            return 0;
        }
        int allowed = longest < 4 ? 0 : longest < 6 ? 1 : longest < 9 ? 2 : longest < 14 ? 4 : 6;
        int d = Levenshtein.halves(a, b, allowed);
        return d <= allowed ? 1.0 - d / 2.0 / longest : 0;
    }

    /**
     * Arabic and Hebrew leave short vowels unwritten and write long ones with consonant letters (و, י): the
     * abjad token's consonants, with or without its w/v, against the Latin token's (محمد mhmd ~ Muhammad).
     */
    /**
     * The Latin word is an Arabic compound whose joint the abjad word leaves out: Abdulfattah, Abdel Fattah for عبدفتاح
     * (Abd and the name written as one word, without the article), Nasreddine for نصردين.
     */
    /**
     * Arabic, Persian and Hebrew write a European name as it is said, not letter by letter: Javier is خاویر and חאבייר
     * (Spanish j said kh), Vázquez فاسكيز, Yves إيف (French: the y an i, the final -es unsaid), Johnny جوني (English:
     * the h unsaid). The reading is tried on each respelling of the Latin word by one language's rules
     * ({@link LoanwordSpelling}, computed once per word), after it failed on the letters; as sure as a reading of them.
     * Asked only of a Latin name not written as Arabic or Persian names are (the caller's test): a European language's
     * rules say nothing of how Khazein is said, and its Spanish z said s read حسین, Hossein.
     */
    static @org.jspecify.annotations.Nullable Result saidInAbjad(NameToken a, NameToken b) {
        if (a.abjad() == b.abjad()) {
            return null;
        }
        AbjadReading reading = (a.abjad() ? a : b).reading();
        NameToken latin = a.abjad() ? b : a;
        if (reading == null || latin.text().length() < 3 || latin.syllabic() || latin.numeric()) {
            return null;
        }
        for (String spelling : latin.spellings()) {
            int h = count(spelling, 'h');
            for (String said : LoanwordSpelling.said(spelling)) {
                // a respelling that leaves an h unsaid is not read: Arabic and Persian write their h (Mehdi, Ehsan), and
                // the French rule that drops it read Ehsan as یسنا
                if (said.length() >= 2 && count(said, 'h') >= h && reading.readAs(said)) {
                    int strong = reading.strongLetters();
                    return new Result(CONSONANTS, strong >= 3 ? 0.9 : strong == 2 ? 0.75 : 0.5);
                }
            }
        }
        return null;
    }

    private static int count(String word, char letter) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += word.charAt(i) == letter ? 1 : 0;
        }
        return n;
    }

    /** The short forms of Abd compounds (Abdo for Abd al-Rahim, Abdou for Abdallah) in Egyptian and Maghrebi usage. */
    private static final Set<String> ABD_SHORT_FORMS = Set.of("abdo", "abdu", "abdou", "abdoh");

    static boolean readAsCompound(AbjadReading reading, String latin) {
        if (latin.length() < 6) {
            return false;
        }
        String bare = ArabicNames.withoutJoints(latin);
        return bare != latin && reading.readAs(bare);
    }

    static int consonantsAgree(NameToken abjad, NameToken latin) {
        int best = 0;
        for (String fa : abjad.forms()) {
            java.util.Set<String> ka = abjadSkeletons(fa);
            for (String fb : latin.forms()) {
                String kb = PhoneticForm.skeleton(fb).replace('C', 'S');
                if (ka.contains(kb) || ka.contains(withoutFinalH(kb))) {
                    best = Math.max(best, kb.length());
                }
            }
        }
        return best;
    }

    /**
     * The consonants of an abjad reading as a Latin spelling may have them: و/ו as a vowel (w/v dropped), a final
     * ة/ه as a vowel (Haniyeh, Fatima), a Persian silent ه inside the word (خامنه‌ای, Khamenei), ṣ/ts as s.
     */
    static java.util.Set<String> abjadSkeletons(String form) {
        String k = PhoneticForm.skeleton(form).replace('C', 'S');
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String v : new String[] {k, k.replace("v", "")}) {
            out.add(v);
            out.add(withoutFinalH(v));
            if (v.length() > 1) {
                out.add(PhoneticForm.collapse(v.charAt(0) + v.substring(1).replace("H", "")));
            }
            if (v.endsWith("t") && v.length() > 2) {
                out.add(v.substring(0, v.length() - 1));
            }
        }
        return out;
    }

    private static String withoutFinalH(String k) {
        return k.length() > 2 && k.endsWith("H") ? k.substring(0, k.length() - 1) : k;
    }

    /** Some spelling of one token is a spelling of the other (Zhou = 周, Chou = 周 in Wade-Giles, Kim = 김). */
    static boolean spelledAlike(NameToken a, NameToken b) {
        for (String x : a.spellings()) {
            if (b.spellings().contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) { // by index: asked for every pair of tokens, and its iterator was not optimised away
            if (b.contains(a.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** A kind of match and its similarity. */
    record Result(TokenMatch kind, double similarity) {
        static final Result NONE = new Result(TokenMatch.NONE, 0);
        /** The same word, the most common answer: one instance rather than one per pair of tokens. */
        static final Result SAME = new Result(TokenMatch.EXACT, 1.0);
    }
}
