package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/** {@code passage.datasets.refresh}: cron, interval or off; never in the demo; nothing too eager. */
class ScheduledRefreshTests {

    @Test
    void cronIntervalOrOff() {
        assertThat(ScheduledRefresh.trigger("0 30 4 * * *")).isInstanceOf(CronTrigger.class);
        assertThat(ScheduledRefresh.trigger("12h")).isInstanceOfSatisfying(PeriodicTrigger.class, t -> {
            assertThat(t.getPeriodDuration()).isEqualTo(Duration.ofHours(12));
            assertThat(t.getInitialDelayDuration()).isEqualTo(Duration.ofHours(12));
        });
        assertThat(ScheduledRefresh.trigger("P1D")).isInstanceOf(PeriodicTrigger.class);
        assertThat(ScheduledRefresh.trigger("off")).isNull();
        assertThat(ScheduledRefresh.trigger(" ")).isNull();
        assertThatThrownBy(() -> ScheduledRefresh.trigger("sometimes")).hasMessageContaining("passage.datasets.refresh");
        assertThatThrownBy(() -> ScheduledRefresh.trigger("30s")).hasMessageContaining("10 minutes");
    }

    @Test
    void offInTheDemo() {
        assertThat(new ScheduledRefresh(null, "12h", true).scheduled()).isFalse();
        assertThat(new ScheduledRefresh(null, "12h", false).scheduled()).isTrue();
    }
}
