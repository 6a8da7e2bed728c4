package org.passage.screening.internal;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one word in lower-case ASCII Latin, in every romanisation system a name may have been written in.
 * Cyrillic goes through ICU4J's BGN/PCGN tables for Russian, Ukrainian and Belarusian (chosen by the letters
 * the word uses) and the iuliia tables (ICAO 9303, MVD 310 English and French, MVD 782, GOST 7.79, GOST R
 * 52535, ALA-LC, UNGEGN, scholarly, Wikipedia, Telegram, and a German Duden table) shipped as resources; Latin
 * loses its diacritics (with the Slavic ones spelled out: š → sh, č → tsh); other scripts use ICU's Any-Latin.
 * Costs about 0.1 ms for a Cyrillic word; the parser caches tokens, so that is paid once per distinct word.
 */
final class Romanizer {

    private static final String[] TABLES = {"icao_doc_9303", "mvd_310", "mvd_310_fr", "mvd_782", "gost_779", "gost_779_alt",
            "gost_52535", "scientific", "wikipedia", "ala_lc", "ungegn_1987", "bgn_pcgn", "telegram", "duden_de"};

    private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
    private static final List<IuliiaTable> IULIIA = loadTables();
    private static final ThreadLocal<Icu> ICU = ThreadLocal.withInitial(Icu::new);

    private Romanizer() {
    }

    /** Case-folds and compatibility-normalizes raw text (full-width letters, ligatures). */
    static String fold(String raw) {
        return NFKC.normalize(raw);
    }

    /**
     * The romanisations of one case-folded word of a name, as {@link #romanize} gives them, and besides for a Russian
     * word the spellings of the other languages' names Russian writes: г and дж for their h and j (Гасанов Hasanov,
     * Гаджиев Hajiyev, Джафар Jafar) and the Chinese, Japanese and Korean syllables of {@link AsianCyrillic}. Only for
     * the words of the names compared: the tables built from Russian words (given names, organisation words, numbers)
     * keep the Russian readings alone, or Егор would gain foreign spellings as a given name.
     */
    static List<String> romanizeName(String word) {
        List<String> plain = romanize(word);
        if (Scripts.of(word) != Scripts.CYRILLIC || hasAny(word, "іїєґў")) {
            return plain;
        }
        String russian = plain.getFirst();
        Set<String> out = new LinkedHashSet<>(plain);
        if (word.indexOf('г') >= 0) {
            out.add(russian.replace('g', 'h'));
            out.add(russian.replace('g', 'h').replace("dzh", "j"));
        }
        if (word.contains("дж")) {
            out.add(russian.replace("dzh", "j"));
        }
        out.addAll(AsianCyrillic.readings(word.toLowerCase(Locale.ROOT)));
        return out.size() == plain.size() ? plain : List.copyOf(out);
    }

