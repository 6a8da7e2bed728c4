package org.passage.units;

import java.util.Objects;

/** A candidate unit for a free-text name: {@code score} in (0, 1], and the alias that matched best. */
public record UnitMatch(UnitView unit, double score, String matchedAlias) {

    public UnitMatch {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(matchedAlias, "matchedAlias");
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0, 1], got " + score);
        }
    }
}
