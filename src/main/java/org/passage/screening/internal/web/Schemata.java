package org.passage.screening.internal.web;

import java.util.Map;
import java.util.Optional;

/**
 * The FollowTheMoney schemata a yente client may name, with their parents, so that {@code schema=LegalEntity} finds
 * people and companies and {@code exclude_schema=Person} removes people only. Pure.
 */
final class Schemata {

    private static final Map<String, String> PARENT = Map.ofEntries(Map.entry("Thing", ""), Map.entry("LegalEntity", "Thing"),
            Map.entry("Person", "LegalEntity"), Map.entry("Organization", "LegalEntity"), Map.entry("Company", "Organization"),
            Map.entry("PublicBody", "Organization"), Map.entry("Asset", "Thing"), Map.entry("Vehicle", "Asset"),
            Map.entry("Vessel", "Vehicle"), Map.entry("Airplane", "Vehicle"), Map.entry("Address", "Thing"),
            Map.entry("CryptoWallet", "Thing"), Map.entry("Security", "Asset"), Map.entry("Position", "Thing"),
            Map.entry("Sanction", "Thing"), Map.entry("Identification", "Thing"), Map.entry("Passport", "Identification"));

    private Schemata() {
    }

    /** The schema as spelled by FollowTheMoney, or empty when there is no such schema. */
    static Optional<String> known(String name) {
        return PARENT.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether {@code schema} is {@code ancestor} or one of its descendants ("Company" is a "LegalEntity"). */
    static boolean isA(String schema, String ancestor) {
        for (String s = schema; s != null && !s.isEmpty(); s = PARENT.get(s)) {
            if (s.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
