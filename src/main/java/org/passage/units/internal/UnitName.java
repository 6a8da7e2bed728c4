package org.passage.units.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.units.internal.UnitVocabulary.Branch;
import org.passage.units.internal.UnitVocabulary.Type;

/**
 * A unit name read into its parts — ordinal, type, branch, region and в/ч number — whatever the language
 * ("64 ОМСБр", "64-я отдельная мотострелковая бригада", "64-та окрема мотострілецька бригада",
 * "64th SMRB", "в/ч 51460"). Two spellings of one unit give the same {@link #key()}. Broken UTF-8 from the
 * DeepState archive (U+FFFD) is read as "one unknown letter", so "дивіз��я" is still a division.
 */
record UnitName(@Nullable Integer ordinal, Type type, Branch branch, @Nullable String region, @Nullable String number,
                String normalized) {

    static final char UNKNOWN = '\uFFFD';
    private static final Pattern MILITARY_UNIT_NUMBER = Pattern.compile(
            "(?:в\\s*/\\s*ч|в\\.\\s*ч\\.?|вч|войсковая\\s+часть|войсковой\\s+части|військова\\s+частина|військової\\s+частини"
                    + "|v\\s*/\\s*ch|military\\s+unit(?:\\s+no\\.?)?|unit\\s+no\\.?)\\s*№?\\s*(\\d{4,6})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*№?\\s*(\\d{4,6})\\s*");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile(
            "(\\d+)-?(?:th|st|nd|rd|ая|ой|ий|ый|ого|го|ая|я|та|а|ма|ша|га|й|ї|ої|і|е|ое|ей|ти)(?![\\p{L}\\uFFFD])",
            Pattern.UNICODE_CASE);
    private static final Set<String> IGNORED = Set.of("гв", "guards", "separate", "detached", "independent", "the", "of", "red", "banner");
    private static final List<String> IGNORED_STEMS = List.of("гвард", "отдельн", "окрем", "орден", "ордена", "краснознам",
            "червонопрапор");

    static UnitName parse(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("\\uFFFD+", "\uFFFD");
        String number = null;
        Matcher m = MILITARY_UNIT_NUMBER.matcher(lower);
        if (m.find()) {
            number = m.group(1);
            lower = lower.substring(0, m.start()) + " " + lower.substring(m.end());
        } else if (BARE_NUMBER.matcher(lower).matches()) {
            Matcher bare = BARE_NUMBER.matcher(lower);
            bare.matches();
            return new UnitName(null, Type.UNIT, Branch.NONE, null, bare.group(1), "");
        }
        lower = ORDINAL_SUFFIX.matcher(lower).replaceAll("$1 ");
        List<String> tokens = tokens(lower);
        Integer ordinal = null;
        Type type = Type.UNIT;
        EnumSet<Branch> branches = EnumSet.noneOf(Branch.class);
        String region = null;
        List<String> kept = new ArrayList<>();
        for (String token : tokens) {
            if (UnitVocabulary.PARENT_MARKERS.contains(token) && (ordinal != null || type != Type.UNIT)) {
                break;
            }
            if (Character.isDigit(token.charAt(0))) {
                if (ordinal == null && token.length() <= 4) {
                    ordinal = Integer.parseInt(token);
                    kept.add(token);
                }
                continue;
            }
            String regionHit = regionOf(token);
            if (regionHit != null) {
                region = regionHit;
                continue;
            }
            if (IGNORED.contains(token) || IGNORED_STEMS.stream().anyMatch(s -> startsWithStem(token, s))) {
                continue;
            }
            kept.add(token);
            UnitVocabulary.Abbreviation abbreviation = abbreviation(token);
            if (abbreviation != null) {
                if (type == Type.UNIT) {
                    type = abbreviation.type();
                }
                if (abbreviation.branch() != Branch.NONE) {
                    branches.add(abbreviation.branch());
                }
                continue;
            }
            Type typeHit = firstStem(token, UnitVocabulary.TYPE_STEMS);
            if (typeHit != null && type == Type.UNIT) {
                type = typeHit;
                continue;
            }
            Branch branchHit = firstStem(token, UnitVocabulary.BRANCH_STEMS);
            if (branchHit != null) {
                branches.add(branchHit);
            }
        }
        return new UnitName(ordinal, type, mainBranch(branches), region, number, String.join(" ", kept));
    }

    /** The identity a unit is stored under; equal for every spelling of the same unit. */
    String key() {
        if (ordinal == null) {
            return "name:" + normalized;
        }
        return ordinal + "|" + type + "|" + branch + (region == null ? "" : "|" + region);
    }

    /** True when the text named a unit by its ordinal, or at least by words (not only by a в/ч number). */
    boolean hasName() {
        return ordinal != null || !normalized.isBlank();
    }

    private static final Pattern QUOTED = Pattern.compile("[«\"“„]([^»\"”“]{2,60})[»\"”“]");
    private static final Pattern PARENT_PART = Pattern.compile(
            "(?iu)(?:зі\\s+складу|из\\s+состава|із\\s+складу|в\\s+составе|у\\s+складі|from\\s+the\\s+composition\\s+of|under\\s+the|from\\s+the|r?om\\s+the|of\\s+the)\\s+(.+?)\\)?\\s*$");

    /** The names a label quotes ("полк «Башкортостан»" → "Башкортостан"), in their search form. */
    static List<String> quotedNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String name = searchForm(m.group(1));
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The parent formation a label names after its own ("137-й полк … зі складу 106-ї ПДД", "103rd Regiment (from the
     * composition of 150 MRD)", "104th Regiment from the 76th Division"), when that part reads as a numbered formation.
     */
    static @Nullable UnitName parentOf(String text) {
        Matcher m = PARENT_PART.matcher(text);
        if (!m.find()) {
            return null;
        }
        UnitName parent = parse(m.group(1));
        return parent.ordinal() != null && parent.type() != Type.UNIT ? parent : null;
    }

    /** Lower-case letters and digits only, what search compares: "64-я ОМСБр" → "64 я омсбр". */
    static String searchForm(String text) {
        return String.join(" ", tokens(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е')));
    }

    private static List<String> tokens(String lower) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = 0; // 1 letters, 2 digits
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int k = Character.isDigit(c) ? 2 : Character.isLetter(c) || c == UNKNOWN || c == '\'' || c == '’' ? 1 : 0;
            if (k != kind && !current.isEmpty()) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            if (k != 0) {
                current.append(c == '’' ? '\'' : c);
            }
            kind = k;
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        tokens.removeIf(t -> t.equals("'") || t.chars().allMatch(ch -> ch == UNKNOWN || ch == '\''));
        return tokens;
    }

    private static @Nullable String regionOf(String token) {
        for (Map.Entry<String, String> region : UnitVocabulary.REGIONS.entrySet()) {
            if (region.getKey().length() <= 3 ? token.equals(region.getKey()) : startsWithStem(token, region.getKey())) {
                return region.getValue();
            }
        }
        return null;
    }

    private static UnitVocabulary.@Nullable Abbreviation abbreviation(String token) {
        String t = token;
        for (int i = 0; i < 3; i++) {
            for (var entry : UnitVocabulary.ABBREVIATIONS.entrySet()) {
                // exact only: a broken "��а" must not read as "та" (tank army)
                if (t.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
            if (t.startsWith("о") && t.length() > 2) {
                t = t.substring(1);
            } else if (t.startsWith("гв") && t.length() > 3) {
                t = t.substring(2);
            } else {
                return null;
            }
        }
        return null;
    }

    private static <T> @Nullable T firstStem(String token, List<Map.Entry<String, T>> stems) {
        for (Map.Entry<String, T> stem : stems) {
            if (startsWithStem(token, stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }

    private static Branch mainBranch(EnumSet<Branch> branches) {
        for (Branch b : List.of(Branch.AIR_ASSAULT, Branch.AIRBORNE, Branch.NAVAL_INFANTRY, Branch.SPETSNAZ, Branch.TANK,
                Branch.MOTOR_RIFLE, Branch.COMBINED_ARMS, Branch.ARTILLERY, Branch.ROCKET, Branch.AIR_DEFENSE,
                Branch.ENGINEER, Branch.SIGNALS, Branch.RECONNAISSANCE)) {
            if (branches.contains(b)) {
                // "Tank Army" and "Combined Arms Army" differ; a "motor rifle" unit with tanks is still motor rifle
                if (b == Branch.TANK && branches.contains(Branch.MOTOR_RIFLE)) {
                    return Branch.MOTOR_RIFLE;
                }
                return b;
            }
        }
        return Branch.NONE;
    }

    /** Whether {@code token} begins with {@code stem}, an unknown letter (U+FFFD) in the token matching any one letter. */
    static boolean startsWithStem(String token, String stem) {
        if (token.length() < stem.length()) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            char c = token.charAt(i);
            if (c != UNKNOWN && c != stem.charAt(i)) {
                return false;
            }
        }
        return true;
    }

}
