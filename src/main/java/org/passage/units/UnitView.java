package org.passage.units;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the knowledge base.
 *
 * @param number          the в/ч (military unit) number, digits only, when known
 * @param sanctionEntries captions of linked watchlist entries, e.g. "64th Separate Motorized Rifle Brigade (EU)"
 */
public record UnitView(UUID id, String name, @Nullable String number, List<String> aliases, @Nullable String parentName,
                       List<String> garrisons, List<String> sanctionEntries) {

    public UnitView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        if (number != null && !number.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("a unit number is digits only, got " + number);
        }
        aliases = List.copyOf(aliases);
        garrisons = List.copyOf(garrisons);
        sanctionEntries = List.copyOf(sanctionEntries);
    }
}