    /** The romanisations of one case-folded word, primary (BGN/PCGN or plain ASCII folding) first; never empty for a word with letters. */
    static List<String> romanize(String word) {
        Set<String> out = new LinkedHashSet<>();
        Icu icu = ICU.get();
        Scripts script = Scripts.of(word);
        word = homoglyphs(word, script);
        switch (script) {
            case LATIN -> {
                word = latinLettersWithoutAccents(word);
                out.add(asciiLetters(stripAccents(spellSlavicDiacritics(leet(word)))));
                // diacritics fold both ways: Vučić is Vucic as often as Vuchich
                out.add(asciiLetters(stripAccents(leet(word).replace('ł', 'l').replace("ß", "ss"))));
                String first = out.iterator().next();
                int n = first.length();
                if (n >= 6 && first.charAt(n - 1) == 'u' && "aoe".indexOf(first.charAt(n - 2)) >= 0) {
                    // Belarusian -аў/-оў/-еў in Latin (Navumau, Sivakou, Vasilieu) is Russian -ов/-ев (Наумов, Васильев)
                    out.addAll(BelarusianForms.russian(first));
                }
            }
            case CYRILLIC -> {
                boolean ukrainianOrBelarusian = hasAny(word, "іїєґў");
                boolean russianOnly = hasAny(word, "ыэёъ");
                if (!ukrainianOrBelarusian) {
                    out.add(ascii(icu.russian.transliterate(word)));
                }
                if (!russianOnly) {
                    out.add(ascii(icu.ukrainian.transliterate(word)));
                    out.add(ukrainianNational(word));
                }
                if (hasAny(word, "ўі") && !hasAny(word, "ищъ")) {
                    out.add(ascii(icu.belarusian.transliterate(word)));
                    if (word.indexOf('ў') >= 0 || word.contains("дз")) {
                        out.add(ascii(icu.russian.transliterate(BelarusianForms.russianSpelling(word)))); // Дзямідаў, Демидов
                    }
                }
                otherCyrillic(word, icu, out);
                String russianLetters = word.replace('і', 'и').replace('ї', 'и').replace('є', 'е').replace('ґ', 'г').replace('ў', 'у')
                        .replace('ј', 'й');
                for (IuliiaTable table : IULIIA) {
                    out.add(ascii(table.translate(russianLetters)));
                }
            }
            default -> {
                if (ChineseNames.isHan(word)) {
                    out.addAll(ChineseNames.nameSpellings(word));
                } else if (KoreanNames.isHangul(word)) {
                    out.addAll(KoreanNames.romanize(word));
                    out.addAll(ChineseNamesInHangul.pinyin(word)); // 시진핑: a Chinese name by its Mandarin sounds, Xi Jinping
                } else if (MyanmarSpelling.isMyanmar(word) && !MyanmarSpelling.wordSpellings(word).isEmpty()) {
                    out.addAll(MyanmarSpelling.wordSpellings(word)); // Htun, Aung: as Burmese names are spelled, not ICU's htwann
                    out.add(ascii(icu.any.transliterate(word)));
                } else if (KhmerSpelling.isKhmer(word)) {
                    out.add(KhmerSpelling.spelling(word)); // ICU has no Khmer-Latin
                } else {
                    if (ThaiSpelling.isThai(word)) {
                        out.add(ThaiSpelling.spoken(ascii(icu.any.transliterate(ThaiSpelling.withoutSilentLetters(word)))));
                    }
                    String latin = ascii(icu.any.transliterate(word));
                    if (isBrahmic(word) && latin.length() > 3 && latin.endsWith("a") && "aeiou".indexOf(latin.charAt(latin.length() - 2)) < 0) {
                        out.add(latin.substring(0, latin.length() - 1)); // the inherent vowel is not said at the end: इब्राहिम is Ibrahim
                    }
                    out.add(latin);
                    if (isBrahmic(word)) {
                        indic(word, latin, icu, out);
                    } else if (isGreek(word)) {
                        out.add(ascii(icu.greekModern.transliterate(word)));
                        out.add(ascii(icu.greekBgn.transliterate(word)));
                    }
                }
            }
        }
        out.remove("");
        List<String> result = new ArrayList<>(out.size());
        for (String s : out) {
            if (!s.isEmpty()) {
                result.add(s);
            }
        }
        return result;
    }

    /** Ukrainian letters as the national system writes them anywhere but at a word's start (є ie, ї i, й i, ю iu, я ia). */
    private static final String UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    private static final String[] UKRAINIAN_LATIN = {"a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"};

