package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic and Persian names in Latin letters: two spellings are one name when the Arabic letters could write both
 * (Qubaysi, Kobeissi; Natheer, Nazir; Furayj, Frejj; Shukri, Shokry). Each spelling is read as the consonant letters
 * it may stand for ({@code arabic-latin-spellings.txt}: q and k both write ق, th and z both write ذ, kh, h and ch
 * write ح and خ), doubled consonants once, and the vowels between them as the script writes them: a short vowel
 * (a, e, i, o, u) is unwritten and may be any other short vowel or none; a long vowel or diphthong (ee, ei, ay, y;
 * oo, ou, w; aa) is a letter (ي, و, ا), which only the same letter or a short vowel of its sound answers. So
 * Mahmoud is not Muhammad, Salman not Suleiman and Hassan not Husayn, while Hossein is Hussayn.
 *
 * <p>Compounds are compared without their joints: the article after Abd (Abdul Malik, Abd al-Malik, Abdelmalek,
 * Abdurrahman) and the article before -din (Badr al-Din, Badreddine, Bashir-ud-Din, Safieddine) are left out, so a
 * name written joined, hyphenated or apart reads the same ({@link WordBreaks}).
 *
 * <p>Cheap checks first: the first and last consonants must agree before a spelling is read in full, and nothing is
 * allocated on that path; the reading itself writes into per-thread buffers.
 */
final class ArabicNames {

    /** Consonant slots read from one spelling at most; a longer word is not compared this way. */
    static final int MAX_SLOTS = 24;
    /** Consonants in the shorter name below which a reading says too little (Ali, Omar, Amir). */
    static final int MIN_SLOTS = 3;

    private static final String TABLE = "arabic-latin-spellings.txt";

    /** Latin spellings, longest first, and for each the Arabic letters it may write (one bit each) and its usual one. */
    private static final String[] UNITS;
    private static final int[] LETTERS;
    private static final int[] USUAL;
    /** For each ASCII letter, the index of the first unit that begins with it (units sorted by first letter, longest first). */
    private static final int[][] BY_FIRST = new int[26][];

    static {
        Map<String, String> table = load();
        List<String> letters = new ArrayList<>();
        for (String value : table.values()) {
            for (String letter : value.split(" ")) {
                if (!letters.contains(letter)) {
                    letters.add(letter);
                }
            }
        }
        if (letters.size() > 31) {
            throw new IllegalStateException(TABLE + ": more than 31 letters");
        }
        List<String> units = new ArrayList<>(table.keySet());
        units.sort((x, y) -> y.length() - x.length());
        UNITS = units.toArray(String[]::new);
        LETTERS = new int[UNITS.length];
        USUAL = new int[UNITS.length];
        for (int u = 0; u < UNITS.length; u++) {
            String[] values = table.get(UNITS[u]).split(" ");
            for (String v : values) {
                LETTERS[u] |= 1 << letters.indexOf(v);
            }
            USUAL[u] = 1 << letters.indexOf(values[0]);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            List<Integer> starting = new ArrayList<>();
            for (int u = 0; u < UNITS.length; u++) {
                if (UNITS[u].charAt(0) == c) {
                    starting.add(u);
                }
            }
            BY_FIRST[c - 'a'] = starting.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private ArabicNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DataFile.Line line : DataFile.lines(TABLE)) {
            String l = line.text();
            int colon = l.indexOf(':');
            String unit = colon > 0 ? l.substring(0, colon).strip() : "";
            if (unit.isEmpty() || !unit.chars().allMatch(c -> c >= 'a' && c <= 'z') || l.substring(colon + 1).isBlank()) {
                throw line.error("expected \"latin: letter letter …\"");
            }
            out.put(unit, l.substring(colon + 1).strip().replaceAll("\\s+", " "));
        }
        return out;
    }

    // vowels between consonants, as the script writes them
    static final byte NONE = 0;
    static final byte SHORT_A = 1;
    static final byte SHORT_E = 2;
    static final byte SHORT_I = 3;
    static final byte SHORT_U = 4;
    static final byte LONG_I = 5;
    static final byte LONG_U = 6;
    static final byte LONG_A = 7;
    static final byte MIXED = 8;

