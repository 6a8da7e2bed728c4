package org.passage.units.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Tells a unit name from the other labels mappers put on a map: installations (air bases, helicopter bases, a
 * "Wagner anthill"), placeholders for an unidentified unit ("U/I VDV Unit") and words that name no unit at all. The
 * import refuses those, naming file and line, instead of making them units an applicant's text could match.
 */
final class UnitLabels {

    /** Stems of words that name a place or an installation, not a unit. */
    private static final List<String> INSTALLATIONS = List.of("авіабаз", "авиабаз", "аеродром", "аэродром", "airbase", "airfield",
            "вертолітна база", "вертолетная база", "helicopter base", "air base", "мурашник", "муравейник", "anthill", "полігон",
            "полигон", "training ground", "depot", "склад боєприпас", "табір", "pow camp");
    private static final List<String> PLACEHOLDERS = List.of("u/i", "unidentified", "unknown", "невідом", "неизвестн", "неустановлен");

    private UnitLabels() {
    }

    /**
     * Why {@code label} is not a unit name, or null when it is one: it has an ordinal or a unit-type word, or it is
     * the name of a known named formation ({@code knownNamed} gets the label's search form and each quoted name).
     */
    static @Nullable String junk(String label, Predicate<String> knownNamed) {
        String lower = label.strip().toLowerCase(Locale.ROOT);
        if (lower.codePoints().filter(Character::isLetterOrDigit).count() < 3) {
            return "too short to be a unit name";
        }
        for (String placeholder : PLACEHOLDERS) {
            if (lower.startsWith(placeholder)) {
                return "a placeholder for an unidentified unit";
            }
        }
        for (String installation : INSTALLATIONS) {
            if (lower.contains(installation)) {
                return "an installation or a place (\"" + installation + "\"), not a unit";
            }
        }
        UnitName parsed = UnitName.parse(label);
        if (parsed.ordinal() != null || parsed.type() != UnitVocabulary.Type.UNIT || parsed.number() != null) {
            return null;
        }
        // the whole label, a name it quotes, or one of its words (a "БАРС «Херсон»" detachment of BARS)
        String words = UnitName.searchForm(label);
        if (knownNamed.test(words) || UnitName.quotedNames(label).stream().anyMatch(knownNamed)
                || java.util.Arrays.stream(words.split(" ")).anyMatch(knownNamed)) {
            return null;
        }
        return "no ordinal, no unit type and no known named formation";
    }
}
