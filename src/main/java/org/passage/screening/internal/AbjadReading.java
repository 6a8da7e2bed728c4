package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a word in Arabic, Persian, Urdu or Hebrew letters may be spelled in Latin: each letter by the spellings lists
 * give it (ح h, خ kh/h/x, ق q/k/g, و w/v/o/u/ou, ي y/i/e/ee, ع and א a vowel or nothing, ة/ה a final a/e/h/t or
 * nothing), any vowels between them (the script leaves short vowels unwritten) and any letter doubled (a shadda).
 * A Latin word reads the abjad word when every one of its letters is accounted for, in order: Yousef and Yusuf read
 * يوسف, Omar reads عمر, Mohammed reads محمد; Yasin does not read يوسف. Stricter than comparing consonant
 * skeletons (every Latin consonant must come from a letter) and kinder to the weak letters (ع, و, ي), which a
 * skeleton loses or miscounts.
 */
final class AbjadReading {

    private static final String VOWELS = "aeiouy";
    /** Letters whose spellings may be nothing at all: the article's alif, ayin, hamza, a final ta marbuta or he. */
    private static final String SILENT = "اأإآٱءئؤعىהאע";

    private static final Map<Character, String> SPELLINGS = Map.ofEntries(
            // Arabic, Persian, Urdu, Pashto
            Map.entry('ا', "a e i o u"), Map.entry('أ', "a e i o u"), Map.entry('إ', "i e a"), Map.entry('آ', "a aa"),
            Map.entry('ٱ', "a e"), Map.entry('ء', "a e i"), Map.entry('ئ', "i e y a"), Map.entry('ؤ', "u o w"),
            Map.entry('ب', "b p"), Map.entry('پ', "p b"), Map.entry('ت', "t th"), Map.entry('ث', "th s t"),
            Map.entry('ٹ', "t"), Map.entry('ج', "j g dj dzh zh dj gi c"), Map.entry('چ', "ch tsh tch c"),
            Map.entry('ح', "h kh"), Map.entry('خ', "kh h x ch"), Map.entry('د', "d dh"), Map.entry('ڈ', "d"),
            Map.entry('ذ', "dh z d th"), Map.entry('ر', "r"), Map.entry('ڑ', "r"), Map.entry('ز', "z"),
            Map.entry('ژ', "zh j z"), Map.entry('س', "s"), Map.entry('ش', "sh ch sch s sy"), Map.entry('ص', "s"),
            Map.entry('ض', "d dh z"), Map.entry('ط', "t"), Map.entry('ظ', "z dh th d"), Map.entry('ع', "a e i o u"),
            Map.entry('غ', "gh g r"), Map.entry('ف', "f ph v"), Map.entry('ق', "q k g gh c ck"), Map.entry('ك', "k c ck ch q cq"),
            Map.entry('ک', "k c ck ch q cq"), Map.entry('گ', "g"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"),
            Map.entry('ں', "n"), Map.entry('ه', "h a e"), Map.entry('ہ', "h a e"), Map.entry('ھ', "h"),
            Map.entry('ة', "a e h t ah eh at"), Map.entry('و', "w v o u ou oo ow aw au"), Map.entry('ي', "y i e ee ie ey ei ai ay j"),
            Map.entry('ی', "y i e ee ie ey ei ai ay j"), Map.entry('ى', "a i y e"), Map.entry('ې', "e y"), Map.entry('ے', "e y ai"),
            Map.entry('ځ', "dz z j"), Map.entry('څ', "ts s"), Map.entry('ښ', "sh kh x"), Map.entry('ږ', "zh g"), Map.entry('ډ', "d"), Map.entry('ړ', "r"),
            Map.entry('ټ', "t"), Map.entry('ۍ', "ai ay i y e"), Map.entry('ۃ', "a e h t"),
            // Pashto's own gaf and retroflex n (ګل Gul, ځدراڼ Zadran: the letters of Afghan names as the UN writes them,
            // after the Pashto alphabet as Wiktionary and the Unicode Standard's Arabic chapter give it), and the Persian
            // he with the ezafe above it (ۀ). Not the vowel letters of Kurdish and Uyghur (ە ۆ ۇ ێ), which follow a
            // hamza that carries no sound of its own: without a reading their words are compared by their consonants
            Map.entry('ګ', "g"), Map.entry('ڼ', "n"), Map.entry('ۀ', "e a h eh ye"),
            // the letters Arabic adds for sounds it lacks, in foreign names (ڤ v: ڤاسيليڤ Vasiliev; ڨ and ڭ g, ڥ v in the
            // Maghreb). Arabic spells such a name as it is said (ديڤيد for Davide), so a word with one that does not read
            // as the Latin spelling is still compared by its consonants, as it was before it had a reading (foreign())
            Map.entry('ڤ', "v f w"), Map.entry('ڥ', "v f"), Map.entry('ڨ', "g q"), Map.entry('ڭ', "g ng"),
            // Hebrew
            Map.entry('א', "a e i o u"), Map.entry('ב', "b v"), Map.entry('ג', "g j"), Map.entry('ד', "d dh"),
            Map.entry('ה', "h a e"), Map.entry('ו', "v w o u"), Map.entry('ז', "z"), Map.entry('ח', "ch h kh"),
            Map.entry('ט', "t"), Map.entry('י', "y i e j"), Map.entry('כ', "k ch kh c"), Map.entry('ך', "k ch kh"),
            Map.entry('ל', "l"), Map.entry('מ', "m"), Map.entry('ם', "m"), Map.entry('נ', "n"), Map.entry('ן', "n"),
            Map.entry('ס', "s"), Map.entry('ע', "a e i o u"), Map.entry('פ', "p f ph"), Map.entry('ף', "f p"),
            Map.entry('צ', "ts tz z s c tsi"), Map.entry('ץ', "ts tz z s"), Map.entry('ק', "k q c ck"), Map.entry('ר', "r"),
            Map.entry('ש', "sh s ch"), Map.entry('ת', "t th s"));

    /** The Hebrew geresh (also typed as an apostrophe, which the parser turns into it) after a letter. */
    static final char GERESH = '\u05F3';
    private static final Map<Character, String> GERESH_SPELLINGS = Map.of('ג', "j g dj dzh", 'ז', "zh j", 'צ', "ch tsh tch",
            'ץ', "ch tsh tch", 'ת', "th t", 'ד', "dh d th", 'ח', "kh h", 'ע', "gh g r");

    /**
     * Words written joined to the name after them that a list in Latin letters drops or writes apart: the titles
     * Persian and Arabic join (سیدرضا, Seyyed Reza; حاجی‌محمد), which lists drop as titles ({@link Vocabulary}: seyyed,
     * sayed, haji), and the Arabic article as Hebrew writes it, joined (אלמג׳יד, Majeed; al-Majid).
     */
    private static final String[] JOINED_TITLES = {"سید", "سيد", "حاجی", "حاجي", "אל"};

    private final String[][] letters;
    private final boolean[] silent;
    private final int strong;
    private final int nisba;
    private @Nullable AbjadReading afterTitle;
    private boolean abdCompound;
    private boolean foreign;
    private boolean abd;
    private boolean wawAfterFirst;

    private AbjadReading(String[][] letters, boolean[] silent, int nisba) {
        this.letters = letters;
        this.silent = silent;
        this.nisba = nisba;
        int count = 0;
        for (boolean s : silent) {
            count += s ? 0 : 1;
        }
        this.strong = count;
    }

    /** The reading of a word in Arabic or Hebrew letters (diacritics and tatweel ignored), or null for any other word. */
    static @Nullable AbjadReading of(String word) {
        List<String[]> letters = new ArrayList<>();
        List<Boolean> silent = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == GERESH && !letters.isEmpty()) {
                String sound = GERESH_SPELLINGS.get(word.charAt(i - 1));
                if (sound != null) {
                    letters.set(letters.size() - 1, sound.split(" ")); // ג׳ j, צ׳ ch, ז׳ zh: the sounds Hebrew lacks
                }
                continue;
            }
            String spellings = SPELLINGS.get(c);
            if (spellings == null) {
                if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'ـ' || c == '\u200c' || c == '\u200d') {
                    continue; // harakat, shadda, tatweel, joiners: the Latin side may or may not show them
                }
                return null;
            }
            if ((c == 'ی' || c == 'ي') && i == word.length() - 1 && i > 0 && ("اعویيى".indexOf(word.charAt(i - 1)) < 0
                    || i >= 2 && (word.charAt(i - 1) == 'ی' || word.charAt(i - 1) == 'ي') && "اعویيىه".indexOf(word.charAt(i - 2)) < 0)) {
                // a final ya after a consonant said as alif: Mojtaba مجتبی, Morteza مرتضی, Musa موسی; after a ya that is
                // itself a consonant too, as Persian writes the alif maqsura of يحيى (یحیی Yahya, Persian orthography,
                // Academy of Persian Language and Literature, 2003: ى is written ی)
                spellings += " a";
            }
            if ((c == 'ه' || c == 'ہ' || c == 'ה') && (letters.isEmpty() || i + 1 < word.length() && "اایيئء\u200c".indexOf(word.charAt(i + 1)) < 0)) {
                // a he is said, except at a word's end or a part's (خامنه‌ای Khamenei): Helia هلیا is not Ali, Zahra زهرا not Sari
                spellings = "h";
            }
            if ((c == 'ي' || c == 'ی') && i > 0 && "اوى".indexOf(word.charAt(i - 1)) < 0) {
                // a j for ya only where German and Dutch write it: at the start or after a vowel letter (Jusuf, Tsjajka)
                spellings = spellings.replace(" j", "");
            }
            if (c == 'ز' && i == word.length() - 1) {
                spellings = "z s"; // a final s said as z: Charles چارلز, James
            }
            if (c == 'د' && i == word.length() - 1 && i >= 2) {
                spellings += " t"; // Turkish writes a final d as it says it, t: Ahmet احمد, Mehmet, Mahmut
            }
            if ((c == 'ו' || c == 'י') && letters.size() == 1 && "אע".indexOf(word.charAt(0)) >= 0) {
                // the carrier then says the vowel the mater writes: אי i or e (Igor, not Amin), או o or u
                // ayin is a consonant in an Arabic name, its a before the mater's i kept: עיסאמי Aissami, עיד Eid
                letters.set(0, c == 'י' ? word.charAt(0) == 'ע' ? new String[] {"i", "e", "a"} : new String[] {"i", "e"} : new String[] {"o", "u"});
            }
            letters.add(spellings.split(" "));
            // alif and ya write one vowel at a word's start (ایران Iran, ایمان Iman) and, at its end, the Persian
            // ezafe after a vowel (آلومینای Alumina-ye), which a translation of the name leaves out
            boolean alifYa = (c == 'ی' || c == 'ي') && i > 0 && "اأإآ".indexOf(word.charAt(i - 1)) >= 0
                    && (i == 1 || i == word.length() - 1 && i >= 3)
                    // so do ayin and ya at a word's start: عیسی Issa, Essa; عید Eid
                    || (c == 'ی' || c == 'ي') && i == 1 && word.charAt(0) == 'ع'
                    // and alif or ayin and waw: اولوتش Oluç, اورهان Orhan, عودة Odeh
                    || c == 'و' && i == 1 && "اأآع".indexOf(word.charAt(0)) >= 0;
            // an Urdu he after a long vowel and before a consonant colours the vowel and may go unwritten in Latin:
            // چوہدری Chaudhry, Chaudry (the he said after the d: Urdu writes the aspirate دھ, lists the h where it hears it)
            boolean urduHe = c == 'ہ' && i > 0 && i + 1 < word.length() && "اوی".indexOf(word.charAt(i - 1)) >= 0
                    && SPELLINGS.containsKey(word.charAt(i + 1)) && "اوییےہ".indexOf(word.charAt(i + 1)) < 0;
            // Hebrew writes a vowel after א or ע at a word's start with ו or י as well (איגור Igor, אורשקין Oreshkin), and
            // Russian ё as יו after a syllable, which Latin spells e as often as yo (גורוליוב Gurulev; not חיון, Chen)
            boolean mater = (c == 'ו' || c == 'י') && letters.size() == 2 && "אע".indexOf(word.charAt(0)) >= 0
                    || c == 'ו' && i > 2 && word.charAt(i - 1) == 'י'
                    || c == 'ו' && i > 0 && word.charAt(i - 1) == 'ו'; // וו is one w or v (וונג Weng)
            silent.add(SILENT.indexOf(c) >= 0 || (c == 'ه' || c == 'ة' || c == 'ה') && i == word.length() - 1 || alifYa || mater || urduHe);
        }
        if (letters.isEmpty()) {
            return null;
        }
        boolean[] s = new boolean[silent.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = silent.get(i);
        }
        AbjadReading reading = new AbjadReading(letters.toArray(String[][]::new), s, nisba(word));
        reading.abdCompound = word.startsWith("عبد") && letters.size() >= 5;
        reading.abd = word.equals("عبد") || word.equals("עבד");
        reading.foreign = FOREIGN.matcher(word).find();
        reading.wawAfterFirst = word.length() >= 4 && word.charAt(1) == 'و' && "اأإآعوي".indexOf(word.charAt(0)) < 0;
        for (String title : JOINED_TITLES) {
            if (word.startsWith(title) && word.length() - title.length() >= 3) {
                reading.afterTitle = of(word.substring(title.length()));
                break;
            }
        }
        return reading;
    }

    /** The word is Abd alone (عبد, עבד), the first half of a compound given name. */
    boolean readsAbd() {
        return abd;
    }

    /** Letters Arabic adds for the sounds of foreign names (ڤ v, ڥ v, ڨ g, ڭ g). */
    private static final java.util.regex.Pattern FOREIGN = java.util.regex.Pattern.compile("[ڤڥڨڭ]");

    /**
     * The word has a letter Arabic adds for a foreign sound (ڤ): it writes a foreign name as it is said, which its
     * Latin spelling may not show letter for letter (ديڤيد Davide), so its consonants are compared when it does not read.
     */
    boolean foreign() {
        return foreign;
    }

    /**
     * A compound of Abd written as one word (عبدالرحيم, عبدالله): Abdo, Abdu, Abdou, the short form usage gives any
     * of them, answer it.
     */
    boolean abdCompound() {
        return abdCompound;
    }

    /** The reading of the name after a title or article joined to it (رضا in سیدرضا), or null when the word has none. */
    @Nullable AbjadReading afterTitle() {
        return afterTitle;
    }

    /** Letters of an Arabic or Persian adjective ending (ية, يه, ی, ي: الكويتية, Kuwaiti) after a stem of three letters or more. */
    private static int nisba(String word) {
        String w = word.replaceAll("[\\p{Mn}ـ\u200c\u200d]", "");
        if (w.length() >= 5 && (w.endsWith("ية") || w.endsWith("يه") || w.endsWith("یه") || w.endsWith("یة"))) {
            return 2;
        }
        return w.length() >= 4 && (w.endsWith("ي") || w.endsWith("ی")) ? 1 : 0;
    }

    /**
     * Whether the Latin word is a spelling of this word without its adjective ending: the place or people an
     * organisation's name is named after (الكويتية, Kuwait; ایرانی, Iran). For organisations only, as a Russian
     * place adjective is ({@link TokenMatch#placeAdjective}): Hashemi and Hashem are two families.
     */
    boolean readAsStem(String latin) {
        if (nisba == 0 || letters.length - nisba < 3) {
            return false;
        }
        AbjadReading stem = new AbjadReading(java.util.Arrays.copyOf(letters, letters.length - nisba),
                java.util.Arrays.copyOf(silent, silent.length - nisba), 0);
        return stem.strongLetters() >= 3 && stem.readAs(latin);
    }

    /** The readings of {@code width} abjad tokens from {@code from} as one word, or null if one has none. */
    static @Nullable AbjadReading join(NameToken[] tokens, int from, int width) {
        List<String[]> letters = new ArrayList<>();
        List<Boolean> silent = new ArrayList<>();
        for (int k = from; k < from + width; k++) {
            AbjadReading part = tokens[k].reading();
            if (part == null) {
                return null;
            }
            boolean assimilated = part.isArticle() && k + 1 < from + width && tokens[k + 1].reading() != null
                    && tokens[k + 1].reading().startsWithSunLetter();
            for (int i = 0; i < part.letters.length; i++) {
                letters.add(part.letters[i]);
                // the article's l takes the sound of a sun letter after it: الدين is -ud-din, -eddine; الرحمن ar-Rahman
                // and a word's first letter is said though it may go unsaid inside a word (Amir is not Mir): ع after
                // حی is no silent joint that makes حی عظیم Hazem; the article's alif is the exception (ابو الفضل Abolfazl)
                silent.add(part.silent[i] && (i > 0 || k == from || part.isArticle()) || assimilated && i == part.letters.length - 1);
            }
        }
        AbjadReading last = tokens[from + width - 1].reading();
        AbjadReading next = from + width < tokens.length ? tokens[from + width].reading() : null;
        if (width >= 2 && last != null && last.isArticle() && next != null && next.startsWithSunLetter() && !next.letters[0][0].equals("l")) {
            // a run that ends in the article before a sun letter: South Asian and Afghan spellings write the article's
            // vowel and the doubled letter on the first part (Habibur Rahman, Saifur Rahman, Nurud Din, Abdus Sattar for
            // حبيب الرحمن, سیف الرحمن, نور الدين, عبد الستار): its l may be read as the letter it is said as
            String[] said = java.util.Arrays.copyOf(letters.getLast(), letters.getLast().length + next.letters[0].length);
            System.arraycopy(next.letters[0], 0, said, letters.getLast().length, next.letters[0].length);
            letters.set(letters.size() - 1, said);
        }
        boolean[] s = new boolean[silent.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = silent.get(i);
        }
        return new AbjadReading(letters.toArray(String[][]::new), s, 0);
    }

    /** The Arabic article ال (or an alif and a lam read as one). */
    private boolean isArticle() {
        return letters.length == 2 && silent[0] && letters[1].length == 1 && letters[1][0].equals("l");
    }

    /** The first letters of ت ث د ذ ر ز س ش ص ض ط ظ ل ن, before which the article's l is said as that letter. */
    private static final java.util.Set<String> SUN_LETTERS = java.util.Set.of("t", "th", "d", "dh", "r", "z", "s", "sh", "l", "n");

    private boolean startsWithSunLetter() {
        return letters.length > 0 && SUN_LETTERS.contains(letters[0][0]);
    }

    /** Whether the last letter may be written as a vowel (a final ه or ة: -a, -e; not ح, always a consonant). */
    boolean endsInVowelLetter() {
        return letters.length > 0 && (has(letters[letters.length - 1], "a") || has(letters[letters.length - 1], "e"));
    }

    /** Letters that are consonants whatever the spelling: how much a reading says. */
    int strongLetters() {
        return strong;
    }

    /** Whether the lower-case ASCII Latin word is a spelling of this word. */
    boolean readAs(String latin) {
        if (latin.isEmpty() || latin.length() > 4 * letters.length + 4) {
            return false;
        }
        byte[][] memo = new byte[letters.length + 1][latin.length() + 1];
        return reads(0, 0, latin, memo);
    }

    private boolean reads(int i, int j, String latin, byte[][] memo) {
        if (memo[i][j] != 0) {
            return memo[i][j] > 0;
        }
        boolean ok = step(i, j, latin, memo);
        memo[i][j] = (byte) (ok ? 1 : -1);
        return ok;
    }

    private boolean step(int i, int j, String latin, byte[][] memo) {
        int n = latin.length();
        if (i == letters.length) {
            // what is left may only be one unwritten vowel (Omari is not عمر, Abdullah is not عبد ال)
            return j == n || (j == n - 1 && VOWELS.indexOf(latin.charAt(j)) >= 0);
        }
        // an unwritten short vowel before this letter; never at the start: a word said with a vowel first is
        // written with a letter for it (ا, ع, א), so Unsi does not read ناز
        if (j > 0 && j < n && VOWELS.indexOf(latin.charAt(j)) >= 0 && reads(i, j + 1, latin, memo)) {
            return true;
        }
        // a letter that may go unsaid inside a word is said at its start: Amir امیر is not Mir
        if (silent[i] && i > 0 && reads(i + 1, j, latin, memo)) {
            return true;
        }
        // x is two letters in an abjad (כס, كس: Alexei אלכסיי)
        if (j < n && latin.charAt(j) == 'x' && i + 1 < letters.length && has(letters[i], "k") && has(letters[i + 1], "s")
                && reads(i + 2, j + 1, latin, memo)) {
            return true;
        }
        // ch is two letters where the script has none for it (تش, טש: ماتش Mach, تشافيز Chavez; Turkish ç, Czech č
        // lose their marks in Latin letters: Oluç, Oluc)
        if (j < n && (latin.charAt(j) == 'c' || latin.charAt(j) == 't') && i + 1 < letters.length && has(letters[i], "t")
                && has(letters[i + 1], "sh")) {
            for (String ch : CH) {
                if (latin.startsWith(ch, j) && reads(i + 2, j + ch.length(), latin, memo)) {
                    return true;
                }
            }
        }
        // the French unstressed e of a first syllable (le, de, re) is written و in Arabic, as the press writes French
        // names: لوكونت Leconte, لوفيفر Lefebvre, دونوف Deneuve; only there, in an open syllable (a consonant and a vowel
        // after it: Mehdi's e is no e muet), and in a Latin word of five letters or more
        if (i == 1 && j == 1 && wawAfterFirst && n >= 5 && latin.charAt(1) == 'e' && VOWELS.indexOf(latin.charAt(2)) < 0
                && VOWELS.indexOf(latin.charAt(3)) >= 0 && reads(2, 2, latin, memo)) {
            return true;
        }
        // a c before e, i or y says s (Bruce بروس, Lucie, Cecile): a letter whose only sound is s writes it
        if (j + 1 < n && latin.charAt(j) == 'c' && "eiy".indexOf(latin.charAt(j + 1)) >= 0 && letters[i][0].equals("s")
                && reads(i + 1, j + 1, latin, memo)) {
            return true;
        }
        for (String spelling : letters[i]) {
            if (latin.startsWith(spelling, j)) {
                int end = j + spelling.length();
                if (reads(i + 1, end, latin, memo)) {
                    return true;
                }
                // doubled (shadda, or a Latin habit: Hassan, Mohammed)
                if (spelling.length() == 1 && end < n && latin.charAt(end) == spelling.charAt(0) && reads(i + 1, end + 1, latin, memo)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Latin spellings of the sound that Arabic and Hebrew write with t and sh. */
    private static final String[] CH = {"tsch", "tch", "ch", "c"};

    private static boolean has(String[] spellings, String spelling) {
        for (String s : spellings) {
            if (s.equals(spelling)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "AbjadReading[" + letters.length + " letters]";
    }
}