    /** A spelling read as consonant letters and the vowels before, between and after them. */
    static final class Reading {
        final int[] letters = new int[MAX_SLOTS];
        final int[] usual = new int[MAX_SLOTS];
        final byte[] vowels = new byte[MAX_SLOTS + 1];
        int size;
    }

    private static final ThreadLocal<Reading[]> BUFFERS = ThreadLocal.withInitial(() -> new Reading[] {new Reading(), new Reading()});

    /**
     * Whether two Latin words (lower-case ASCII) are one Arabic or Persian name in two spellings: three consonants or
     * more, each pair written by a common letter (at most one pair only through a letter neither usually writes: d and
     * z through ض), and the vowels between them compatible as the script writes them.
     */
    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 4 || !edgesAgree(a, b)) {
            return false;
        }
        Reading[] buffers = BUFFERS.get();
        return read(withoutJoints(a), buffers[0]) >= MIN_SLOTS && read(withoutJoints(b), buffers[1]) >= MIN_SLOTS
                && agree(buffers[0], buffers[1]);
    }

    /**
     * Whether the words {@code from} .. {@code from + width} of one name, put together, are {@code whole} of the other
     * written as one word, where one of them is an Arabic compound (Abd al-Malik, Abdulmalek; Badr al-Din, Badreddine;
     * Malekouti Pour, Malakutipur). The joints are left out of both and the rest read by {@link #sameName}.
     */
    /** Some word of the name is a joint of a compound (al, ud, Abd, -din, -pour) or a compound word (Abdulaziz, Nasreddine). */
    static boolean hasJoint(ParsedName name) {
        for (NameToken t : name.tokens()) {
            if (JOINTS.contains(t.text()) || compoundWord(t.text())) {
                return true;
            }
        }
        return false;
    }

    static boolean compound(NameToken[] tokens, int from, int width, NameToken whole) {
        String w = whole.text();
        if (w.length() < 4 || whole.numeric() || whole.abjad() || whole.syllabic()) {
            return false;
        }
        boolean joint = compoundWord(w);
        for (int k = from; k < from + width && !joint; k++) {
            NameToken t = tokens[k];
            if (t.abjad() || t.syllabic() || t.numeric()) {
                return false;
            }
            joint = JOINTS.contains(t.text()) || compoundWord(t.text());
        }
        if (!joint) {
            return false;
        }
        String first = tokens[from].text();
        String lastWord = tokens[from + width - 1].text();
        int fa = unitAt(first, firstConsonant(first));
        int fb = unitAt(w, firstConsonant(w));
        int la = lastConsonant(lastWord);
        int lb = lastConsonant(w);
        if (fa < 0 || fb < 0 || (LETTERS[fa] & LETTERS[fb]) == 0 || la < 0 || lb < 0 || (la & lb) == 0) {
            return false;
        }
        StringBuilder sb = new StringBuilder(w.length() + 4);
        for (int k = from; k < from + width; k++) {
            NameToken t = tokens[k];
            if (t.abjad() || t.syllabic() || t.numeric()) {
                return false;
            }
            sb.append(t.text());
        }
        String joined = sb.toString();
        String x = withoutJoints(joined);
        String y = withoutJoints(w);
        if (x.equals(y)) {
            return true; // Abdul, Abd al: the joint alone
        }
        Reading[] buffers = BUFFERS.get();
        return read(x, buffers[0]) >= MIN_SLOTS && read(y, buffers[1]) >= MIN_SLOTS && agree(buffers[0], buffers[1]);
    }

    private static final Set<String> MARKERS = markers();

    private static Set<String> markers() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (DataFile.Line line : DataFile.lines("arabic-name-markers.txt")) {
            out.addAll(List.of(line.text().split("\\s+")));
        }
        return Set.copyOf(out);
    }

    /**
     * Whether a name is written as Arabic or Persian names are: a word in Arabic letters, the article or another joint
     * of a compound (al-, Abd, Bin, -din, -pour), a compound word (Abdulaziz, Nasreddine, Nasrullah) or a common Arabic
     * or Persian given name ({@code arabic-name-markers.txt}).
     */
    static boolean marked(ParsedName name) {
        for (NameToken t : name.tokens()) {
            String w = t.text();
            if (t.abjad() || JOINTS.contains(w) || MARKERS.contains(w) || compoundWord(w) || w.length() > 6 && (w.endsWith("ullah") || w.endsWith("allah") || w.endsWith("ollah"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A coarse key of a Latin surname for candidate retrieval, shared by its spellings as an Arabic or Persian name: the
     * consonants in classes (k q c g gh; h kh ch x; s sh; t th; d dh; z zh; j dj; b p; w v), doubled ones once, vowels
     * and a leading article (al-, el-) left out, the joints of compounds too (Elqubaisi, Kobeissi, al-Qubaysi: kbs).
     * Empty for a word in other letters; never looked at by the scorer.
     */
    static String key(NameToken t) {
        String w = t.text();
        if (t.abjad() || t.syllabic() || t.numeric() || w.length() < 3) {
            return "";
        }
        if (w.length() >= 6 && (w.startsWith("al") || w.startsWith("el")) && !vowel(w.charAt(2))) {
            w = w.substring(2);
        }
        w = withoutJoints(w);
        StringBuilder key = new StringBuilder(w.length());
        int last = -1;
        boolean vowelSince = true;
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return "";
            }
            if (vowel(c) || c == 'y' || c == 'w' && i > 0) {
                vowelSince = true;
                i++;
                continue;
            }
            int u = unitAt(w, i);
            if (u < 0) {
                return "";
            }
            char k = KEY_CLASS.getOrDefault(UNITS[u], UNITS[u].charAt(0));
            if (k != last || vowelSince) {
                key.append(k); // doubled (Kobeissi, Qubaysi) once
            }
            last = k;
            vowelSince = false;
            i += UNITS[u].length();
        }
        return key.toString();
    }

    private static final Map<String, Character> KEY_CLASS = Map.ofEntries(Map.entry("q", 'k'), Map.entry("c", 'k'), Map.entry("g", 'k'),
            Map.entry("gh", 'k'), Map.entry("ck", 'k'), Map.entry("kh", 'h'), Map.entry("ch", 'h'), Map.entry("x", 'h'), Map.entry("sh", 's'),
            Map.entry("sch", 's'), Map.entry("th", 't'), Map.entry("dh", 'd'), Map.entry("zh", 'z'), Map.entry("dj", 'j'), Map.entry("dzh", 'j'),
            Map.entry("p", 'b'), Map.entry("v", 'w'), Map.entry("ph", 'f'), Map.entry("tch", 'h'), Map.entry("tsh", 'h'));

    /** Honorifics that lists also write joined to the name they precede (Hajihosseini, Mirhejazi, Seyedali). */
    private static final String[] HONORIFICS = {"haji", "hajji", "hadji", "mir", "seyed", "seyyed", "sayed", "sayyed", "syed", "mulla", "mullah", "sheikh"};

    /**
     * Whether {@code joined} is an honorific written together with {@code name} (Hajihosseini and Hosseini, the
     * honorific of the other name having been dropped as a title): the rest, of five letters or more, is {@code name}
     * or one of its spellings.
     */
    static boolean honorificJoined(String joined, String name) {
        if (joined.length() < name.length() + 3 || name.length() < 5) {
            return false;
        }
        char c = joined.charAt(0);
        if (c != 'h' && c != 'm' && c != 's') {
            return false;
        }
        for (String honorific : HONORIFICS) {
            if (joined.startsWith(honorific) && joined.length() - honorific.length() >= 5) {
                String rest = joined.substring(honorific.length());
                if (rest.equals(name) || sameName(rest, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Endings of a theophoric name (Ghodratollah, Habibullah, Nasrallah, Faizulla), longest first. */
    private static final String[] THEOPHORIC = {"ullah", "ollah", "allah", "illah", "ulla", "olla", "ulah", "olah", "alah"};
    /**
     * Endings of a compound with al-Din, "of the faith" (Sirajuddin, Nasreddine, Ghiasouddine, Nasrudin), longest first:
     * a laqab of that shape (Nasir al-Din, Siraj al-Din, Jalal al-Din) is borne as a given name and goes by its first
     * part alone, as a theophoric name does (Encyclopaedia of Islam, 2nd ed., "Laḳab"; A. Schimmel, Islamic Names, 1989,
     * on the compounds with ad-din). In the spellings of English (-uddin, -uddeen), French (-eddine, -ouddine) and
     * Bosnian or Indonesian (-udin). The first part keeps four letters or more, so Nur of Nuruddin is not read alone.
     */
    private static final String[] OF_THE_FAITH = {"ouddine", "uddeen", "eddeen", "uddine", "eddine", "ouddin", "oudine", "uddin", "eddin",
            "addin", "oddin", "iddin", "udin"};
    /** Letters a theophoric name's first part keeps: Abd (Abdullah) and Ata (Ataullah) are not names alone. */
    private static final int THEOPHORIC_STEM = 4;

    /**
     * Whether one Latin word is the other with the theophoric ending of Arabic, Persian, Pashto and Urdu names (-ullah,
     * -ollah, -allah: "of God"), which usage and lists drop as often as they write it: Ghodrat is Ghodratollah, Habib
     * Habibullah; or with the ending of a compound with al-Din ({@link #OF_THE_FAITH}): Siraj is Sirajuddin. The first
     * part must be the other word itself (four letters or more), or, between two Arabic or Persian names
     * ({@code spellings}), one of its spellings ({@link #sameName}). Cheap: a word whose last letter is not h, a, n or e
     * is rejected at once.
     */
    static boolean theophoric(NameToken a, NameToken b, boolean spellings) {
        String x = a.text();
        String y = b.text();
        if (x.length() < y.length()) {
            String t = x;
            x = y;
            y = t;
            NameToken tt = a;
            a = b;
            b = tt;
        }
        char last = x.charAt(x.length() - 1);
        if (last != 'h' && last != 'a' && last != 'n' && last != 'e' || y.length() < THEOPHORIC_STEM || x.length() < y.length() + 4
                || a.abjad() || b.abjad() || a.syllabic() || b.syllabic() || a.numeric() || b.numeric()) {
            return false;
        }
        for (String ending : last == 'h' || last == 'a' ? THEOPHORIC : OF_THE_FAITH) {
            if (x.endsWith(ending)) {
                String stem = x.substring(0, x.length() - ending.length());
                return stem.length() >= THEOPHORIC_STEM && (stem.equals(y) || spellings && sameName(stem, y));
            }
        }
        return false;
    }

    /** Words that join the parts of an Arabic or Persian compound name: the article in its spellings, Abd, -din, -pour. */
    private static final Set<String> JOINTS = Set.of("al", "el", "ul", "ol", "il", "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "us",
            "ash", "esh", "at", "et", "ut", "az", "ez", "uz", "an", "en", "un", "abd", "abdul", "abdel", "abdol", "abdal", "abdu", "abdi",
            "din", "deen", "dine", "eddine", "eddin", "uddin", "addin", "aldin", "eldin", "allah", "ullah", "ollah", "pour", "pur",
            "zadeh", "zade", "zada", "abu", "abou", "bin", "ibn", "abul", "abol", "aboul", "abil");

    /**
     * Abd with or without the article after it (Abd, Abdul, Abdel, Abdol, Abdal, Abdoul, Abdur, Abdus): "servant of", the
     * first half of a given name whose second half is one of God's names (Abd al-Majid, Abdul Majeed, عبد المجيد).
     */
    static final Set<String> ABD_JOINTS = Set.of("abd", "abdul", "abdel", "abdol", "abdal", "abdoul", "abdur", "abdus");

    /** A word that is itself a compound: Abd… at its start, …din at its end. */
    private static boolean compoundWord(String w) {
        return w.length() > 4 && w.startsWith("abd") || w.length() >= 5 && (w.endsWith("din") || w.endsWith("dine") || w.endsWith("deen")
                || w.endsWith("dain"));
    }

    /**
     * The word without the article of a compound: after Abd (Abdul-, Abdel-, Abdol-, Abdu-, Abdi-: Abd) and before a
     * final -din (-eddine, -uddin, -aldin, -ud-din: -din). The word itself when it has neither: the common case, no copy.
     */
    static String withoutJoints(String w) {
        String out = w;
        int n = w.length();
        if (n > 4 && w.startsWith("abd") && vowel(w.charAt(3))) {
            int j = 3;
            while (j < n && vowel(w.charAt(j))) {
                j++;
            }
            if (j < n && w.charAt(j) == 'l' && (j + 1 == n || !vowel(w.charAt(j + 1)))) {
                j++;
            }
            out = "abd" + w.substring(j);
        }
        int d = dinAt(out);
        if (d >= 0) {
            int q = d;
            // the article's consonant, assimilated (-ud-din), or not (-al-din), or both (-elddine)
            int consonants = 0;
            while (q > 0 && (out.charAt(q - 1) == 'd' || out.charAt(q - 1) == 'l') && consonants < 2) {
                q--;
                consonants++;
            }
            if (consonants > 0) {
                int vowels = 0;
                while (q > 0 && vowel(out.charAt(q - 1)) && vowels < 2) {
                    q--;
                    vowels++;
                }
                if (vowels > 0 && (q == 0 || q >= 3)) {
                    out = out.substring(0, q) + "din";
                }
            }
        }
        return out;
    }

    /** Where a final -din, -dine, -deen, -dain, -dyn begins, or -1. */
    private static int dinAt(String w) {
        int end = w.length();
        if (end > 0 && w.charAt(end - 1) == 'e') {
            end--;
        }
        if (end < 3 || w.charAt(end - 1) != 'n') {
            return -1;
        }
        int i = end - 1;
        int vowels = 0;
        while (i > 0 && (vowel(w.charAt(i - 1)) || w.charAt(i - 1) == 'y') && vowels < 2) {
            i--;
            vowels++;
        }
        return vowels > 0 && i > 0 && w.charAt(i - 1) == 'd' ? i - 1 : -1;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The first consonants, and the last, may be written by one letter: most pairs of words stop here. */
    private static boolean edgesAgree(String a, String b) {
        int fa = unitAt(a, firstConsonant(a));
        int fb = unitAt(b, firstConsonant(b));
        if (fa < 0 || fb < 0 || (LETTERS[fa] & LETTERS[fb]) == 0) {
            return false;
        }
        int la = lastConsonant(a);
        int lb = lastConsonant(b);
        return la >= 0 && lb >= 0 && (la & lb) != 0;
    }

    private static int firstConsonant(String w) {
        int i = 0;
        while (i < w.length() && vowel(w.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The letters the last consonant may write (a final h after a vowel, or y or w, is a vowel), or -1. */
    private static int lastConsonant(String w) {
        int i = w.length() - 1;
        while (i >= 0 && (vowel(w.charAt(i)) || w.charAt(i) == 'y' || w.charAt(i) == 'w' || w.charAt(i) == 'h' && i > 0 && vowel(w.charAt(i - 1)))) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        char c = w.charAt(i);
        if (c < 'a' || c > 'z') {
            return -1;
        }
        if (c == 'h' && i > 0) {
            int u = unitAt(w, i - 1);
            if (u >= 0 && UNITS[u].length() > 1) {
                return LETTERS[u]; // kh, sh, th, gh …
            }
        }
        int u = unitAt(w, i);
        return u < 0 ? -1 : LETTERS[u];
    }

    /** The longest unit of the table at {@code i}, or -1. */
    private static int unitAt(String w, int i) {
        if (i >= w.length()) {
            return -1;
        }
        char c = w.charAt(i);
        if (c < 'a' || c > 'z') {
            return -1;
        }
        for (int u : BY_FIRST[c - 'a']) {
            if (w.startsWith(UNITS[u], i)) {
                return u;
            }
        }
        return -1;
    }

    /** Reads {@code w} into {@code r}; the number of consonants, or -1 when the word is not plain Latin or too long. */
    static int read(String w, Reading r) {
        int n = 0;
        int runStart = 0;
        int last = -1;
        int i = 0;
        int len = w.length();
        while (i < len) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return r.size = -1;
            }
            if (vowel(c)) {
                i++;
                continue;
            }
            if (c == 'y' || c == 'w') {
                int next = i + 1 < len && w.charAt(i + 1) == c ? i + 2 : i + 1;
                if (next >= len || !vowel(w.charAt(next))) {
                    i++; // ay, ey, aw, ow, a final y: a vowel
                    continue;
                }
            }
            if (c == 'h' && i == len - 1 && i > 0 && runStart < i) {
                i++; // a final -ah, -eh: ta marbuta or a silent he
                continue;
            }
            int u = unitAt(w, i);
            if (u < 0) {
                return r.size = -1;
            }
            if (u == last && runStart == i) {
                i += UNITS[u].length(); // doubled: Hassan, Frejj
                runStart = i;
                continue;
            }
            if (n == MAX_SLOTS) {
                return r.size = -1;
            }
            r.vowels[n] = vowels(w, runStart, i);
            r.letters[n] = LETTERS[u];
            r.usual[n] = USUAL[u];
            n++;
            last = u;
            i += UNITS[u].length();
            runStart = i;
        }
        r.vowels[n] = vowels(w, runStart, len);
        return r.size = n;
    }

    /** The vowels written from {@code from} to {@code to} (letters other than consonants), as the script writes them. */
    static byte vowels(String w, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return NONE;
        }
        if (length == 1) {
            return switch (w.charAt(from)) {
                case 'a' -> SHORT_A;
                case 'e' -> SHORT_E;
                case 'i' -> SHORT_I;
                case 'o', 'u' -> SHORT_U;
                case 'y' -> LONG_I;
                case 'w' -> LONG_U;
                default -> MIXED; // a final h after a vowel never stands alone here
            };
        }
        boolean front = false;
        boolean back = false;
        boolean ee = false;
        int e = 0;
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            front |= c == 'i' || c == 'y';
            back |= c == 'o' || c == 'u' || c == 'w';
            if (c == 'e') {
                e++;
            }
        }
        ee = e >= 2;
        if ((front || ee) && !back) {
            return LONG_I;
        }
        if (back && !front && e == 0) {
            return LONG_U;
        }
        if (!front && !back && e == 0) {
            return LONG_A;
        }
        return MIXED;
    }

    /** Two readings of the same length agree letter by letter (at most one loose pair) and vowel by vowel. */
    static boolean agree(Reading x, Reading y) {
        int n = x.size;
        if (n != y.size || n < MIN_SLOTS) {
            return false;
        }
        int loose = 0;
        for (int k = 0; k < n; k++) {
            int common = x.letters[k] & y.letters[k];
            if (common == 0) {
                return false;
            }
            if ((common & (x.usual[k] | y.usual[k])) == 0 && ++loose > 1) {
                return false;
            }
        }
        for (int k = 0; k <= n; k++) {
            if (!vowelsAgree(x.vowels[k], y.vowels[k], k == n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short vowel answers any short vowel or none; a long one (a letter) only a long one of its sound or a short vowel
     * of its sound. At a word's end nothing answers only -a and -e (ta marbuta, a French mute e): Hashemi is not Hashem.
     */
    static boolean vowelsAgree(byte x, byte y, boolean last) {
        if (x == y) {
            return true;
        }
        if (x == MIXED || y == MIXED) {
            return x != NONE && y != NONE;
        }
        if (x == NONE || y == NONE) {
            byte other = x == NONE ? y : x;
            return last ? other == SHORT_A || other == SHORT_E : other <= SHORT_U;
        }
        if (x <= SHORT_U && y <= SHORT_U) {
            return true;
        }
        byte longer = x > y ? x : y;
        byte shorter = x > y ? y : x;
        if (shorter > SHORT_U) {
            return false; // two different long vowels: ي is not و
        }
        return switch (longer) {
            case LONG_I -> shorter == SHORT_I || shorter == SHORT_E;
            case LONG_U -> shorter == SHORT_U;
            default -> shorter == SHORT_A || shorter == SHORT_E;
        };
    }
}
