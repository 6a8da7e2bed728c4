package org.passage.retention.internal;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.passage.cases.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code passage.retention.*}: how long a case is kept after it last changed while in a stage (e.g. {@code CLOSED: P24M},
 * two years after closure), and when the rules run ({@code schedule}, a cron expression; {@code -} switches it off).
 * A stage without a rule is kept until someone asks for its erasure.
 */
@ConfigurationProperties("passage.retention")
record RetentionSettings(Map<Stage, Period> keepAfterLastChange, String schedule) {

    RetentionSettings {
        keepAfterLastChange = keepAfterLastChange == null || keepAfterLastChange.isEmpty()
                ? Map.of() : new EnumMap<>(keepAfterLastChange);
        for (var rule : keepAfterLastChange.entrySet()) {
            if (rule.getValue().isNegative() || rule.getValue().isZero()) {
                throw new IllegalArgumentException("passage.retention.keep-after-last-change." + rule.getKey()
                        + " must be a positive period such as P24M, not " + rule.getValue());
            }
        }
        schedule = schedule == null || schedule.isBlank() ? "-" : schedule.strip();
    }

    /** How a rule is named in deletion records, e.g. {@code retention CLOSED P24M}. */
    static String ruleName(Stage stage, Period period) {
        return "retention " + stage + " " + period;
    }
}
