package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two Russian, Ukrainian or Belarusian surnames spelled apart by more than a typo, and not by a romanisation, are two
 * families: Boronin and Pronin, Kalashnikov and Kolesnikov, Modin and Mitin. Russian surnames are few in shape and many
 * in number, so two of them a couple of letters apart are usually both real (the commonest false alert on the names of
 * Russian men, `make_russian_applicants.py`); the romanisations move vowels and write one consonant several ways (ц ts,
 * tz, c; х kh, h; ж zh, j; ё e, yo; final в v, ff, w), so the consonants compared are their classes
 * ({@link PhoneticForm}). Vowels are compared too, more loosely: romanisations and the Belarusian spelling move a, e
 * and o into each other (ё written e or yo, akanye written a: Kazlou, Kozlov) and add glides (ya, ia, ja); the Ukrainian
 * form of a name writes і for the Russian е (Bilous, Belous) and, in the last syllable, for о (Petriv, Petrov); names of
 * Arabic and Turkic roots with a Russian ending move o and u (Umarov, Omarov). None writes у as a, e or i, nor и or ы as
 * a or, before the last syllable, as o: Kozlov and Kislov, Belyaev and Bulaev are two families. A typo (one edit) stays
 * a fuzzy match.
 */
final class SlavicSurnames {

    /** Endings of East Slavic surnames in Latin letters (lists' romanisations, Polish -ow and old French -off included). */
    private static final String[] ENDINGS = {"ov", "ev", "ova", "eva", "in", "yn", "ina", "yna", "sky", "skiy", "skii", "ski", "skaya",
            "skaia", "skyi", "skyy", "enko", "uk", "yuk", "iuk", "chuk", "ow", "owa", "off", "eff", "au", "ou", "eu", "kin", "ikh", "ykh"};
    private static final int SHORTEST = 5;
    private static final int SPELLINGS = 6;

    private SlavicSurnames() {
    }

