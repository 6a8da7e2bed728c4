package org.passage.units;

import java.util.Objects;

/**
 * A candidate unit for a free-text name: {@code score} in (0, 1], the alias that matched best, what kind of unit
 * it is ({@code kind}: "motor rifle brigade", "regiment" when the branch is not known), how well it fits what was
 * asked, and a warning to show beside it when it may not be the unit he meant (empty when it is exact).
 */
public record UnitMatch(UnitView unit, double score, String matchedAlias, String kind, Fit fit, String warning) {

    /**
     * EXACT: the same в/ч number, or the same ordinal and type with no conflicting branch — taken without asking when
     * it is the only exact candidate; PARTIAL: the same ordinal, but the type or branch is unknown on one side;
     * WORDS: matched by words only (no ordinal or number).
     */
    public enum Fit { EXACT, PARTIAL, WORDS }

    public UnitMatch {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(matchedAlias, "matchedAlias");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(warning, "warning");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }

    /** A match without a judgement of its fit (words only), for callers that only rank. */
    public UnitMatch(UnitView unit, double score, String matchedAlias) {
        this(unit, score, matchedAlias, "unit", Fit.WORDS, "matched by words only");
    }
}