    /**
     * Ukraine's national romanisation (Cabinet of Ministers resolution 55 of 2010), the spelling of Ukrainian passports
     * and of most lists since: Олексій Oleksii, Сергій Serhii, Юрій Yurii, Згурський Zghurskyi; at a word's start є, ї,
     * й, ю, я are ye, yi, y, yu, ya; зг is zgh so as not to read as ж. None of the ICU or iuliia tables writes it. A
     * letter outside the Ukrainian alphabet is kept for {@link #ascii} to deal with.
     */
    static String ukrainianNational(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = UKRAINIAN.indexOf(c);
            if (k < 0) {
                if (c != '\'' && c != '’' && c != 'ʼ') {
                    sb.append(c);
                }
                continue;
            }
            if (i == 0 && "єїйюя".indexOf(c) >= 0) {
                sb.append(c == 'є' ? "ye" : c == 'ї' ? "yi" : c == 'й' ? "y" : c == 'ю' ? "yu" : "ya");
            } else if (c == 'г' && i > 0 && word.charAt(i - 1) == 'з') {
                sb.append("gh");
            } else {
                sb.append(UKRAINIAN_LATIN[k]);
            }
        }
        return ascii(sb.toString());
    }

    /** Digits written for letters inside a word (Put1n, Vl4dimir, I9or); a digit at either end is a number, not a letter. */
    static String leet(String word) {
        char[] c = word.toCharArray();
        boolean changed = false;
        for (int i = 1; i + 1 < c.length; i++) {
            int k = "01345789@".indexOf(c[i]);
            if (k >= 0 && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1])) {
                c[i] = "oieastbga".charAt(k);
                changed = true;
            }
        }
        return changed ? new String(c) : word;
    }

    /**
     * The Cyrillic alphabets beside Russian, Ukrainian and Belarusian, by the letters only they use: Serbian and
     * Macedonian (ђ ћ љ њ џ ј ѓ ќ ѕ: Ђорђевић Djordjevic), Kazakh and Kyrgyz (ә ғ қ ң ө ұ ү һ: Тоқаев Tokayev) and
     * Bulgarian (ъ before a consonant is a vowel, ъ Parvanov; щ sht), each through ICU's BGN/PCGN table, and х as
     * h, as Serbian, Czech, Polish, Spanish and French-style spellings of foreign names write it (Ндухунгирехе).
     */
    private static void otherCyrillic(String word, Icu icu, Set<String> out) {
        if (hasAny(word, "ђћљњџјѓќѕ")) {
            out.add(ascii(icu.serbian.transliterate(word)));
            out.add(ascii(icu.macedonian.transliterate(word)));
        }
        if (hasAny(word, "әғқңөұүһ")) {
            out.add(ascii(icu.kazakh.transliterate(word)));
            out.add(ascii(icu.kyrgyz.transliterate(word)));
        }
        if (hasAny(word, "ҳҷӣӯ") || hasAny(word, "ғқ") && word.indexOf('ў') >= 0) {
            // Uzbek (ў ғ қ ҳ: Раҳимов Rahimov, Ўткир O'tkir) and Tajik (ӣ ӯ ҳ ҷ: Эмомалӣ Emomali, Ҷумъа Jum'a); ICU has no Tajik table
            out.add(ascii(icu.uzbek.transliterate(word)));
            out.add(ascii(icu.russian.transliterate(word.replace('ҳ', 'х').replace('ӣ', 'и').replace('ӯ', 'у')
                    .replace('ғ', 'г').replace('қ', 'к').replace('ў', 'у').replace("ҷ", "дж")).replace("kh", "h").replace("dzh", "j")));
        }
        int hard = word.indexOf('ъ');
        if (hard >= 0 && hard + 1 < word.length() && "аеёиоуыэюяі".indexOf(word.charAt(hard + 1)) < 0) {
            out.add(ascii(icu.bulgarian.transliterate(word)));
            // the Streamlined System of Bulgarian passports since 2009 writes ъ as a (Първанов Parvanov)
            out.add(ascii(icu.bulgarian.transliterate(word.replace('ъ', 'а'))));
        }
        if (word.indexOf('х') >= 0) {
            String first = out.iterator().next();
            if (first.contains("kh")) {
                out.add(first.replace("kh", "h"));
            }
        }
    }

    private static boolean isGreek(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.GREEK;
    }

    /**
     * Hindi, Bengali, Punjabi and Gujarati leave the inherent vowel of a consonant unsaid at a word's end and inside a
     * word between a syllable with a vowel and a consonant with one (रहमान rahman, not rahamana; मनमोहन Manmohan,
     * not Manamohana): ICU writes every inherent vowel, so the word is spelled once more with those marked silent
     * (a virama added), scanning from the end as the rule goes. Bengali জ and য also write the z of Arabic and
     * Persian names (জিয়া Zia, জামান Zaman).
     */
    /** A word of one syllable closed by one consonant after e (dev, ket): the shape of an English a_e word in Bengali. */
    private static final java.util.regex.Pattern ENGLISH_LONG_A = java.util.regex.Pattern.compile("[bcdfghjklmnprstvwz]{1,2}e[bdfgklmnpstvz]");

    private static void indic(String word, String latin, Icu icu, Set<String> out) {
        int block = word.charAt(0) & 0xFF80;
        if (block != 0x0900 && block != 0x0980 && block != 0x0A00 && block != 0x0A80) {
            return;
        }
        int n = word.length();
        boolean[] inherent = new boolean[n];
        boolean[] consonant = new boolean[n];
        for (int i = 0; i < n; i++) {
            int off = word.charAt(i) - block;
            consonant[i] = (off >= 0x15 && off <= 0x39) || (off >= 0x58 && off <= 0x5F) || (block == 0x0980 && (off == 0x70 || off == 0x71));
            if (consonant[i]) {
                int k = i + 1;
                if (k < n && word.charAt(k) - block == 0x3C) {
                    k++; // nukta
                }
                int next = k < n ? word.charAt(k) - block : -1;
                inherent[i] = !((next >= 0x3E && next <= 0x4D) || next == 0x62 || next == 0x63);
            }
        }
        boolean[] silent = new boolean[n];
        boolean nextHasVowel = false;
        boolean last = true;
        for (int i = n - 1; i > 0; i--) {
            if (!consonant[i]) {
                continue;
            }
            // a consonant after a virama ends a cluster, whose vowel is said (Narendra, Chandra, Mitra)
            boolean afterCluster = word.charAt(i - 1) - block == 0x4D;
            if (inherent[i] && !afterCluster && (last || nextHasVowel)) {
                silent[i] = true;
            }
            nextHasVowel = !inherent[i] || !silent[i];
            last = false;
        }
        StringBuilder sb = new StringBuilder(n + 4);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            sb.append(word.charAt(i));
            if (silent[i]) {
                if (i + 1 < n && word.charAt(i + 1) - block == 0x3C) {
                    sb.append(word.charAt(++i));
                }
                sb.append((char) (block + 0x4D));
                changed = true;
            }
        }
        String spoken = changed ? ascii(icu.any.transliterate(sb.toString())) : null;
        if (spoken != null) {
            out.add(spoken);
        }
        String plain = spoken != null ? spoken : latin;
        if (plain.contains("iya")) {
            out.add(plain.replace("iya", "ia")); // the glide written after i (জিয়া Zia, মারিয়া Maria)
        }
        if (block == 0x0980 && word.indexOf('ব') >= 0) {
            out.add(plain.replaceAll("b(?!h)", "v")); // ব is also the v of Sanskrit names (মাধব Madhav)
        }
        if (block == 0x0980 && word.indexOf('ভ') >= 0) {
            // Bengali has no v and writes the v of an English name with ভ (ডেভিড David, ভিক্টর Victor)
            plain = plain.replace("bh", "v");
            out.add(plain);
        }
        if (block == 0x0980 && word.indexOf('ফ') >= 0) {
            // ফ is also the f of Arabic, Persian and English names (রফিক Rafiq, ফাতেমা Fatema, ফোর্ড Ford)
            plain = plain.replace("ph", "f");
            out.add(plain);
        }
        if (block == 0x0980 && ENGLISH_LONG_A.matcher(plain).matches()) {
            // ে is also the long a of an English name, which English spells a and a silent final e (ডেভ Dave, কেট Kate)
            out.add(plain.substring(0, plain.length() - 2) + "a" + plain.charAt(plain.length() - 1) + "e");
        }
        if (block == 0x0980 && (word.indexOf('জ') >= 0 || word.indexOf('য') >= 0)) {
            out.add(plain.replace('j', 'z'));
            out.add(plain.replace('j', 'z').replace("iya", "ia"));
        }
    }

    private static boolean isBrahmic(String word) {
        for (int i = 0; i < word.length(); i++) {
            int cp = word.charAt(i);
            if (cp >= 0x0900 && cp <= 0x0DFF) {
                return true;
            }
        }
        return false;
    }

    private static final String LATIN_LOOKALIKES = "aeopcyxkmtij";
    private static final String CYRILLIC_LOOKALIKES = "аеорсухкмтіј";

    /** Lists and forms mix lookalike letters into words ("Аreshev" with a Cyrillic А): write them in the word's script. */
    private static String homoglyphs(String word, Scripts script) {
        String from = script == Scripts.LATIN ? CYRILLIC_LOOKALIKES : script == Scripts.CYRILLIC ? LATIN_LOOKALIKES : null;
        if (from == null) {
            return word;
        }
        String to = script == Scripts.LATIN ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int k = from.indexOf(chars[i]);
            if (k >= 0) {
                chars[i] = to.charAt(k);
            }
        }
        return new String(chars);
    }

    private static String ascii(String latin) {
        return asciiLetters(stripAccents(spellSlavicDiacritics(latin.toLowerCase(Locale.ROOT))));
    }

    /** Accents off (é → e, ë → e); ICU's Latin-ASCII does the same but is a hundred times slower. */
    private static String stripAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ø' -> sb.append('o');
                case 'đ', 'ð' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                case 'þ' -> sb.append("th");
                case 'ħ' -> sb.append('h');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Letters of Azerbaijani and of African alphabets written in Latin that have no accent to take off and would be
     * dropped: Əliyev is Aliyev (Алиев), Kɔfi Kofi, Ɓello Bello. Only for names written in Latin: ICU writes the
     * Armenian ը as ə, and Latin lists leave that vowel out (Ընդունել, Ndunel) as before.
     */
    private static String latinLettersWithoutAccents(String word) {
        boolean any = false;
        for (int i = 0; i < word.length() && !any; i++) {
            any = "əǝɛɔŋɓɗɖƙƴɣƒʋɲɨʉ".indexOf(word.charAt(i)) >= 0;
        }
        if (!any) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'ə', 'ǝ' -> sb.append('a');
                case 'ɛ' -> sb.append('e');
                case 'ɔ' -> sb.append('o');
                case 'ŋ' -> sb.append("ng");
                case 'ɓ' -> sb.append('b');
                case 'ɗ', 'ɖ' -> sb.append('d');
                case 'ƙ' -> sb.append('k');
                case 'ƴ' -> sb.append('y');
                case 'ɣ' -> sb.append('g');
                case 'ƒ' -> sb.append('f');
                case 'ʋ' -> sb.append('v');
                case 'ɲ' -> sb.append("ny");
                case 'ɨ' -> sb.append('i');
                case 'ʉ' -> sb.append('u');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Czech/Polish/ISO 9 letters whose ASCII folding would lose the sound (š is not s). */
    private static String spellSlavicDiacritics(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'š', 'ś' -> sb.append("sh");
                case 'ŝ' -> sb.append("shch");
                case 'č', 'ć', 'ĉ' -> sb.append("tsh");
                case 'ž', 'ż', 'ź' -> sb.append("zh");
                case 'ř' -> sb.append("rzh");
                case 'ł' -> sb.append('l');
                case 'ß' -> sb.append("ss");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String asciiLetters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<IuliiaTable> loadTables() {
        var mapper = JsonMapper.builder().build();
        List<IuliiaTable> tables = new ArrayList<>();
        for (String name : TABLES) {
            try (InputStream in = Romanizer.class.getResourceAsStream("/org/passage/screening/iuliia/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("missing transliteration table " + name);
                }
                tables.add(IuliiaTable.of(mapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(tables);
    }

    /** ICU transliterators are not safe to share between threads; each thread gets its own set. */
    private static final class Icu {
        final Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN");
        final Transliterator ukrainian = Transliterator.getInstance("Ukrainian-Latin/BGN");
        final Transliterator belarusian = Transliterator.getInstance("Belarusian-Latin/BGN");
        final Transliterator any = Transliterator.getInstance("Any-Latin");
        final Transliterator serbian = Transliterator.getInstance("Serbian-Latin/BGN");
        final Transliterator macedonian = Transliterator.getInstance("Macedonian-Latin/BGN");
        final Transliterator kazakh = Transliterator.getInstance("Kazakh-Latin/BGN");
        final Transliterator kyrgyz = Transliterator.getInstance("Kirghiz-Latin/BGN");
        final Transliterator uzbek = Transliterator.getInstance("Uzbek-Latin/BGN");
        final Transliterator bulgarian = Transliterator.getInstance("Bulgarian-Latin/BGN");
        /** ELOT 743 / UNGEGN, the spelling of Greek passports (η, ι, υ as i; β v). */
        final Transliterator greekModern = Transliterator.getInstance("Greek-Latin/UNGEGN");
        final Transliterator greekBgn = Transliterator.getInstance("Greek-Latin/BGN");
    }

    /** One iuliia schema: letter mapping with previous-letter, next-letter and word-ending rules. */
    private record IuliiaTable(Map<String, String> mapping, Map<String, String> prev, Map<String, String> next, Map<String, String> endings) {

        static IuliiaTable of(JsonNode json) {
            return new IuliiaTable(map(json.get("mapping")), map(json.get("prev_mapping")), map(json.get("next_mapping")),
                    map(json.get("ending_mapping")));
        }

        private static Map<String, String> map(JsonNode node) {
            var out = new java.util.HashMap<String, String>();
            if (node != null && node.isObject()) {
                for (var e : node.properties()) {
                    out.put(e.getKey(), e.getValue().asString());
                }
            }
            return Map.copyOf(out);
        }

        String translate(String word) {
            String stem = word;
            String ending = "";
            if (word.length() > 2) {
                String last = word.substring(word.length() - 2);
                String mapped = endings.get(last);
                if (mapped != null) {
                    stem = word.substring(0, word.length() - 2);
                    ending = mapped;
                }
            }
            StringBuilder sb = new StringBuilder(word.length() + 4);
            for (int i = 0; i < stem.length(); i++) {
                String cur = String.valueOf(stem.charAt(i));
                String value = null;
                if (i > 0) {
                    value = prev.get(stem.charAt(i - 1) + cur);
                }
                if (value == null && i + 1 < word.length()) {
                    value = next.get(cur + word.charAt(i + 1));
                }
                if (value == null) {
                    value = mapping.getOrDefault(cur, cur);
                }
                sb.append(value);
            }
            return sb.append(ending).toString();
        }
    }
}