    /** Whether the two surnames name two families (see above); false whenever either does not look East Slavic. */
    static boolean twoFamilies(NameToken a, NameToken b) {
        if (!shaped(a) || !shaped(b) || Levenshtein.distance(a.text(), b.text(), 1) <= 1) {
            return false;
        }
        Reading[] left = consonants(a);
        for (Reading r : consonants(b)) {
            for (Reading l : left) {
                if (l.skeleton().equals(r.skeleton()) && vowelsAgree(l.vowels(), r.vowels())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A spelling's consonant classes and its vowel runs, each reduced to the letters that may write one vowel. */
    private record Reading(String skeleton, List<String> vowels) {
    }

    /**
     * Whether two spellings' vowel runs may write the same vowels, run against run. Spellings with more or fewer runs
     * write more or fewer syllables: every romanisation of Russian (ISO 9, BGN/PCGN, ICAO Doc 9303, GOST 7.79, the German
     * and French conventions) writes each vowel letter with a vowel, and ь, ъ with an apostrophe, a glide (y, i, j) or
     * nothing, which {@link #vowelRuns} takes off; so Kiselev and Kislov, Rudakov and Radkov are two families. A vowel
     * dropped by a typo is one edit, which {@link #twoFamilies} leaves a fuzzy match.
     */
    static boolean vowelsAgree(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!oneVowel(a.get(i), b.get(i), i == a.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two vowel runs sharing a letter; both among a, e, o (ё written e or yo; Belarusian akanye and yakanye); o against u;
     * i against e (Ukrainian і for ѣ), or against o in the last syllable (Ukrainian -ів for -ов).
     */
    private static boolean oneVowel(String x, String y, boolean last) {
        for (int i = 0; i < x.length(); i++) {
            if (y.indexOf(x.charAt(i)) >= 0) {
                return true;
            }
        }
        if (x.indexOf('u') >= 0 || y.indexOf('u') >= 0) {
            // o and u are one in names of Arabic and Turkic roots with a Russian ending (Umarov, Omarov; Uzbek o' for ў)
            return x.indexOf('o') >= 0 || y.indexOf('o') >= 0;
        }
        boolean closeX = x.indexOf('i') >= 0;
        boolean closeY = y.indexOf('i') >= 0;
        if (closeX == closeY) {
            return true; // a, e and o
        }
        String open = closeX ? y : x;
        return open.indexOf('e') >= 0 || last && open.indexOf('o') >= 0;
    }

    /**
     * The vowel runs of a spelling, a glide taken off (y, j or i before another vowel: ya, ia, ja, yo; y or j after one:
     * -iy, -ej), y and j read as i; a j alone writes the soft sign, no vowel.
     */
    static List<String> vowelRuns(String spelling) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        int n = spelling.length();
        while (i < n) {
            if (!isVowel(spelling.charAt(i))) {
                i++;
                continue;
            }
            if (spelling.charAt(i) == 'u' && i > 0 && spelling.charAt(i - 1) == 'g' && i + 1 < n && "ei".indexOf(spelling.charAt(i + 1)) >= 0) {
                i++; // the French gu of г before e or i (Sergueev, Guéorguiev) writes no vowel
                continue;
            }
            int j = i;
            while (j < n && isVowel(spelling.charAt(j))) {
                j++;
            }
            String run = spelling.substring(i, j);
            if (run.length() > 1 && "yji".indexOf(run.charAt(0)) >= 0) {
                run = run.substring(1);
            }
            if (run.length() > 1 && "yj".indexOf(run.charAt(run.length() - 1)) >= 0) {
                run = run.substring(0, run.length() - 1);
            }
            if (!run.equals("j")) {
                // a j between consonants is the soft sign of the South Slavic and Czech spellings (Meljničenko for
                // Мельниченко, as Serbian and Croatian write lj, nj): it writes no vowel
                runs.add(run.replace('y', 'i').replace('j', 'i'));
            }
            i = j;
        }
        return runs;
    }

    private static boolean isVowel(char c) {
        return "aeiouyj".indexOf(c) >= 0;
    }

    private static boolean shaped(NameToken t) {
        if (t.cyrillic()) {
            return true;
        }
        String text = t.text();
        if (text.length() < SHORTEST) {
            return false;
        }
        for (String ending : ENDINGS) {
            if (text.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The consonant classes and vowel runs of each spelling and its readings, worked out once per spelling: the query's
     * surname meets each of its fifty candidates', and the lists' surnames come back query after query (this was a
     * tenth of a screened query's time). Bounded: emptied when it grows past {@link #KEPT} surnames.
     */
    private static Reading[] consonants(NameToken t) {
        List<String> spellings = t.spellings().isEmpty() ? List.of(t.text()) : t.spellings();
        Reading[] known = KNOWN.get(spellings);
        if (known == null) {
            if (KNOWN.size() >= KEPT) {
                KNOWN.clear();
            }
            known = readAll(spellings).toArray(Reading[]::new);
            KNOWN.put(spellings, known);
        }
        return known;
    }

    private static final int KEPT = 100_000;
    private static final java.util.Map<List<String>, Reading[]> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<Reading> readAll(List<String> spellings) {
        Set<Reading> out = new HashSet<>();
        for (int i = 0; i < Math.min(SPELLINGS, spellings.size()); i++) {
            for (String reading : readings(spellings.get(i))) {
                List<String> vowels = vowelRuns(reading);
                for (String form : PhoneticForm.forms(reading)) {
                    out.add(new Reading(PhoneticForm.skeleton(form), vowels));
                }
            }
        }
        return out;
    }

    private static final Pattern SOFT_TS_DZ = Pattern.compile("(ts|dz)(?=[ie])");

    /**
     * The ways one Latin spelling can write a Russian surname's consonants: дж as dzh, dj or j (Dzhabarov, Jabarov);
     * -ов as -off (Orloff); Belarusian ў as u (Bykau, Zimousky; read both ways, since u after a vowel is also the u of ю: Kryuchkov) and ць, дзь for ть, дь (Tserabau, Церабаў; Теребов); ц
     * as c in Czech and Polish spellings (Kuznecov) though c is k in others (Parutenco); х as x (Zaxarchenko).
     */
    static Set<String> readings(String spelling) {
        StringBuilder sb = new StringBuilder(spelling.length() + 2);
        for (int i = 0; i < spelling.length(); i++) {
            if (spelling.startsWith("dzh", i)) {
                sb.append('j');
                i += 2;
            } else if (!spelling.startsWith("dj", i)) {
                sb.append(spelling.charAt(i));
            }
        }
        int n = sb.length();
        if (n > 3 && sb.charAt(n - 1) == 'f') {
            sb.setLength(sb.charAt(n - 2) == 'f' ? n - 2 : n - 1);
            sb.append('v');
        }
        Set<String> out = new LinkedHashSet<>();
        String plain = sb.toString();
        for (String base : new String[] {plain, BelarusianForms.vForU(plain)}) {
            out.add(base);
            out.add(C_AS_TS.matcher(base).replaceAll("ts"));
            out.add(SOFT_TS_DZ.matcher(base).replaceAll(m -> m.group(1).substring(0, 1)));
            if (base.indexOf('x') >= 0) {
                out.add(base.replace("x", "kh"));
            }
            if (C_AS_TS.matcher(base).find()) {
                // a lone c marks a Czech or Polish spelling, whose carons may be lost (Cernysev for Černyšev); elsewhere s
                // and sh stay apart (Kolesnikov, Kalashnikov)
                out.add(CZECH_WITHOUT_CARONS.matcher(base).replaceAll("$1h"));
            }
        }
        return out;
    }

    /** A c, s or z that may have lost its caron (č, š, ž): not in ch, sh, zh, ts, sc, cz. */
    private static final Pattern CZECH_WITHOUT_CARONS = Pattern.compile("(?<![tcsz])([csz])(?![hcz])");

    /** A c that is not part of ch, cz, sc or tc. */
    private static final Pattern C_AS_TS = Pattern.compile("(?<![st])c(?![hz])");
}
