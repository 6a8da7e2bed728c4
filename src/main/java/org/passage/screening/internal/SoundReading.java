package org.passage.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How a word written in syllables (Hangul, Japanese kana, Chinese characters) may be spelled in Latin when it
 * transcribes a name by its sound: 빅토르 흐레닌, ヴィクトル・フレニン and 维克托·赫列宁 are Viktor Khrenin. Each
 * syllable is a unit with the Latin spellings it may stand for: its consonant as the languages hear it (ㅂ and バ
 * for b and v, ㄹ and ル for r and l, 克 for k), its vowel, or no vowel at all where the script had to add one to
 * a consonant (르 for r, ク for k, 斯 for s). A Latin word reads the syllables when every one of its letters is
 * accounted for, in order, allowing a doubled letter and, for kana and Chinese, the h of a digraph (kh, sh) and an
 * r after a vowel that those scripts leave unwritten (Viktor, 维克托). Kanji cannot be read this way: their Japanese
 * readings come from a dictionary ({@link JapaneseReading}); a name it does not know stays "not checked" (see
 * {@link #unreadable}). Chinese characters are read by the sounds of the transcription tables
 * ({@link HanTranscription}) and by their Pinyin. Readings are built once per
 * distinct word (the parser interns tokens); reading costs a small dynamic programme over units × letters.
 */
final class SoundReading {

    private static final String VOWELS = "aeiouy";
    private static final int MAX_UNITS = 24;
    /** Characters whose spellings are kept: the few thousand of names, not every code point a fuzzer can send. */
    private static final int MAX_CACHED = 20_000;
    private static final ThreadLocal<Transliterator> KANA = ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Latin"));
    private static final Map<String, String[]> KANA_UNITS = new ConcurrentHashMap<>();
    private static final Map<Integer, String[]> HAN_UNITS = new ConcurrentHashMap<>();

    private final String[][] units;
    private final int strong;
    private final boolean looseConsonants;
    /** The Hangul word itself, read also as a Korean name by {@link KoreanNames#readAs}; null for other scripts. */
    private final @Nullable String hangul;

    /** For a Han word, its Pinyin syllables, read also as a Chinese name by {@link ChineseNames#readAs}; null otherwise. */
    private String @Nullable [] pinyin;

    /** For a Han word, the Latin spellings of each character read in Cantonese ({@link CantoneseReadings}); null otherwise. */
    private String @Nullable [][] cantonese;

    /** For a Han word, the word itself (its characters: {@link HanBrands} reads a brand by their meanings); null otherwise. */
    private @Nullable String han;

    /** For a Han word all of whose characters the transcription tables list: the reading by their sounds alone; else null. */
    private @Nullable SoundReading transcription;

    /** For a Thai or Khmer word: its units spell a native name letter by letter, also when the Latin side splits it. */
    private boolean nativeLetters;

    /** For a kana word, its Hepburn spelling reduced by {@link JapaneseSpelling#key}; null otherwise. Set once, when built. */
    private @Nullable String japanese;

    /** For a kana word, its Hepburn spelling; null otherwise. */
    private @Nullable String hepburn;

    /** A kana word with the marks of a foreign name (ー, ティ, ヴ): written by ear. */
    private boolean foreignMarks;

    /**
     * For a word with kanji, the Hepburn spellings of its readings as a Japanese name ({@link JapaneseReading}: 清司
     * kiyoshi, seiji, kiyoji) and their {@link JapaneseSpelling#key}s; empty when it has none.
     */
    private List<String> japaneseSpellings = List.of();
    private List<String> japaneseKeys = List.of();

    /** Syllables of a Han or Hangul word (each a morpheme of a Chinese or Korean name); 0 for kana and Greek. */
    private final int syllables;

    private SoundReading(List<String[]> units, boolean looseConsonants) {
        this(units, looseConsonants, null, 0);
    }

    private SoundReading(List<String[]> units, boolean looseConsonants, @Nullable String hangul, int syllables) {
        this.hangul = hangul;
        this.syllables = syllables;
        this.units = units.toArray(String[][]::new);
        this.looseConsonants = looseConsonants;
        int count = 0;
        for (String[] options : this.units) {
            boolean consonant = options.length > 0;
            for (String o : options) {
                if (o.isEmpty() || VOWELS.indexOf(o.charAt(0)) >= 0) {
                    consonant = false;
                    break;
                }
            }
            count += consonant ? 1 : 0;
        }
        this.strong = count;
    }

    /** The sound reading of a word of Hangul, kana or Chinese characters of two syllables or more; null for any other word. */
    static @Nullable SoundReading of(String word) {
        if (word.isEmpty() || word.length() > 2 * MAX_UNITS) {
            return null;
        }
        if (KoreanNames.isHangul(word)) {
            return word.length() >= 2 ? hangul(word) : null;
        }
        if (isKana(word)) {
            return kana(word);
        }
        if (ChineseNames.isHan(word) && word.codePointCount(0, word.length()) >= 2) {
            SoundReading reading = han(word);
            reading.readAsJapanese(JapaneseReading.readings(word));
            return reading;
        }
        if (JapaneseReading.hasKanji(word) && hasKana(word)) {
            // kanji and kana in one word (田中さくら): read only as Japanese, by the dictionary's readings
            List<String> readings = JapaneseReading.readings(word);
            if (readings.isEmpty()) {
                return null;
            }
            SoundReading reading = kana(readings.getFirst());
            reading.readAsJapanese(readings);
            return reading;
        }
        if (isGreek(word)) {
            return greek(word);
        }
        if (ThaiSpelling.isThai(word)) {
            return letters(ThaiSpelling.units(word));
        }
        if (KhmerSpelling.isKhmer(word)) {
            return letters(KhmerSpelling.units(word));
        }
        return null;
    }

    private void readAsJapanese(List<String> katakanaReadings) {
        if (katakanaReadings.isEmpty()) {
            return;
        }
        List<String> spellings = new ArrayList<>(katakanaReadings.size());
        List<String> keys = new ArrayList<>(katakanaReadings.size());
        for (String katakana : katakanaReadings) {
            SoundReading read = kana(katakana);
            if (read.hepburn != null && read.japanese != null) {
                spellings.add(read.hepburn);
                keys.add(read.japanese);
            }
        }
        this.japaneseSpellings = List.copyOf(spellings);
        this.japaneseKeys = List.copyOf(keys);
    }

    private static boolean hasKana(String word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                return true;
            }
        }
        return false;
    }

    /** The Hangul word this reads (its syllables, one character each); null for other scripts. */
    @Nullable String hangul() {
        return hangul;
    }

    /** Whether the units spell a Thai or Khmer word letter by letter (not syllables that transcribe a foreign name). */
    boolean spellsLetters() {
        return nativeLetters;
    }

    /** Consonant units: how much a reading says (a name of one or two consonants matches half the world's names). */
    int strongUnits() {
        return strong;
    }

    /** The Han word itself; null for other scripts. */
    @Nullable String han() {
        return han;
    }

    /** The Pinyin syllables of a Han word, one per character; null for other scripts. */
    String @Nullable [] pinyin() {
        return pinyin;
    }

    /**
     * The Latin spellings of each syllable of a Han or Hangul word of two or more, for the candidate index: lists
     * split a Korean or Chinese given name (Young-chul, Hsueh-liang) into words that no spelling of the whole shares.
     * Empty for kana and Greek.
     */
    List<String> syllableSpellings() {
        List<String> out = new ArrayList<>(japaneseSpellings); // first: the index takes the first few
        if (hangul != null) {
            for (int i = 0; i < hangul.length(); i++) {
                out.addAll(KoreanNames.romanize(hangul.substring(i, i + 1)));
            }
        } else if (pinyin != null) {
            for (String syllable : pinyin) {
                out.addAll(ChineseNames.spellings(syllable));
            }
            if (cantonese != null) {
                for (String[] spellings : cantonese) {
                    out.addAll(List.of(spellings).subList(0, Math.min(2, spellings.length))); // 永 wing, weng
                }
            }
        }
        return out;
    }

    /** The syllables of a Han or Hangul word of two or more (김정은's 정은: 2); 0 for kana and Greek. */
    int syllables() {
        return syllables;
    }

    /**
     * Whether the lower-case ASCII Latin word spells this kana word as Japanese names are romanised, every mora said
     * (Hepburn or Kunrei, a long vowel as ō, ou, oo, oh or o: サトウ Sato, Satou, Satoh); false for other scripts.
     */
    boolean readAsJapaneseName(String latin) {
        if (japanese == null && japaneseKeys.isEmpty()) {
            return false;
        }
        String key = JapaneseSpelling.key(latin);
        return japanese != null && japanese.length() >= 2 && japanese.equals(key) || key.length() >= 2 && japaneseKeys.contains(key);
    }

    /** The Hepburn spelling of a kana word that writes a Japanese name (オオノ oono); null for other words. */
    @Nullable String hepburn() {
        return hepburn;
    }

    /** The Hepburn spellings of this kanji word's readings as a Japanese name (高山 takayama, kouyama); empty for other words. */
    List<String> japaneseSpellings() {
        return japaneseSpellings;
    }

    /**
     * Whether the Latin word spells another Japanese name than this kana word: its {@link JapaneseSpelling#key} has
     * the same consonants in the same places but another vowel (ヨウイチ Yoichi is not Yuichi; kana write every vowel).
     */
    boolean anotherJapaneseVowel(String latin) {
        if (japanese == null) {
            return false;
        }
        String key = JapaneseSpelling.key(latin);
        if (key.length() != japanese.length() || key.equals(japanese)) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char a = key.charAt(i);
            char b = japanese.charAt(i);
            if (a != b && (VOWELS.indexOf(a) < 0 || VOWELS.indexOf(b) < 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the lower-case ASCII Latin word spells this word as a Korean name (Young-chul for 영철) or a Chinese
     * one (Tsetung, Hsueh-liang; in Cantonese Wing-chun, Weng Chon) is spelled syllable by syllable; false for kana and Greek.
     */
    boolean readAsNativeName(String latin) {
        if (nativeLetters) {
            return strong >= 3 && readAs(latin); // Chan-o-cha, Chan O Cha: จันทร์โอชา
        }
        if (hangul != null) {
            return KoreanNames.readAs(hangul, latin);
        }
        return pinyin != null && ChineseNames.readAs(pinyin, latin) || cantonese != null && CantoneseReadings.readAs(cantonese, latin);
    }

    /**
     * Whether the lower-case ASCII Latin word is read by this Han word's characters with only the sounds the
     * transcription tables give them ({@link HanTranscription}): every character is one the tables use for foreign
     * names, each said as the tables say it (伊万 Ivan, 米莱 Milei). Surer than {@link #readAs}, which also allows
     * each character's Pinyin and looser consonants and vowels. False for other scripts and for a word with a
     * character the tables do not list.
     */
    boolean readAsTranscription(String latin) {
        return transcription != null && transcription.readAs(latin);
    }

    /**
     * Whether this is a Han word that is not a transcription of a foreign name (a character the tables do not use for
     * foreign sounds: 建平) and the Latin word a romanised Chinese name (Genping): then only {@link #readAsNativeName}
     * may pair them, syllable by syllable; the looser reading would make 建 "gen".
     */
    boolean chineseNameAgainstChineseSpelling(String latin) {
        return pinyin != null && transcription == null && ChineseNames.romanisedSyllables(latin);
    }

    /** Whether the lower-case ASCII Latin word is a spelling of these syllables. */
    boolean readAs(String latin) {
        if (latin.isEmpty() || latin.length() > 6 * units.length + 6) {
            return false;
        }
        if (reads(0, 0, latin, new byte[units.length + 1][latin.length() + 1])) {
            return true;
        }
        if (latin.startsWith("wr") && latin.length() > 3 && reads(0, 0, latin.substring(1), new byte[units.length + 1][latin.length()])) {
            return true; // English's w before r at a word's start is not said (Wright ライト, 라이트; Wren)
        }
        // x is two sounds, which syllables write apart (アレクセイ Alexei)
        String ks = latin.indexOf('x') > 0 ? latin.replace("x", "ks") : null;
        return ks != null && reads(0, 0, ks, new byte[units.length + 1][ks.length() + 1]);
    }

    /** Consonant classes a near reading needs on each side: one class in five heard otherwise still leaves four that agree. */
    static final int NEAR_KEY_CLASSES = 5;

    /** {@link #key()}, kept for {@link #readNearly}; "" until asked, null for a word that is not read by ear. */
    private @Nullable String nearKey = "";

    /**
     * Whether the Latin word's consonant classes ({@link #key(String)}) are this word's but for one class heard
     * otherwise, added or dropped: a long foreign name written by ear, where the transcriber heard one sound of five
     * or more otherwise than its letters say (Okhlobystin: 阿赫洛贝斯金 drops the t of -stin, オクロロビンスティン adds
     * an n). Only for words that transcribe a foreign name (kana with the marks of one, Han characters the
     * transcription tables all list, Hangul) and whose first consonant agrees; a Latin kh is tried also as the k
     * that kana and Hangul write for it (ク, 크).
     */
    boolean readNearly(String latin) {
        String own = nearKey;
        if (own != null && own.isEmpty()) {
            boolean byEar = hangul != null || pinyin != null && transcription != null || foreignMarks;
            own = byEar ? key() : null;
            nearKey = own;
        }
        if (own == null || own.length() < NEAR_KEY_CLASSES || SoundReading.consonants(latin) < NEAR_KEY_CLASSES - 1) {
            return false;
        }
        String other = key(latin);
        if (near(own, other)) {
            return true;
        }
        return latin.contains("kh") && near(own, key(latin.replace("kh", "k")));
    }

    private static boolean near(String a, String b) {
        return b.length() >= NEAR_KEY_CLASSES && a.charAt(0) == b.charAt(0) && Levenshtein.distance(a, b, 1) <= 1;
    }

    /**
     * A coarse key of the consonants, for finding candidates in the index: the first spelling of each syllable
     * reduced like a Latin spelling by {@link #key(String)}, so 빅토르, ヴィクトル and Viktor share "PKTR".
     */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (String[] options : units) {
            sb.append(options.length == 0 ? "" : options[0]);
        }
        return key(sb.toString());
    }

    /**
     * The consonant classes of a lower-case Latin spelling (b p v f w as P, k g c q x as K, t d T, s z and the
     * affricates S, l r R, m M, n and ng N; vowels, h, kh and y left out, repeats merged): what survives a
     * transcription into syllables and back.
     */
    static String key(String latin) {
        return key(latin, Integer.MAX_VALUE);
    }

    /** The first consonant class of {@link #key}, 0 for a word without one: asked of most pairs of words, so not the whole key. */
    static char firstKey(String latin) {
        String key = key(latin, 1);
        return key.isEmpty() ? 0 : key.charAt(0);
    }

    private static String key(String latin, int letters) {
        StringBuilder sb = new StringBuilder(Math.min(latin.length(), letters));
        char last = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            char k;
            if ((c == 't' || c == 'd') && (next == 's' || next == 'z')) {
                k = 'S';
                i++;
            } else if (c == 'k' && next == 'h' || c == 'g' && last == 'N') {
                k = 0; // kh is said as the h that Hangul, kana and Chinese write (흐, フ, 赫); ng as n
            } else {
                k = switch (c) {
                    case 'b', 'p', 'v', 'f', 'w' -> 'P';
                    case 'k', 'g', 'c', 'q', 'x' -> c == 'c' && next == 'h' ? 'S' : 'K';
                    case 't', 'd' -> 'T';
                    case 's', 'z', 'j' -> 'S';
                    case 'l', 'r' -> 'R';
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    default -> 0;
                };
            }
            if (k != 0 && k != last) {
                sb.append(k);
                if (sb.length() == letters) {
                    break;
                }
            }
            if (k != 0) {
                last = k;
            }
        }
        return sb.toString();
    }

    /**
     * Consonant letters of a Latin spelling: how much a reading of it says. An h is left out where it is often
     * unwritten (kh, sh, a final h: Sarah), and counted before a vowel at the start or after a vowel (Rahim ラヒーム,
     * Yahya ヤフヤ, Havier ハビエル), where syllables write it as a consonant of their own.
     */
    static int consonants(String latin) {
        int count = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == 'h') {
                boolean voiced = i + 1 < latin.length() && VOWELS.indexOf(latin.charAt(i + 1)) >= 0 && (i == 0 || VOWELS.indexOf(latin.charAt(i - 1)) >= 0);
                count += voiced ? 1 : 0;
            } else {
                count += VOWELS.indexOf(c) < 0 ? 1 : 0;
            }
        }
        return count;
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
        if (i == units.length && (j == n || j == n - 1 && j > 1 && (latin.charAt(j) == 'y' || latin.charAt(j) == 'i')
                && VOWELS.indexOf(latin.charAt(j - 1)) >= 0)) {
            return true; // a final glide after a vowel: Nikolay 尼克拉, Andrey 安德烈
        }
        if ((looseConsonants || hangul != null) && i == units.length && j == n - 1 && j > 2 && latin.charAt(j) == 'e' && VOWELS.indexOf(latin.charAt(j - 1)) < 0) {
            return true; // a final e of French and English spelling, not said: Philippe 菲利普, Bruce 布鲁斯, Pierre ピエール
        }
        if (j + 1 < n && latin.charAt(j) == latin.charAt(j + 1) && VOWELS.indexOf(latin.charAt(j)) < 0 && reads(i, j + 1, latin, memo)) {
            return true; // a doubled consonant across two syllables (Muttaqi 穆塔基, Annisette 애니셋): said once
        }
        if (j > 0 && j < n) {
            char c = latin.charAt(j);
            char before = latin.charAt(j - 1);
            // a doubled Latin letter (Annisette, Hassan) is one sound
            if (c == before && reads(i, j + 1, latin, memo)) {
                return true;
            }
            // two Latin vowels for one sound (Friedman, Beaurain); never three
            if (VOWELS.indexOf(c) >= 0 && "aeiou".indexOf(before) >= 0 && (j < 2 || VOWELS.indexOf(latin.charAt(j - 2)) < 0)
                    && reads(i, j + 1, latin, memo)) {
                return true;
            }
            // an h the spelling adds (kh, sh, th; John, Sarah)
            if (c == 'h' && (VOWELS.indexOf(before) < 0 || j + 1 == n || VOWELS.indexOf(latin.charAt(j + 1)) < 0)
                    && reads(i, j + 1, latin, memo)) {
                return true;
            }
            if (looseConsonants || hangul != null) {
                // kana and Chinese leave an r after a vowel unsaid (Peter ピーター, Viktor 维克托), and so does Hangul for
                // English, which the loanword orthography (외래어 표기법, 1986) writes as said without an r before a
                // consonant or at the end (Peter 피터, Robert 로버트, Turner 터너)
                boolean silentR = c == 'r' && VOWELS.indexOf(before) >= 0 && (j + 1 == n || VOWELS.indexOf(latin.charAt(j + 1)) < 0);
                if (silentR && reads(i, j + 1, latin, memo)) {
                    return true;
                }
            }
        }
        if (i == units.length) {
            return false;
        }
        for (String option : units[i]) {
            if (latin.startsWith(option, j) && reads(i + 1, j + option.length(), latin, memo)) {
                return true;
            }
            // a consonant both syllables write, said once (알렉 Alek, 凡尼 Veni)
            if (j > 0 && !option.isEmpty() && option.charAt(0) == latin.charAt(j - 1) && VOWELS.indexOf(option.charAt(0)) < 0
                    && latin.startsWith(option, j - 1) && reads(i + 1, j - 1 + option.length(), latin, memo)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- Hangul

    private static final String[][] INITIALS = {{"g", "k", "c"}, {"kk", "k", "g"}, {"n"}, {"d", "t"}, {"tt", "t", "d"}, {"r", "l"},
            {"m"}, {"b", "p", "v"}, {"pp", "p", "b"}, {"s", "sh", "z", "th", "c"}, {"ss", "s", "sh"}, {}, {"j", "ch", "z", "dz", "g", "zh", "dj"},
            {"jj", "tz", "ts", "z", "zz"}, {"ch", "ts", "c", "tch", "j", "tsh"}, {"k", "kh", "c", "ch", "q"}, {"t", "th"}, {"p", "f", "ph"},
            {"h", "kh", "ch", "x"}};
    private static final String[][] MEDIALS = {{"a"}, {"ae", "e", "a"}, {"ya", "ia", "ja"}, {"yae", "ye"}, {"eo", "o", "u", "e", "a"},
            {"e", "a", "ai"}, {"yeo", "yo", "yu", "ye", "e", "io"}, {"ye", "e"}, {"o"}, {"wa", "oa", "ua"}, {"wae", "we"}, {"oe", "we", "oi"},
            {"yo", "io", "jo"}, {"u", "oo", "ou", "w"}, {"wo", "uo"}, {"we", "ue"}, {"wi", "ui"}, {"yu", "iu", "ju", "you"},
            {"eu", "u", "e", "y", "i", ""}, {"ui", "i", "ei"}, {"i", "y", "ee", "e", "ey", "ie"}};
    private static final String[][] FINALS = {{}, {"k", "g", "c"}, {"kk", "k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d"}, {"l", "r", "ll"},
            {"k"}, {"m"}, {"l"}, {"l"}, {"l"}, {"p"}, {"l"}, {"m", "n"}, {"p", "b"}, {"p"}, {"t", "s"}, {"t", "s"}, {"ng", "n"}, {"t", "j"},
            {"t", "ch"}, {"k"}, {"t"}, {"p", "f"}, {"t", "h"}};

    private static SoundReading hangul(String word) {
        List<String[]> units = new ArrayList<>();
        for (int k = 0; k < word.length() && units.size() < 3 * MAX_UNITS; k++) {
            int s = word.charAt(k) - 0xAC00;
            int initial = s / (21 * 28);
            int medial = (s % (21 * 28)) / 28;
            int fin = s % 28;
            if (INITIALS[initial].length > 0) {
                units.add(INITIALS[initial]);
            }
            String[] vowel = MEDIALS[medial];
            boolean sibilant = initial == 9 || initial == 10 || initial == 12 || initial == 13 || initial == 14;
            if (medial == 18 && fin != 0) {
                vowel = fin == 8 && k + 1 < word.length() && initialOf(word.charAt(k + 1)) == 5
                        ? new String[] {"", "eu", "u", "e", "y", "i"} // 클라, 블라: the l of a cluster written twice (Clapot, Vladimir)
                        : new String[] {"eu", "u", "e", "y", "i"}; // 은, 승: a vowel said, not one added to a lone consonant
            }
            if (medial == 20 && sibilant && fin == 0 && k > 0) {
                vowel = new String[] {"i", "y", "ee", "e", ""}; // 시 and 치 write a lone sh and ch (오레시킨, Oreshkin)
            }
            if (sibilant && yVowel(medial) || initial == 11 && k > 0 && medialOf(word.charAt(k - 1)) == 'ㅣ' && finalOf(word.charAt(k - 1)) == 0
                    && yVowel(medial)) {
                vowel = withBareVowel(vowel); // 슈 shu, 쇼 sho (sh writes the glide); 리야 ria (the i before says it)
            }
            if (medial == 20 && initial == 5 && fin == 0 && k == word.length() - 1 && k > 0) {
                vowel = new String[] {"i", "y", ""}; // a final 리 writes the soft r of Russian -рь (이고리 Igor, 라자리 Lazar)
            }
            if (medial == 20 && initial == 11 && k > 0 && "ㅔㅐㅓ".indexOf(medialOf(word.charAt(k - 1))) >= 0) {
                vowel = new String[] {"i", "y", ""}; // 레이 and 베이 write one diphthong (Braley, Bailey)
            }
            if (medial == 0 && fin == 0 && k + 1 < word.length() && initialOf(word.charAt(k + 1)) == 11 && medialOf(word.charAt(k + 1)) == 'ㅣ') {
                // 아이 is also English's /aɪ/ (외래어 표기법, 1986: Michael 마이클, Kyle 카일, Brian 브라이언, Wright 라이트), which
                // English spells i, y or igh: one unit for both syllables, read as the two or as that one vowel; the final
                // of the 이 (카일's ㄹ) stays its own
                vowel = EnglishVowelSpellings.longI(new String[] {"a"});
                k++;
                fin = finalOf(word.charAt(k));
            }
            units.add(vowel);
            if (FINALS[fin].length > 0) {
                units.add(FINALS[fin]);
            }
        }
        return new SoundReading(units, false, word, word.length());
    }

    /** Whether the medial (by its index) is a vowel with a y-glide: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ. */
    private static boolean yVowel(int medial) {
        return medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17;
    }

    /** A y-vowel's spellings and the same without the y (ya → a, yu → u, yeo → eo, e, o). */
    private static String[] withBareVowel(String[] vowel) {
        Set<String> out = new LinkedHashSet<>(List.of(vowel));
        for (String v : vowel) {
            if (v.length() > 1 && (v.charAt(0) == 'y' || v.charAt(0) == 'i' || v.charAt(0) == 'j')) {
                out.add(v.substring(1));
            }
        }
        return out.toArray(String[]::new);
    }

    private static int finalOf(char syllable) {
        int s = syllable - 0xAC00;
        return s < 0 || s > 11171 ? -1 : s % 28;
    }

    private static int initialOf(char syllable) {
        int s = syllable - 0xAC00;
        return s < 0 || s > 11171 ? -1 : s / (21 * 28);
    }

    private static char medialOf(char syllable) {
        int s = syllable - 0xAC00;
        return s < 0 || s > 11171 ? 0 : "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".charAt((s % (21 * 28)) / 28);
    }

    /** A word of an alphabet whose letters the caller has turned into units (Thai, Khmer); null for none. */
    private static @Nullable SoundReading letters(@Nullable List<String[]> units) {
        if (units == null || units.size() > 3 * MAX_UNITS) {
            return null;
        }
        SoundReading reading = new SoundReading(units, false);
        reading.nativeLetters = true;
        return reading;
    }

    // ---------------------------------------------------------------- Greek

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("ντ", "d nt nd"), Map.entry("μπ", "b mp"), Map.entry("γκ", "g ng nk gk"), Map.entry("γγ", "ng g"),
            Map.entry("τσ", "ts ch tch c tz tsh"), Map.entry("γι", "y yi gi j gy"), Map.entry("τζ", "j dz dj g tz dzh zh"), Map.entry("ου", "u ou oo w"),
            Map.entry("αι", "e ai a"), Map.entry("ει", "i ei e y"), Map.entry("οι", "i oi"), Map.entry("αυ", "av af au"),
            Map.entry("ευ", "ev ef eu"), Map.entry("α", "a"), Map.entry("β", "v b w"), Map.entry("γ", "g gh y j"),
            Map.entry("δ", "d dh th"), Map.entry("ε", "e a"), Map.entry("ζ", "z s zh j"), Map.entry("η", "i e ee"),
            Map.entry("θ", "th t"), Map.entry("ι", "i y j"), Map.entry("κ", "k c ck q kh ch"), Map.entry("λ", "l"),
            Map.entry("μ", "m"), Map.entry("ν", "n"), Map.entry("ξ", "x ks"), Map.entry("ο", "o"), Map.entry("π", "p"),
            Map.entry("ρ", "r"), Map.entry("σ", "s sh z ss c"), Map.entry("ς", "s sh z ss"), Map.entry("τ", "t"),
            Map.entry("υ", "i y u"), Map.entry("φ", "f ph v"), Map.entry("χ", "ch kh h x j"), Map.entry("ψ", "ps"),
            Map.entry("ω", "o"));

    private static boolean isGreek(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.GREEK && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return word.length() >= 2;
    }

    /**
     * Greek letters as lists write the names they transcribe: ντ d, μπ b, γκ g, τσ ts or ch, τζ j, ου u, φ f or v
     * (Σουβάλοφ Shuvalov: Greek has no sh, so σ stands for it), χ kh, h or the j of Spanish (Χαβιέρ Javier).
     */
    private static SoundReading greek(String word) {
        String w = java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (Character.getType(w.charAt(i)) != Character.NON_SPACING_MARK) {
                letters.append(w.charAt(i));
            }
        }
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < letters.length() && units.size() < MAX_UNITS * 2; ) {
            String two = i + 1 < letters.length() ? letters.substring(i, i + 2) : null;
            String options = two == null ? null : GREEK.get(two);
            if (options != null) {
                if (i == 0 && (two.equals("μπ") || two.equals("ντ") || two.equals("γκ"))) {
                    options = options.substring(0, 1); // at a word's start ντ, μπ, γκ are only d, b, g
                }
                i += 2;
            } else {
                options = GREEK.get(letters.substring(i, i + 1));
                i++;
            }
            if (options != null) {
                units.add(options.split(" "));
            }
        }
        return new SoundReading(units, true);
    }

    // ---------------------------------------------------------------- kana

    static boolean isKana(String word) {
        boolean kana = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HIRAGANA) {
                kana = true;
            } else if (c != 'ー') {
                return false;
            }
        }
        return kana;
    }

    /**
     * Kana that transcribe a foreign name: the long-vowel mark, a small vowel (ティ, ファ) or ヴ, which Japanese names do
     * not use. Such a word is read only by its sounds: its vowels are the transcriber's (ピエール Pierre, ブーバ Bouba).
     */
    private static boolean foreignKana(String katakana) {
        for (int i = 0; i < katakana.length(); i++) {
            if ("ーァィゥェォヴ".indexOf(katakana.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static SoundReading kana(String word) {
        // hiragana as katakana: one table for both
        StringBuilder katakana = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            katakana.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        String w = katakana.toString();
        List<String[]> units = new ArrayList<>();
        StringBuilder hepburn = new StringBuilder();
        char lastVowel = 0;
        for (int i = 0; i < w.length() && units.size() < MAX_UNITS; ) {
            char c = w.charAt(i);
            int end = i + 1;
            while (end < w.length() && "ァィゥェォャュョヮ".indexOf(w.charAt(end)) >= 0) {
                end++; // a small kana belongs to the syllable before it (シャ sha, ヴィ vi)
            }
            String mora = w.substring(i, end);
            i = end;
            if (c == 'ー') {
                if (lastVowel == 'o' && !units.isEmpty()) {
                    // オー is also English's /ɔː/, which English spells au, aw or al (Paul ポール, Shaw ショー, Walker
                    // ウォーカー, Hall ホール): the syllable's o may be an a, the mark then its u, w or l
                    units.set(units.size() - 1, EnglishVowelSpellings.broadO(units.getLast()));
                    units.add(new String[] {"", "h", "r", "o", "u", "w", "l"});
                    continue;
                }
                units.add(lastVowel == 0 ? new String[] {"", "h"} : new String[] {"", "h", "r", String.valueOf(lastVowel)});
                continue;
            }
            if (c == 'ッ') {
                units.add(new String[] {"", "c", "k", "t", "p", "s", "d", "g", "b", "h", "z"});
                continue;
            }
            if (c == 'ン') {
                // ン is also the velar nasal ng of a Korean or Chinese syllable (キム・ジョンウン Kim Jong-un, ホンコン
                // Hong Kong), which katakana cannot write otherwise before a vowel or at a word's end
                units.add(new String[] {"n", "m", "ng"});
                hepburn.append('n');
                continue;
            }
            if (c == 'イ' && lastVowel == 'a' && !units.isEmpty() && i < w.length() && w.charAt(i) != 'ー') {
                // アイ is also English's /aɪ/, which English spells i, y or igh (Michael マイケル, Kyle カイル, Tyler
                // タイラー, Brian ブライアン, Wright ライト): one unit, read as the two kana or as that one vowel
                units.set(units.size() - 1, EnglishVowelSpellings.longI(units.getLast()));
                hepburn.append('i');
                lastVowel = 'i';
                continue;
            }
            if ((c == 'ウ' && (lastVowel == 'o' || lastVowel == 'u')) || (c == 'イ' && lastVowel == 'e')) {
                // a long vowel written with a second kana: Tōkyō as Tokyo, Toukyou, Tohkyoh; Seiji as Seji
                units.add(c == 'ウ' ? new String[] {"u", "", "h", "o"} : new String[] {"i", "", "e", "y"});
                hepburn.append(c == 'ウ' ? 'u' : 'i');
                continue;
            }
            String[] options = KANA_UNITS.get(mora);
            if (options == null) {
                options = kanaOptions(mora);
                if (KANA_UNITS.size() < MAX_CACHED && mora.length() <= 3) {
                    KANA_UNITS.put(mora, options);
                }
            }
            if (options.length == 0) {
                continue;
            }
            units.add(options);
            String romaji = options[0];
            hepburn.append(romaji);
            char last = romaji.isEmpty() ? 0 : romaji.charAt(romaji.length() - 1);
            lastVowel = VOWELS.indexOf(last) >= 0 ? last : 0;
        }
        SoundReading reading = new SoundReading(units, true);
        if (!foreignKana(w)) {
            reading.japanese = JapaneseSpelling.key(hepburn.toString());
            reading.hepburn = hepburn.toString();
        } else {
            reading.foreignMarks = true;
        }
        return reading;
    }

    /** The spellings of one mora, its Hepburn romaji first (ICU's Katakana-Latin), then Kunrei and the sounds it transcribes. */
    private static String[] kanaOptions(String mora) {
        String romaji = moraRomaji(mora);
        if (romaji.isEmpty()) {
            return new String[0];
        }
        int v = romaji.length();
        while (v > 0 && VOWELS.indexOf(romaji.charAt(v - 1)) >= 0) {
            v--;
        }
        String consonant = romaji.substring(0, v);
        String vowel = romaji.substring(v);
        Set<String> out = new LinkedHashSet<>();
        out.add(romaji);
        List<String> consonants = kanaConsonants(consonant, vowel);
        List<String> vowels = switch (vowel) {
            case "i" -> List.of("i", "y", "ee", "e");
            case "u" -> List.of("u", "oo", "ou", "w");
            case "e" -> List.of("e", "a");
            case "a" -> List.of("a", "u", "e", "o");
            case "ya" -> List.of("ya", "ia", "ja", "a");
            // and English's /juː/ and /uː/ after r, spelled ew (Andrew アンドリュー, Matthew マシュー, Stewart スチュワート)
            case "yu" -> List.of("yu", "iu", "ju", "u", "ew");
            case "yo" -> List.of("yo", "io", "jo", "o", "e");
            case "ye" -> List.of("ye", "e", "ie");
            case "ua", "wa" -> List.of(vowel, "a");
            default -> List.of(vowel);
        };
        if (mora.indexOf('ュ') > 0 && vowel.equals("u")) {
            vowels = List.of("u", "oo", "ou", "w", "ew"); // シュ, チュ, ジュ: English ew as well (Matthew マシュー, Stewart スチュワート)
        }
        for (String c : consonants) {
            for (String x : vowels) {
                out.add(c + x);
            }
            // a vowel the script adds to a lone consonant (ク k, ル r, シ sh, ト t, ド d)
            if (!c.isEmpty() && ("u".equals(vowel) || "o".equals(vowel) || "i".equals(vowel))) {
                out.add(c);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Hepburn for one mora; a small kana after the first replaces its vowel (デュ dyu, ツォ tso, フィ fi, ウィ wi). */
    private static String moraRomaji(String mora) {
        Transliterator t = KANA.get();
        String base = ChineseNames.ascii(t.transliterate(mora.substring(0, 1)));
        if (mora.length() == 1) {
            return base;
        }
        int v = base.length();
        while (v > 0 && VOWELS.indexOf(base.charAt(v - 1)) >= 0) {
            v--;
        }
        String consonant = base.substring(0, v);
        StringBuilder out = new StringBuilder(consonant);
        for (int k = 1; k < mora.length(); k++) {
            char small = mora.charAt(k);
            String full = ChineseNames.ascii(t.transliterate(String.valueOf((char) (small + 1)))); // ァ → ア, ャ → ヤ
            boolean glide = full.startsWith("y") || full.startsWith("w");
            if (consonant.isEmpty() && !glide && out.isEmpty()) {
                out.append(mora.charAt(0) == 'ウ' ? "w" : "y");
            }
            if (glide && (consonant.equals("sh") || consonant.equals("ch") || consonant.equals("j"))) {
                full = full.substring(1);
            } else if (glide && !consonant.isEmpty() && base.endsWith("u") && !full.startsWith("y")) {
                full = full.substring(1);
            }
            out.append(full);
        }
        return out.toString();
    }

    private static List<String> kanaConsonants(String consonant, String vowel) {
        return switch (consonant) {
            case "" -> "u".equals(vowel) ? List.of("", "y", "w", "v") : List.of("", "y", "w");
            case "k" -> List.of("k", "c", "kh", "q", "ck", "ch", "g");
            case "g" -> List.of("g", "gh", "k");
            case "s" -> List.of("s", "c", "z", "th", "ss");
            // シ is also English's th before i (Timothy ティモシー, Dorothy ドロシー, Matthew マシュー): katakana has no θ
            case "sh" -> List.of("sh", "s", "sch", "ch", "tsh", "sj", "th");
            // ズ is also English's ds, said dz (Edwards エドワーズ, Richards リチャーズ, Reynolds レイノルズ)
            case "z" -> List.of("z", "s", "dz", "ds");
            case "j" -> List.of("j", "z", "g", "zh", "dj", "dzh", "y", "gi", "d");
            case "t" -> List.of("t", "th", "d");
            case "ch" -> List.of("ch", "t", "tch", "tsh", "c", "cz", "tj");
            case "ts" -> List.of("ts", "t", "tz", "z", "c", "tc");
            case "d" -> List.of("d", "t", "dh");
            case "n" -> List.of("n", "ny");
            case "h" -> List.of("h", "kh", "ch", "x", "g");
            case "f" -> List.of("f", "h", "v", "ph", "kh");
            case "b" -> List.of("b", "v", "w", "p");
            case "p" -> List.of("p", "b");
            case "m" -> List.of("m");
            case "r" -> List.of("r", "l", "rr", "ll");
            case "w" -> "o".equals(vowel) ? List.of("w", "") : List.of("w", "v", "u");
            case "v" -> List.of("v", "b", "w");
            default -> List.of(consonant);
        };
    }

    // ---------------------------------------------------------------- Chinese characters

    private static SoundReading han(String word) {
        List<String[]> units = new ArrayList<>();
        HanTranscription table = HanTranscription.table();
        for (int i = 0; i < word.length() && units.size() < MAX_UNITS; ) {
            var conventional = table.formAt(word, i);
            if (conventional != null) {
                units.add(conventional.getValue()); // 亚历山大 Aleksandr: a traditional form, read as one unit
                i += conventional.getKey().length();
                continue;
            }
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String[] options = HAN_UNITS.get(cp);
            if (options == null) {
                options = hanOptions(cp);
                if (HAN_UNITS.size() < MAX_CACHED) {
                    HAN_UNITS.put(cp, options);
                }
            }
            units.add(options);
        }
        SoundReading reading = new SoundReading(units, true, null, word.codePointCount(0, word.length()));
        reading.pinyin = ChineseNames.pinyinSyllables(word);
        reading.cantonese = CantoneseReadings.syllables(word);
        reading.han = word;
        reading.transcription = transcription(word, table);
        return reading;
    }

    /** The reading of a Han word by the transcription tables' sounds alone; null if a character is not in the tables. */
    private static @Nullable SoundReading transcription(String word, HanTranscription table) {
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < word.length() && units.size() < MAX_UNITS; ) {
            var conventional = table.formAt(word, i);
            if (conventional != null) {
                units.add(conventional.getValue());
                i += conventional.getKey().length();
                continue;
            }
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String[] sounds = table.sounds(cp);
            if (sounds.length == 0) {
                return null;
            }
            units.add(sounds);
        }
        return new SoundReading(units, true);
    }

    /**
     * The spellings of one character used for a foreign sound: its Pinyin (Han-Latin names readings), the consonants
     * the initial stands for (Chinese has no v or r: 维 vi, 列 re), looser vowels, and the initial alone (克 k, 斯 s).
     */
    private static String[] hanOptions(int cp) {
        List<String> pinyin = ChineseNames.romanize(new String(Character.toChars(cp)));
        String syllable = pinyin.isEmpty() ? "" : pinyin.getFirst();
        if (syllable.isEmpty()) {
            return new String[] {""};
        }
        String initial;
        if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) {
            initial = syllable.substring(0, 2);
        } else if ("bpmfdtnlgkhjqxrzcsyw".indexOf(syllable.charAt(0)) >= 0) {
            initial = syllable.substring(0, 1);
        } else {
            initial = "";
        }
        String fin = syllable.substring(initial.length());
        // English says tr and dr as the affricates [tʃɹ] [dʒɹ], which Chinese hears as its own (Taiwan's 派翠克 Patrick,
        // 川普 Trump): the initials c, q, ch also write tr, and zh, j dr. Chinese writes the English schwa, which Latin
        // spells a (Barack [bəˈrɑːk]), with an e-vowel (贝拉克); ui is said [uei] (翠 tri).
        // the sounds the transcription tables give the character first (季 ti di, 什 sh): the key is made of them
        Set<String> out = new LinkedHashSet<>(List.of(HanTranscription.table().sounds(cp)));
        out.addAll(pinyin);
        List<String> initials = switch (initial) {
            case "b" -> List.of("b", "p", "v");
            case "p" -> List.of("p", "b", "ph");
            case "d" -> List.of("d", "t");
            case "t" -> List.of("t", "d", "th");
            case "g" -> List.of("g", "k", "gh");
            case "k" -> List.of("k", "c", "kh", "ch", "q", "g");
            case "h" -> List.of("h", "kh", "ch", "x", "g");
            case "j" -> List.of("j", "g", "zh", "dzh", "dj", "ch", "k", "dr");
            case "q" -> List.of("ch", "k", "c", "ts", "q", "tch", "tr");
            case "x" -> List.of("s", "sh", "x", "h", "hs");
            case "zh" -> List.of("zh", "j", "g", "ch", "dzh", "dj", "dr");
            case "ch" -> List.of("ch", "tch", "tsh", "c", "tr");
            case "sh" -> List.of("sh", "s", "sch");
            case "r" -> List.of("r", "zh", "j", "l");
            case "z" -> List.of("z", "ts", "dz", "s", "c", "tz");
            case "c" -> List.of("ts", "c", "z", "tz", "ch", "tr");
            case "s" -> List.of("s", "z", "ss", "c", "th");
            case "l" -> List.of("l", "r");
            case "f" -> List.of("f", "v", "ph", "h");
            case "w" -> List.of("w", "v", "u", "");
            case "y" -> List.of("y", "i", "j", "");
            default -> List.of(initial);
        };
        List<String> finals = switch (fin) {
            case "ei" -> List.of("ei", "e", "i", "ay", "ey", "a");
            case "ui" -> List.of("ui", "wei", "ei", "i");
            case "uo" -> List.of("uo", "o", "wo");
            case "ie" -> List.of("ie", "e", "ye", "ye", "ji");
            case "iu" -> List.of("iu", "yu", "u");
            case "ou" -> List.of("ou", "o", "u");
            case "ao" -> List.of("ao", "au", "o");
            case "iao" -> List.of("iao", "yao", "io", "yo", "eo", "e");
            case "ai" -> List.of("ai", "a", "e", "ay", "ei");
            case "ang" -> List.of("ang", "an");
            case "eng" -> List.of("eng", "en", "an");
            case "ing" -> List.of("ing", "in");
            case "ong" -> List.of("ong", "on", "un");
            case "an" -> List.of("an", "en", "on");
            case "en" -> List.of("en", "in", "an", "un");
            case "in" -> List.of("in", "en");
            case "e" -> List.of("e", "a", "o", "u");
            case "i" -> List.of("i", "y", "e", "ee", "ey", "ie");
            case "u" -> List.of("u", "o", "ou", "oo", "v");
            case "o" -> List.of("o", "u");
            case "ia" -> List.of("ia", "ya", "a");
            case "ian" -> List.of("ian", "ien", "yan", "en", "an");
            case "uan" -> List.of("uan", "wan", "an", "van");
            case "er" -> List.of("er", "r", "l", "ar", "ur", "");
            case "yi" -> List.of("i");
            default -> List.of(fin);
        };
        // Chinese writes a lone consonant with a syllable of a neutral vowel (克 ke k, 斯 si s, 夫 fu f, 尔 er r)
        boolean lone = fin.equals("e") || fin.equals("u") || fin.equals("er") || fin.equals("i") && "zcs".contains(initial);
        for (String i : initials) {
            for (String f : finals) {
                out.add(i + f);
            }
            if (!i.isEmpty() && lone) {
                out.add(i);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * Kanji in a name that also has kana: the characters have Japanese readings (高山 is Takayama), not their Chinese
     * ones. Such a name is read by {@link JapaneseReading} where its dictionary knows it, and reported as not checked
     * rather than as no match where it does not ({@link ScreeningEngine#unreadable}).
     */
    static boolean unreadable(String text) {
        boolean kana = false;
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
            han |= s == Character.UnicodeScript.HAN;
        }
        return kana && han;
    }

    @Override
    public String toString() {
        return "SoundReading[" + units.length + " units]";
    }
}
