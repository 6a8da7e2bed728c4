package org.passage.referrals.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What a referral summary may contain, and nothing else: hiding places, family, exact locations and documents
 * are not fields at all, so they cannot be chosen. Each value is typed (or checked) by the caseworker.
 */
public enum SummaryField {
    ALIAS(100), COUNTRY(100), NEEDS(1000), LANGUAGES(200), URGENCY(200);

    final int maxLength;

    SummaryField(int maxLength) {
        this.maxLength = maxLength;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "referrals.field." + param();
    }

    static Optional<SummaryField> parse(String name) {
        for (SummaryField f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
