package org.passage.checkins.internal;

import java.time.Duration;
import java.util.List;

/** Which level an unacknowledged alert has reached after a while: level n once the n-th delay has passed (levels start at 1). */
record Escalation(List<Duration> delays) {

    Escalation {
        delays = List.copyOf(delays);
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("at least one escalation level");
        }
    }

    int levelAfter(Duration open) {
        int level = 1;
        for (int i = 0; i < delays.size(); i++) {
            if (open.compareTo(delays.get(i)) >= 0) {
                level = i + 1;
            }
        }
        return level;
    }

    int highest() {
        return delays.size();
    }
}
