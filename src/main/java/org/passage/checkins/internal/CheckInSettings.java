package org.passage.checkins.internal;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable parts of check-ins ({@code passage.checkins.*}): how late a check-in may be before it
 * counts as missed, the escalation levels with the delay after which each is reached, and how long a
 * one-time link works, and where people open links when that is not the staff's address (e.g. an onion service).
 */
@ConfigurationProperties("passage.checkins")
record CheckInSettings(Duration grace, List<Level> levels, Duration linkValidity, Duration defaultInterval,
                       @Nullable String publicBaseUrl) {

    /** One escalation level: who is alerted ({@code audience} is a message-key suffix) once {@code after} has passed. */
    record Level(String audience, Duration after) {
        Level {
            if (audience == null || !audience.matches("[a-z-]{1,32}") || after == null || after.isNegative()) {
                throw new IllegalArgumentException("an escalation level has an audience like on-call and a delay >= 0");
            }
        }
    }

    CheckInSettings {
        grace = grace == null ? Duration.ofHours(1) : grace;
        linkValidity = linkValidity == null ? Duration.ofHours(72) : linkValidity;
        defaultInterval = defaultInterval == null ? Duration.ofHours(24) : defaultInterval;
        levels = levels == null || levels.isEmpty() ? List.of(new Level("caseworker", Duration.ZERO),
                new Level("coordinator", Duration.ofHours(2)), new Level("on-call", Duration.ofHours(6))) : List.copyOf(levels);
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).after().compareTo(levels.get(i - 1).after()) <= 0) {
                throw new IllegalArgumentException("escalation levels must come in increasing delay");
            }
        }
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.strip().replaceAll("/+$", "");
        if (publicBaseUrl != null && !publicBaseUrl.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("passage.checkins.public-base-url must be an absolute http(s) URL");
        }
        if (grace.isNegative() || linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("grace must be >= 0 and link validity positive");
        }
    }

    Escalation escalation() {
        return new Escalation(levels.stream().map(Level::after).toList());
    }

    String audience(int level) {
        return levels.get(Math.min(level, levels.size()) - 1).audience();
    }
}
